/**
 * Rendered Markdown kept between previews (issue #16: a 91-entry part costs
 * ~0.5 s of unified + sanitise + KaTeX, and the writer previews it again after
 * every change to one entry). Keyed by the Markdown text itself: an entry whose
 * revision changed its notes has new text, so a new key, and every unchanged
 * entry of the part is a hit — the same as keying by entry id + revision,
 * without trusting revisions. Bounded by characters held, least recently used first out.
 */
export class MarkdownCache {
  private readonly map = new Map<string, string>();
  private chars = 0;
  hits = 0;
  misses = 0;

  /** `maxChars` ≈ bytes / 2 of JS strings held; 8 M chars is ~16 MB at most. */
  constructor(private readonly maxChars = 8_000_000) {}

  render(source: string, renderer: (source: string) => string): string {
    const found = this.map.get(source);
    if (found !== undefined) {
      this.hits++;
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.map.delete(source);
      this.map.set(source, found);
      return found;
    }
    this.misses++;
    const html = renderer(source);
    const size = source.length + html.length;
    if (size > this.maxChars) return html; // one huge text: render it, keep nothing
    this.map.set(source, html);
    this.chars += size;
    for (const [key, value] of this.map) {
      if (this.chars <= this.maxChars) break;
      this.map.delete(key);
      this.chars -= key.length + value.length;
    }
    return html;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.map.size;
  }
}

/** The process's (or the preview worker's) one cache. */
export const markdownCache = new MarkdownCache();
