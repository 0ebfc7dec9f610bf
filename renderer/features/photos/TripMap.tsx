import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { MapContainer, Marker, Polyline, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { routeLine, type MapPoint } from './photoModel';

export interface MarkerInfo {
  point: MapPoint;
  /** Read aloud and shown on hover: "Photo: IMG_0001.jpg", "Meal: Dinner at Port Said". */
  label: string;
  /** CSS colour of an entry's kind. */
  color?: string;
  /** Position in the route, shown on entry pins. */
  order?: number;
  /** A place estimated from other photos or a track: drawn hollow. */
  estimated?: boolean;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Leaflet's default marker images break under bundlers, and a div icon is
 * also a focusable role=button element (Leaflet's `keyboard` option) that
 * carries its label as text for screen readers.
 */
function pinIcon(info: MarkerInfo, selected: boolean): L.DivIcon {
  const isPhoto = info.point.kind === 'photo';
  const size = isPhoto ? 16 : 26;
  return L.divIcon({
    className: `map-pin ${isPhoto ? 'photo-pin' : 'entry-pin'} ${info.estimated ? 'estimated' : ''} ${selected ? 'selected' : ''}`,
    html: `<span class="pin-dot" style="${info.color ? `--pin:${info.color}` : ''}">${isPhoto ? '' : escapeHtml(String(info.order ?? ''))}</span><span class="visually-hidden">${escapeHtml(info.label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

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
  selectedId: string | null;
  onMarker(point: MapPoint): void;
  /** While placing an entry: where the map was clicked. */
  onPick: ((lat: number, lng: number) => void) | null;
  onTiles(status: 'ok' | 'failed'): void;
  label: string;
}

/** The map itself: tiles (when they load), the route in time order, photo and entry pins. */
export function TripMap({ tileUrl, tileAttribution, markers, selectedId, onMarker, onPick, onTiles, label }: TripMapProps) {
  const points = useMemo(() => markers.map((m) => m.point), [markers]);
  const line = useMemo(() => routeLine(points), [points]);
  // Photos first so entry pins (fewer, larger) draw on top of them.
  const ordered = useMemo(() => [...markers].sort((a, b) => (a.point.kind === b.point.kind ? 0 : a.point.kind === 'photo' ? -1 : 1)), [markers]);
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
        {ordered.map((m) => (
          <Marker
            key={`${m.point.kind}-${m.point.id}`}
            position={[m.point.lat, m.point.lng]}
            icon={pinIcon(m, m.point.id === selectedId)}
            title={m.label}
            keyboard
            eventHandlers={{
              click: () => onMarker(m.point),
              keydown: (e) => {
                const key = (e.originalEvent as KeyboardEvent).key;
                if (key === 'Enter' || key === ' ') onMarker(m.point);
              },
            }}
          />
        ))}
        <FitToPoints points={points} />
        <ClickToPlace onPick={onPick} />
      </MapContainer>
    </div>
  );
}
