import { useCallback, useEffect, useRef, useState } from 'react';
import type { Request } from '../../../electron/shared/contract';
import { errorMessage } from '../../core/api';
import { registerFlusher } from '../../core/flush';
import { useStore } from '../../core/store';
import type { FieldError } from '../../ui/Field';
import { fieldOfError } from './fieldError';

export type EntryPatch = Request<'entries.update'>['patch'];
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export type { FieldError };

export const AUTOSAVE_DELAY_MS = 500;

/**
 * Autosave for one entry: edits are merged into one pending patch and sent
 * ~500 ms after the last keystroke, one request at a time (so two patches never
 * race). A registered flusher sends what is pending when the window closes, and
 * leaving the entry (unmount) sends it too. When the service refuses a field,
 * the rest of the patch is sent again without it, so one bad time does not lose
 * the title typed with it.
 */
export function useAutosave(entryId: string) {
  const pending = useRef<EntryPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<FieldError | null>(null);

  const send = useCallback(
    async (patch: EntryPatch): Promise<void> => {
      const fields = Object.keys(patch);
      if (fields.length === 0) return;
      setStatus('saving');
      try {
        await useStore.getState().updateEntry(entryId, patch);
        setError((current) => (current && (current.field === null || fields.includes(current.field)) ? null : current));
        setStatus(Object.keys(pending.current).length ? 'pending' : 'saved');
      } catch (e) {
        const field = fieldOfError(e, fields);
        setError({ field, message: errorMessage(e) });
        setStatus('error');
        if (field && fields.length > 1) {
          const rest: Record<string, unknown> = { ...patch };
          delete rest[field];
          await send(rest as EntryPatch);
          setStatus('error');
        }
      }
    },
    [entryId],
  );

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length) queue.current = queue.current.then(() => send(patch));
    return queue.current;
  }, [send]);

  const change = useCallback(
    (patch: EntryPatch) => {
      pending.current = { ...pending.current, ...patch };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  return { change, flush, status, error };
}
