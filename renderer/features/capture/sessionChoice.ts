import { create } from 'zustand';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

/** What the talk chooser answers: a session to log, a new talk outside the programme, or nothing (Escape). */
export type SessionChoice = { session: ProgrammeSession } | { newTalk: true } | null;

interface ChooserState {
  open: { sessions: ProgrammeSession[]; resolve(choice: SessionChoice): void } | null;
}

/** The quick-capture chooser's own state: it belongs to no slice of the app (it lives for one question). */
export const useSessionChooser = create<ChooserState>(() => ({ open: null }));

/** Asks which of `sessions` is being captured; resolves when the user picks or dismisses. */
export function askForSession(sessions: ProgrammeSession[]): Promise<SessionChoice> {
  return new Promise((resolve) => {
    useSessionChooser.getState().open?.resolve(null);
    useSessionChooser.setState({
      open: {
        sessions,
        resolve: (choice) => {
          useSessionChooser.setState({ open: null });
          resolve(choice);
        },
      },
    });
  });
}
