import './ui.css';
import type { EntryKind } from '../../electron/shared/schemas/entry';

/** One simple line glyph per kind (16×16, drawn in currentColor). */
const GLYPHS: Record<EntryKind, string> = {
  // A screen on a stand.
  talk: 'M2.5 3h11v7h-11zM8 10v3M5.5 13h5',
  // A board with pinned lines.
  poster: 'M3 2.5h10v9H3zM5 5h6M5 7h6M5 9h3.5M6 11.5 5 14M10 11.5l1 2.5',
  // A stall with an awning.
  booth: 'M2.5 6 3.5 2.5h9l1 3.5zM2.5 6c0 1 2.2 1 2.7 0 .5 1 2.3 1 2.8 0 .5 1 2.3 1 2.8 0 .5 1 2.7 1 2.7 0M3.5 7.5v6h9v-6M6.5 13.5v-3h3v3',
  // Head and shoulders.
  person: 'M8 2.5a2.6 2.6 0 1 0 0 5.2 2.6 2.6 0 1 0 0-5.2M3 13.5c.6-2.8 2.6-4.3 5-4.3s4.4 1.5 5 4.3',
  // Fork and knife.
  meal: 'M4.5 2v4.5c0 1 .7 1.5 1.5 1.5s1.5-.5 1.5-1.5V2M6 2v12M11.5 14V2c-1.5.8-2 2.8-2 5.5h2',
  // Map pin.
  place: 'M8 14s4.5-4.3 4.5-7.5a4.5 4.5 0 0 0-9 0C3.5 9.7 8 14 8 14zM8 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3',
  // An arrow leaving a point.
  travel: 'M2 12.5h12M3.5 10l3.5-3 2 1.5 4-3.5M11 5h2v2',
  // A page with lines.
  note: 'M3.5 2h6l3 3v9h-9zM9.5 2v3h3M5.5 8h5M5.5 10.5h5',
};

export function KindIcon({ kind, label }: { kind: EntryKind; label?: string }) {
  return (
    <span className={`kind-badge kind-${kind}`} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
        <path d={GLYPHS[kind]} />
      </svg>
    </span>
  );
}
