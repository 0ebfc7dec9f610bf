import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { MapContainer, Polyline, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { MapPins } from './MapPins';
import { routeLine, type MapPoint } from './photoModel';

/**
 * A pin: only what drawing it needs. Its words (label, list row) are built by
 * `describe` when a pin or a row is actually shown: the whole-trip map has
 * thousands of pins and only a few dozen on screen (issue #16).
 */
export interface MarkerInfo {
  point: MapPoint;
  /** CSS colour of an entry's kind. */
  color?: string;
  /** Position in the route, shown on entry pins. */
  order?: number;
  /** A place estimated from other photos or a track: drawn hollow. */
  estimated?: boolean;
}

export interface MarkerText {
  /** Read aloud and shown on hover: "Photo: IMG_0001.jpg", "Meal: Dinner at Port Said". */
  label: string;
  /** The list beside the map: the time once ("10:30–10:50"), then what it is ("Talk: Keynote"). */
  listTime: string;
  listLabel: string;
}

/** A pin's words, built on first use and kept (MapView caches them per document and language). */
export type DescribeMarker = (marker: MarkerInfo) => MarkerText;

/** Fits the view to the points whenever the set of points changes (not on every re-render). */
function FitToPoints({ points }: { points: MapPoint[] }) {
  const map = useMap();
  const signature = points.map((p) => `${p.lat.toFixed(5)},${p.lng.toFixed(5)}`).join(';');
  useEffect(() => {
    if (points.length === 0) return;
    if (points.length === 1) map.setView([points[0]!.lat, points[0]!.lng], 15);
    else map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { padding: [40, 40], maxZoom: 16 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, signature]);
  return null;
}

function ClickToPlace({ onPick }: { onPick: ((lat: number, lng: number) => void) | null }) {
  useMapEvents({ click: (e) => onPick?.(e.latlng.lat, e.latlng.lng) });
  return null;
}

export interface TripMapProps {
  tileUrl: string;
  tileAttribution: string;
  markers: MarkerInfo[];
  describe: DescribeMarker;
  selectedId: string | null;
  onMarker(point: MapPoint): void;
  /** While placing an entry: where the map was clicked. */
  onPick: ((lat: number, lng: number) => void) | null;
  onTiles(status: 'ok' | 'failed'): void;
  label: string;
  /** "3 places here — Enter to open": read aloud on a group of overlapping pins. */
  clusterLabel(count: number): string;
}

/** The map itself: tiles (when they load), the route in time order, photo and entry pins (grouped where they overlap). */
export function TripMap({ tileUrl, tileAttribution, markers, describe, selectedId, onMarker, onPick, onTiles, label, clusterLabel }: TripMapProps) {
  const points = useMemo(() => markers.map((m) => m.point), [markers]);
  const line = useMemo(() => routeLine(points), [points]);
  return (
    // MapContainer keeps its first className and forwards no ARIA: the wrapper carries both.
    <div className={`trip-map-wrap ${onPick ? 'placing' : ''}`} role="region" aria-label={label}>
      <MapContainer className="trip-map" center={[20, 0]} zoom={2} worldCopyJump>
        <TileLayer
          url={tileUrl}
          attribution={tileAttribution}
          maxZoom={19}
          eventHandlers={{ tileload: () => onTiles('ok'), tileerror: () => onTiles('failed') }}
        />
        {line.length > 1 && <Polyline positions={line} className="route-line" pathOptions={{ weight: 3, opacity: 0.8 }} />}
        <MapPins markers={markers} describe={describe} selectedId={selectedId} onMarker={onMarker} clusterLabel={clusterLabel} />
        <FitToPoints points={points} />
        <ClickToPlace onPick={onPick} />
      </MapContainer>
    </div>
  );
}
