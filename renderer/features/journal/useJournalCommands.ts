import { useEffect } from 'react';
import i18n from 'i18next';
import { errorMessage } from '../../app/api';
import { registerCommand } from '../../app/commands';
import { useStore } from '../../app/store';

/** Ctrl+Z outside text fields (and Edit ▸ Undo delete) brings back the last deleted entry. */
export function useJournalCommands(): void {
  useEffect(
    () =>
      registerCommand('undo-delete', () => {
        const state = useStore.getState();
        if (!state.doc || state.deleted.length === 0) return;
        state
          .undoDelete()
          .then((entry) => {
            if (entry) useStore.getState().notify({ kind: 'info', message: i18n.t('journal:undoDone') });
          })
          .catch((error) => useStore.getState().notify({ kind: 'error', message: errorMessage(error) }));
      }),
    [],
  );
}
