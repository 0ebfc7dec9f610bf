import { useEffect } from 'react';
import { registerCommand } from '../../core/commands';
import { undoLastDelete } from '../../core/deleteWithUndo';

/** Ctrl+Z outside text fields (and Edit ▸ Undo delete) brings back the last deleted entry. */
export function useJournalCommands(): void {
  useEffect(() => registerCommand('undo-delete', () => void undoLastDelete()), []);
}
