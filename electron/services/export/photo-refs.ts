import { PHOTO_REF, photoRef } from '../../shared/domain/photo-ref';

/**
 * `![caption](photo:ID)` in the writer's Markdown: a portable reference to a
 * library photo (it survives renames and moves), resolved at export and in the
 * preview to the exported image with its caption.
 */
const REF = PHOTO_REF;
/** A reference standing alone on its line: published as a figure between paragraphs. */
const LINE_REF = /^[ \t]*!\[((?:[^\]\\]|\\.)*)\]\(photo:([A-Za-z0-9_-]{1,64})\)[ \t]*$/gm;

export function photoRefIds(source: string): string[] {
  return [...source.matchAll(REF)].map((m) => m[2]!);
}

export { photoRef };

/** Replaces every reference with `render(id, text)`; references inside code are replaced too (rare, harmless). */
export function replacePhotoRefs(source: string, render: (id: string, text: string) => string): string {
  return source.replace(REF, (_m, text: string, id: string) => render(id, text.replace(/\\(.)/g, '$1')));
}

export type RefSegment = { text: string } | { photoId: string; alt: string };

/** Splits Markdown at references that stand on their own line, so each can become a figure. */
export function splitAtLineRefs(source: string): RefSegment[] {
  const out: RefSegment[] = [];
  let last = 0;
  for (const m of source.matchAll(LINE_REF)) {
    if (m.index > last) out.push({ text: source.slice(last, m.index) });
    out.push({ photoId: m[2]!, alt: m[1]!.replace(/\\(.)/g, '$1') });
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push({ text: source.slice(last) });
  return out;
}
