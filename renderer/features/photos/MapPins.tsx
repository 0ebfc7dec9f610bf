import 'leaflet.markercluster/dist/MarkerCluster.css';
import L from 'leaflet';
// Leaflet sets window.L when it loads; the plugin adds markerClusterGroup to it (the same object as `L`).
import 'leaflet.markercluster';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPoint } from './photoModel';
import type { MarkerInfo } from './TripMap';

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

/** A group of pins too close to tell apart: its count, and what Enter or a click does with it (zoom in, or fan out). */
function clusterIcon(cluster: L.MarkerCluster, label: (count: number) => string): L.DivIcon {
  const count = cluster.getChildCount();
  return L.divIcon({
    className: 'map-pin map-cluster',
    html: `<span class="pin-dot" aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label(count))}</span>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
}

/**
 * The pins, grouped where they overlap (Leaflet.markercluster): a group opens
 * by zooming in, and pins at the same spot (photos taken in one room) fan out
 * around it (spiderfy) so each stays reachable by mouse and keyboard.
 * Works without tiles: nothing here loads from the network.
 */
export function MapPins({ markers, selectedId, onMarker, clusterLabel }: { markers: MarkerInfo[]; selectedId: string | null; onMarker(point: MapPoint): void; clusterLabel(count: number): string }) {
  const map = useMap();
  // Handlers change every render; the layer reads the latest without being rebuilt.
  const latest = useRef({ onMarker, clusterLabel, selectedId });
  useEffect(() => {
    latest.current = { onMarker, clusterLabel, selectedId };
  });
  const pins = useRef(new Map<string, { marker: L.Marker; info: MarkerInfo }>());
  const shownSelected = useRef<string | null>(null);
  useEffect(() => {
    const group = L.markerClusterGroup({
      maxClusterRadius: 28,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      // Thousands of pins (a whole trip) are clustered in slices of 40 ms, so the page never freezes (issue #16).
      chunkedLoading: true,
      chunkInterval: 40,
      chunkDelay: 10,
      iconCreateFunction: (cluster) => clusterIcon(cluster, (n) => latest.current.clusterLabel(n)),
    });
    // Entry pins (fewer, larger) are drawn after the photos so they sit on top.
    const ordered = [...markers].sort((a, b) => (a.point.kind === b.point.kind ? 0 : a.point.kind === 'photo' ? -1 : 1));
    const layers: L.Marker[] = [];
    for (const m of ordered) {
      const marker = L.marker([m.point.lat, m.point.lng], { icon: pinIcon(m, m.point.id === latest.current.selectedId), title: m.label, keyboard: true, zIndexOffset: m.point.kind === 'photo' ? 0 : 500 });
      marker.on('click', () => latest.current.onMarker(m.point));
      marker.on('keydown', (e) => {
        const key = (e.originalEvent as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') latest.current.onMarker(m.point);
      });
      layers.push(marker);
      pins.current.set(`${m.point.kind}-${m.point.id}`, { marker, info: m });
    }
    shownSelected.current = latest.current.selectedId;
    // Enter on a group zooms in or fans it out, as a click does (the plugin's own clusterkeypress).
    map.addLayer(group);
    // Added in one batch once the group is on the map: chunkedLoading applies to addLayers only.
    group.addLayers(layers);
    const built = pins.current;
    return () => {
      map.removeLayer(group);
      built.clear();
    };
  }, [map, markers]);
  // Opening a photo marks its pin without rebuilding the layer, so a fanned-out group stays open behind the viewer.
  // (`selectedId` is the viewer's photo: only photo pins are ever selected.)
  useEffect(() => {
    const before = shownSelected.current;
    if (before === selectedId) return;
    for (const id of [before, selectedId]) {
      const pin = id ? pins.current.get(`photo-${id}`) : undefined;
      pin?.marker.setIcon(pinIcon(pin.info, id === selectedId));
    }
    shownSelected.current = selectedId;
  }, [selectedId]);
  return null;
}
