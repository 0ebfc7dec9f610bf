import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import type { GpxOutcome } from './photosSlice';

/** "2022-10-24 08:00" in the trip's zone: the ISO convention of the whole UI, on the trip's clock. */
function tripClock(instant: string, timeZone: string): string {
  // Swedish writes dates as ISO and times as 24 h: the standard way to get "YYYY-MM-DD HH:mm" from Intl.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/**
 * "Import GPX track…" and what it did: a track recorded on the phone lends its places to the camera's
 * photos taken while it ran. The result stays on screen (a status) until the next import of a track.
 */
export function useGpxImport() {
  const { t } = useTranslation('photos');
  const geotagFromGpx = useStore((s) => s.geotagFromGpx);
  const timeZone = useStore((s) => s.doc?.trip.timeZone ?? 'UTC');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const describe = (o: GpxOutcome) =>
    o.placed > 0
      ? t('gpxPlaced', { count: o.placed, file: o.fileName })
      : t('gpxNonePlaced', { file: o.fileName, from: tripClock(o.trackStart, timeZone), to: tripClock(o.trackEnd, timeZone).slice(o.trackStart.slice(0, 10) === o.trackEnd.slice(0, 10) ? 11 : 0) });

  const run = async () => {
    setBusy(true);
    try {
      const o = await geotagFromGpx();
      if (o) setOutcome({ ok: true, text: describe(o) });
    } catch (error) {
      setOutcome({ ok: false, text: t('gpxFailed', { message: errorMessage(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <button type="button" onClick={() => void run()} disabled={busy}>
      {t('importGpx')}
    </button>
  );
  const status = (
    <p className={`gpx-result ${outcome && !outcome.ok ? 'error' : ''}`} role="status" aria-label={t('gpxResultLabel')} hidden={!outcome}>
      {outcome?.text}
      {outcome && (
        <button type="button" className="link-button" onClick={() => setOutcome(null)}>
          {t('close')}
        </button>
      )}
    </p>
  );
  return { button, status };
}
