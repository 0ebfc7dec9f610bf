import { useState } from 'react';
import { call, errorMessage } from './api';
import { useStore } from './store';

/**
 * "Look up again" for one paper: main asks the service (or answers from the library's cache)
 * and sends the paper back as a `paper:changed` event, which updates the store. While it runs
 * the paper shows "Looking up…"; a lookup that could not run says why in a notice.
 */
export function useLookUpAgain(paperId: string): { busy: boolean; run(): void } {
  const [busy, setBusy] = useState(false);
  const run = () => {
    const { doc, notify } = useStore.getState();
    if (!doc || busy) return;
    setBusy(true);
    call('papers.lookup', { tripId: doc.trip.id, paperIds: [paperId] })
      .then((report) => {
        const skipped = report.skipped[0];
        if (!skipped) return;
        if (!useStore.getState().paperLookups) notify({ kind: 'info', i18n: { key: 'paperLookup:offNotice' }, tag: 'paper-lookup' });
        else notify({ kind: 'info', i18n: { key: 'paperLookup:skippedNotice', params: { reason: skipped.reason } }, tag: 'paper-lookup' });
      })
      .catch((error: unknown) => notify({ kind: 'error', message: errorMessage(error) }))
      .finally(() => setBusy(false));
  };
  return { busy, run };
}
