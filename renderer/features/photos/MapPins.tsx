import 'leaflet.markercluster/dist/MarkerCluster.css';
import L from 'leaflet';
// Leaflet sets window.L when it loads; the plugin adds markerClusterGroup to it (the same object as `L`).
import 'leaflet.markercluster';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPoint } from './photoModel';
import type { DescribeMarker, MarkerInfo } from './TripMap';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Markers are made in slices of this many milliseconds, so a whole trip's 3,000 never freeze the page in one task. */
const SLICE_MS = 12;

/**
 * Leaflet's default marker images break under bundlers, and a div icon is
 * also a focusable role=button element (Leaflet's `keyboard` option) that
 * carries its label as text for screen readers. The label is written when
 * Leaflet first puts the pin in the page (createIcon): pins hidden inside a
 * group never need their words, and a whole trip has thousands of them.
 */
class PinIcon extends L.DivIcon {
  constructor(
    private readonly info: MarkerInfo,
    private readonly describe: DescribeMarker,
    selected: boolean,
  ) {
    const isPhoto = info.point.kind === 'photo';
    const size = isPhoto ? 16 : 26;
    super({
      className: `map-pin ${isPhoto ? 'photo-pin' : 'entry-pin'} ${info.estimated ? 'estimated' : ''} ${selected ? 'selected' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const { info } = this;
    const { label } = this.describe(info);
    const isPhoto = info.point.kind === 'photo';
    this.options.html = `<span class="pin-dot" style="${info.color ? `--pin:${info.color}` : ''}">${isPhoto ? '' : escapeHtml(String(info.order ?? ''))}</span><span class="visually-hidden">${escapeHtml(label)}</span>`;
    const el = super.createIcon(oldIcon);
    // Leaflet's `title` option, set here instead: shown on hover.
    el.title = label;
    return el;
  }
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
export function MapPins({ markers, describe, selectedId, onMarker, clusterLabel }: { markers: MarkerInfo[]; describe: DescribeMarker; selectedId: string | null; onMarker(point: MapPoint): void; clusterLabel(count: number): string }) {
  const map = useMap();
  // Handlers change every render; the layer reads the latest without being rebuilt.
  const latest = useRef({ onMarker, clusterLabel, selectedId, describe });
  useEffect(() => {
    latest.current = { onMarker, clusterLabel, selectedId, describe };
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
    const built = pins.current;
    shownSelected.current = latest.current.selectedId;
    // Enter on a group zooms in or fans it out, as a click does (the plugin's own clusterkeypress).
    map.addLayer(group);
    let next = 0;
    let timer = 0;
    // Made a slice at a time (issue #16: 3,000 markers in one task froze the whole-trip map), then handed to the
    // group in one batch: chunkedLoading applies to addLayers only, and it clusters them in slices of its own.
    const makeSlice = () => {
      const until = performance.now() + SLICE_MS;
      while (next < ordered.length && performance.now() < until) {
        const m = ordered[next++]!;
        const marker = L.marker([m.point.lat, m.point.lng], { icon: new PinIcon(m, describe, m.point.id === latest.current.selectedId), keyboard: true, zIndexOffset: m.point.kind === 'photo' ? 0 : 500 });
        marker.on('click', () => latest.current.onMarker(m.point));
        marker.on('keydown', (e) => {
          const key = (e.originalEvent as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') latest.current.onMarker(m.point);
        });
        layers.push(marker);
        built.set(`${m.point.kind}-${m.point.id}`, { marker, info: m });
      }
      if (next < ordered.length) timer = window.setTimeout(makeSlice, 0);
      else group.addLayers(layers);
    };
    makeSlice();
    return () => {
      window.clearTimeout(timer);
      map.removeLayer(group);
      built.clear();
    };
  }, [map, markers, describe]);
  // Opening a photo marks its pin without rebuilding the layer, so a fanned-out group stays open behind the viewer.
  // (`selectedId` is the viewer's photo: only photo pins are ever selected.)
  useEffect(() => {
    const before = shownSelected.current;
    if (before === selectedId) return;
    for (const id of [before, selectedId]) {
      const pin = id ? pins.current.get(`photo-${id}`) : undefined;
      pin?.marker.setIcon(new PinIcon(pin.info, (m) => latest.current.describe(m), id === selectedId));
    }
    shownSelected.current = selectedId;
  }, [selectedId]);
  return null;
}
