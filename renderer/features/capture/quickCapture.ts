import { useEffect } from 'react';
import { captureStart, mealAt } from '../../../electron/shared/domain/new-entry';
import { sessionsAround } from '../../../electron/shared/domain/programme-overlap';
import { dayOfLocalTime } from '../../../electron/shared/domain/days';
import { todayAtVenue } from '../../../electron/shared/domain/wall-clock';
import type { EntryKind } from '../../../electron/shared/schemas/entry';
import { errorMessage } from '../../core/api';
import { registerCommand, type CommandName } from '../../core/commands';
import { flushAll } from '../../core/flush';
import i18n from 'i18next';
import { useStore } from '../../core/store';
import { requestTitleFocus } from '../../ui/focusRequest';
import { askForSession } from './sessionChoice';

export const CAPTURE_KINDS = ['talk', 'poster', 'booth', 'meal', 'note'] as const satisfies readonly EntryKind[];
export type CaptureKind = (typeof CAPTURE_KINDS)[number];
export const CAPTURE_COMMAND: Record<CaptureKind, CommandName> = {
  talk: 'quick-capture-talk',
  poster: 'quick-capture-poster',
  booth: 'quick-capture-booth',
  meal: 'quick-capture-meal',
  note: 'quick-capture-note',
};

/**
 * Adds an entry of `kind` now (see captureStart), opens it on the timeline and
 * puts the cursor in its title. Pending edits of the entry being left are saved
 * first, so nothing typed is lost to the switch.
 */
export async function quickCapture(kind: EntryKind): Promise<void> {
  const state = useStore.getState();
  if (!state.doc || state.screen !== 'trip') return;
  try {
    await flushAll();
    const start = captureStart(state.doc, state.selectedDay);
    if (kind === 'talk' && (await captureFromProgramme(start))) return;
    const entry = await state.createEntry(kind === 'meal' ? { kind, start, meal: mealAt(start) } : { kind, start });
    useStore.getState().setTab('timeline');
    requestTitleFocus(entry.id);
  } catch (error) {
    state.notify({ kind: 'error', message: i18n.t('capture:failed', { message: errorMessage(error) }) });
  }
}

/**
 * A talk captured now, during a programme slot: the user picks the session
 * (its entry is filled from the programme) or "New talk". True when the
 * capture is done or cancelled here; false to capture a plain talk, as
 * without a programme. Only for "now": writing up a past day stays as it was.
 */
async function captureFromProgramme(start: string): Promise<boolean> {
  const state = useStore.getState();
  const trip = state.doc?.trip;
  // `start` is now exactly when the day being captured on is today at the venue (see captureStart).
  if (!trip || dayOfLocalTime(start, trip.dayStartHour) !== todayAtVenue(trip)) return false;
  const programme = await state.loadProgramme();
  const sessions = programme ? sessionsAround(programme.sessions, start) : [];
  if (sessions.length === 0) return false;
  const choice = await askForSession(sessions);
  if (!choice) return true;
  if ('newTalk' in choice) return false;
  const entry = await useStore.getState().attendSession(choice.session.id);
  useStore.getState().setTab('timeline');
  requestTitleFocus(entry.id);
  return true;
}

/** Registers the quick-capture commands (menu items and Ctrl+Shift+T/P/M/N) for the window's lifetime. */
export function useCaptureCommands(): void {
  useEffect(() => {
    const offs = CAPTURE_KINDS.map((kind) => registerCommand(CAPTURE_COMMAND[kind], () => void quickCapture(kind)));
    return () => offs.forEach((off) => off());
  }, []);
}
