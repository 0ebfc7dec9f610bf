import i18n from 'i18next';
import { entriesOfDay, entryDay } from '../../electron/shared/domain/days';
import { errorMessage } from './api';
import { useStore } from './store';
import { requestTitleFocus } from '../ui/focusRequest';

const DELETED = 'entry-deleted';
const RESTORED = 'entry-restored';

/** Focus lands somewhere useful once React has drawn the change (never on <body>). */
function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
}

/**
 * Deletes an entry, offers Undo, and puts focus on the next entry of the
 * timeline (the previous one at the end of the day; the Add buttons on an
 * emptied day), so the keyboard carries on where the deleted entry was.
 */
export async function deleteWithUndo(entryId: string): Promise<void> {
  const s = useStore.getState();
  const doc = s.doc;
  const entry = doc?.entries.find((e) => e.id === entryId);
  if (!doc || !entry) return;
  const day = entriesOfDay(doc, entryDay(doc, entry));
  const at = day.findIndex((e) => e.id === entryId);
  const next = day[at + 1] ?? day[at - 1];
  await s.deleteEntry(entryId);
  s.dismissTag(RESTORED);
  s.notify({
    kind: 'info',
    tag: DELETED,
    message: i18n.t('editor:deleted', { kind: entry.kind }),
    i18n: { key: 'editor:deleted', params: { kind: entry.kind } },
    action: { label: i18n.t('app:undo'), labelKey: 'app:undo', run: () => void undoLastDelete() },
  });
  focusSoon(() =>
    next
      ? document.querySelector<HTMLElement>(`.timeline [data-entry-id="${next.id}"]`)
      : document.querySelector<HTMLElement>('.add-buttons button'),
  );
}

/**
 * Ctrl+Z outside text fields, Edit ▸ Undo delete and the notice's Undo: the
 * last deleted entry comes back, opened with the cursor in its title, and the
 * "… deleted · Undo" notice goes (it would offer to undo what is undone).
 */
export async function undoLastDelete(): Promise<void> {
  const s = useStore.getState();
  if (!s.doc || s.deleted.length === 0) return;
  s.dismissTag(DELETED);
  try {
    const entry = await s.undoDelete();
    if (!entry) return;
    useStore.getState().notify({ kind: 'info', tag: RESTORED, message: i18n.t('journal:undoDone'), i18n: { key: 'journal:undoDone' } });
    requestTitleFocus(entry.id);
  } catch (error) {
    useStore.getState().notify({ kind: 'error', message: errorMessage(error) });
  }
}
