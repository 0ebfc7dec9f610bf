import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MapPoint } from './photoModel';
import type { DescribeMarker, MarkerInfo } from './TripMap';

/** Up to this many rows are all in the page (a day's map); longer lists (the whole trip: thousands) render what is in view. */
const ALL_ROWS_UP_TO = 200;
const ROW_HEIGHT = 27;

interface MapListProps {
  markers: MarkerInfo[];
  /** A row's words, built when the row is shown. */
  describe: DescribeMarker;
  onMarker(point: MapPoint): void;
  /** The scrolling side panel the list sits in. */
  scroller: RefObject<HTMLElement | null>;
}

function Row({ m, describe, onMarker }: { m: MarkerInfo; describe: DescribeMarker; onMarker(point: MapPoint): void }) {
  const { listTime, listLabel } = describe(m);
  return (
    <button className={`map-list-item ${m.point.kind}`} onClick={() => onMarker(m.point)}>
      <span className="map-list-time">{listTime}</span> <span>{listLabel}</span>
    </button>
  );
}

/** The pins as a list beside the map, in route order. */
export function MapList({ markers, describe, onMarker, scroller }: MapListProps) {
  if (markers.length <= ALL_ROWS_UP_TO) {
    return (
      <ol className="map-list">
        {markers.map((m) => (
          <li key={`${m.point.kind}-${m.point.id}`}>
            <Row m={m} describe={describe} onMarker={onMarker} />
          </li>
        ))}
      </ol>
    );
  }
  return <VirtualMapList markers={markers} describe={describe} onMarker={onMarker} scroller={scroller} />;
}

/**
 * Issue #16: 2,524 list buttons froze the whole-trip map. Only the rows in
 * view (and a few around) are in the page; each says its place in the whole
 * list (aria-posinset/-setsize), so a screen reader still hears "12 of 3,040".
 */
function VirtualMapList({ markers, describe, onMarker, scroller }: MapListProps) {
  const list = useRef<HTMLOListElement>(null);
  // Where the list starts inside the scrolling panel (below the place panel and the heading).
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const el = list.current;
    const panel = scroller.current;
    if (!el || !panel) return;
    const measure = () => setOffset(el.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    return () => ro.disconnect();
  }, [scroller]);
  const virtualizer = useVirtualizer({
    count: markers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => `${markers[i]!.point.kind}-${markers[i]!.point.id}`,
    scrollMargin: offset,
    overscan: 12,
  });
  return (
    <ol ref={list} className="map-list" style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const m = markers[item.index]!;
        return (
          <li
            key={item.key}
            aria-posinset={item.index + 1}
            aria-setsize={markers.length}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start - offset}px)` }}
          >
            <Row m={m} describe={describe} onMarker={onMarker} />
          </li>
        );
      })}
    </ol>
  );
}
