import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { expect } from 'vitest';
import { INCLUDED, SECRET } from '../../support/hostile-text';
import { HOSTILE, HOSTILE_IN_MARKDOWN, HOSTILE_LINE, HOSTILE_SHORT, INTRO, NOTES, texOf } from './fidelity-fixture';

/** What a reader sees of a built page: its text, entities decoded, comments and tags gone. */
export function visibleText(html: string): string {
  return toText(fromHtml(html), { whitespace: 'pre' });
}

/** An attribute value as a browser reads it (character references decoded). */
export function decodeAttribute(raw: string): string {
  const el = fromHtml(`<i title="${raw}"></i>`, { fragment: true }).children[0];
  return el?.type === 'element' ? String(el.properties.title) : '';
}

/** on* attributes of any element (the attribute names, parsed as a browser does). */
export function eventHandlers(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(...Object.keys(node.properties).filter((k) => /^on/i.test(k)));
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html));
  return found;
}

/** href and src of every element, as a browser reads them. */
export function elementUrls(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') for (const key of ['href', 'src']) if (typeof node.properties[key] === 'string') found.push(node.properties[key]);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html));
  return found;
}

/** TeX between `\(…\)` / `\[…\]` in a page's text, in reading order (the line breaks around a display formula are not TeX). */
export function builtTex(text: string): string[] {
  return [...text.matchAll(/\\\(([\s\S]*?)\\\)|\\\[([\s\S]*?)\\\]/g)].map((m) => (m[1] ?? m[2]!).trim());
}

/** Every formula of the journal's intro, notes and Q&A, in page order. */
export const JOURNAL_TEX = [
  ...texOf(INTRO),
  ...texOf(NOTES),
  ...texOf(`질문 ${HOSTILE.join(' ')} $2 와 $3`),
  ...texOf(`답 $x^\\top y \\neq 0$ ${HOSTILE.join(' ')}`),
];

/**
 * The checks every built page of the fidelity fixture must pass, whatever the
 * engine: hostile text shown as typed and never run, links exact, prices as
 * prose, TeX as written. `scripts` is how many <script> elements the site's
 * own layout adds.
 */
export function expectFaithful(html: string, scripts: number, math: 'delimiters' | 'katex' = 'delimiters'): void {
  const text = visibleText(html);
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(INCLUDED);
  expect(html.match(/<script\b/gi)?.length ?? 0).toBe(scripts);
  expect(eventHandlers(html)).toEqual([]);
  const urls = elementUrls(html);
  expect(urls.filter((u) => /^\s*(?:javascript|data|vbscript):/i.test(u))).toEqual([]);
  expect(urls.filter((u) => u === '/INJ' || u === '/X')).toEqual([]);
  for (const payload of HOSTILE_IN_MARKDOWN) expect(text, payload).toContain(payload);
  // The plain-text fields: page title, entry title, the asker's name; the caption holds every payload.
  expect(text.split(HOSTILE_SHORT).length - 1).toBeGreaterThanOrEqual(3);
  expect(text).toContain(HOSTILE_LINE);
  expect(html).toMatch(/<a [^>]*href="https:\/\/twitter\.com\/jingkangy"[^>]*>https:\/\/twitter\.com\/jingkangy<\/a>\)의/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/arxiv\.org\/abs\/2202\.04200"[^>]*>https:\/\/arxiv\.org\/abs\/2202\.04200<\/a>\)이라서/);
  expect(html).toMatch(/<a [^>]*href="https:\/\/example\.org\/a_\(b\)"[^>]*>프로젝트 페이지<\/a>도/);
  expect(text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
  expect(text).toContain('입장료는 $5.');
  // The HTML export draws math with KaTeX (checked in Chromium); the others leave \(…\) to the site's script.
  if (math === 'delimiters') expect(builtTex(text)).toEqual(JOURNAL_TEX);
}
