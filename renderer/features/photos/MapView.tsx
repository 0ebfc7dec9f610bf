import './photos.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOfLocalTime } from '../../../electron/shared/domain/days';
import { byEntryTime } from '../../../electron/shared/domain/order';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from '../../../electron/shared/contract/app';
import { call, errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { MapList } from './MapList';
import { PhotoDayTabs } from './PhotoDayTabs';
import { photoDays, routePoints, type MapPoint } from './photoModel';
import { PhotoViewer } from './PhotoViewer';
import { PlacePanel } from './PlacePanel';
import { entryLabel } from './sectionTitle';
import { describeMarkers } from './markerText';
import { TripMap, type MarkerInfo } from './TripMap';

type TileStatus = 'loading' | 'ok' | 'failed';

function useTilePreferences() {
  const [prefs, setPrefs] = useState({ tileUrl: DEFAULT_TILE_URL, tileAttribution: DEFAULT_TILE_ATTRIBUTION });
  useEffect(() => {
    call('app.getPreferences', {})
      .then((p) => setPrefs({ tileUrl: p.tileUrl || DEFAULT_TILE_URL, tileAttribution: p.tileAttribution || DEFAULT_TILE_ATTRIBUTION }))
      .catch(() => undefined);
  }, []);
  return prefs;
}

/** The selected day's (or the whole trip's) photos with GPS, entries with places, and the route between them. */
export function MapView() {
  const { t } = useTranslation('photos');
  const doc = useStore((s) => s.doc);
  const selectedDay = useStore((s) => s.selectedDay);
  const selectDay = useStore((s) => s.selectDay);
  const openViewer = useStore((s) => s.openViewer);
  const viewerPhotoId = useStore((s) => s.viewerPhotoId);
  const updateEntry = useStore((s) => s.updateEntry);
  const notify = useStore((s) => s.notify);
  const { tileUrl, tileAttribution } = useTilePreferences();
  const [wholeTrip, setWholeTrip] = useState(false);
  const [placingId, setPlacingId] = useState<string | null>(null);
  // Once any tile loaded the server is reachable; errors before that mean no tiles at all (offline, blocked).
  const [tiles, setTiles] = useState<TileStatus>(() => (navigator.onLine ? 'loading' : 'failed'));

  const days = useMemo(() => (doc ? photoDays(doc) : []), [doc]);
  const day = days.some((d) => d.date === selectedDay) ? selectedDay! : (days[0]?.date ?? '');
  const points = useMemo(() => (doc ? routePoints(doc, wholeTrip ? null : day) : []), [doc, wholeTrip, day]);
  const entriesHere = useMemo(
    () => (doc ? doc.entries.filter((e) => wholeTrip || dayOfLocalTime(e.start, doc.trip.dayStartHour) === day).sort(byEntryTime) : []),
    [doc, wholeTrip, day],
  );
  // Looked up by id, once per document: a find() per point made the whole-trip map points × photos (issue #16).
  const byId = useMemo(() => ({ photos: new Map(doc?.photos.map((p) => [p.id, p])), entries: new Map(doc?.entries.map((e) => [e.id, e])) }), [doc]);
  // Only what drawing a pin needs: its words are built by `describe` for the few pins and rows on screen (issue #16).
  const markers = useMemo<MarkerInfo[]>(() => {
    if (!doc) return [];
    let order = 0;
    return points.map((point) => {
      if (point.kind === 'photo') return byId.photos.get(point.id)?.gpsEstimated ? { point, estimated: true } : { point };
      return { point, color: `var(--kind-${byId.entries.get(point.id)!.kind})`, order: ++order };
    });
  }, [doc, byId, points]);
  const describe = useMemo(() => describeMarkers(byId, t, wholeTrip), [byId, t, wholeTrip]);
  const side = useRef<HTMLElement>(null);
  const photoOrder = useMemo(() => points.filter((p) => p.kind === 'photo').map((p) => p.id), [points]);

  if (!doc) return null;

  const onMarker = (point: MapPoint) => {
    if (point.kind === 'photo') return openViewer(point.id);
    const entry = doc.entries.find((e) => e.id === point.id);
    const s = useStore.getState();
    if (entry) s.selectDay(dayOfLocalTime(entry.start, doc.trip.dayStartHour));
    s.selectEntry(point.id);
    s.setTab('timeline');
  };
  const onPick = async (lat: number, lng: number) => {
    const entry = doc.entries.find((e) => e.id === placingId);
    if (!entry) return;
    setPlacingId(null);
    try {
      await updateEntry(entry.id, { place: { name: entry.place?.name || entry.title, lat, lng } });
      notify({ kind: 'info', message: t('placeSet', { entry: entryLabel(entry, t) }) });
    } catch (error) {
      notify({ kind: 'error', message: errorMessage(error) });
    }
  };
  const photoCount = points.filter((p) => p.kind === 'photo').length;

  return (
    <div className="map-view">
      <header className="photos-head">
        <h1>{t('mapTitle')}</h1>
        <p className="muted">{t('mapPhotos', { count: photoCount })} · {t('mapPlaces', { count: points.length - photoCount })}</p>
        <label className="check-row photos-tools">
          <input type="checkbox" checked={wholeTrip} onChange={(e) => setWholeTrip(e.target.checked)} />
          {t('wholeTrip')}
        </label>
      </header>
      {!wholeTrip && <PhotoDayTabs days={days} selected={day} onSelect={selectDay} panelId="map-panel" />}
      <div className="map-body">
        <section className="map-panel" id="map-panel" role={wholeTrip ? undefined : 'tabpanel'} aria-labelledby={wholeTrip ? undefined : `photo-day-${day}`}>
          {tiles === 'failed' && (
            <p className="map-offline" role="status">
              {t('tilesOffline')}
            </p>
          )}
          {placingId && (
            <p className="map-placing" role="status">
              {t('placingHint')}
            </p>
          )}
          {points.length === 0 && <p className="map-empty muted">{wholeTrip ? t('mapEmptyTrip') : t('mapEmptyDay')}</p>}
          <TripMap
            label={t('mapLabel')}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            markers={markers}
            describe={describe}
            selectedId={viewerPhotoId}
            onMarker={onMarker}
            onPick={placingId ? (lat, lng) => void onPick(lat, lng) : null}
            onTiles={(status) => setTiles((now) => (now === 'ok' ? now : status))}
            clusterLabel={(count) => t('mapCluster', { count })}
          />
        </section>
        <aside className="map-side" ref={side}>
          <PlacePanel entries={entriesHere} placingId={placingId} onPlacing={setPlacingId} />
          <section aria-label={t('onTheMap')}>
            <h2>{t('onTheMap')}</h2>
            <MapList markers={markers} describe={describe} onMarker={onMarker} scroller={side} />
          </section>
        </aside>
      </div>
      <PhotoViewer photoIds={photoOrder} />
    </div>
  );
}
