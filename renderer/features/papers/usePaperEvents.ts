import { useEffect } from 'react';
import { call, onEvent } from '../../core/api';
import { useStore } from '../../core/store';

/**
 * For as long as the window lives: a paper a background lookup filled replaces the open trip's
 * copy (no reload; the editor and the papers view show it at once), and when the computer is back
 * online main asks again for the papers left "looked up later".
 */
export function usePaperEvents(): void {
  useEffect(() => {
    const off = onEvent('paper:changed', ({ tripId, paper }) => useStore.getState().receivePaper(tripId, paper));
    const online = () => void call('papers.retryPending', {}).catch(() => undefined);
    window.addEventListener('online', online);
    return () => {
      off();
      window.removeEventListener('online', online);
    };
  }, []);
}
