import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { expect } from 'vitest';
import { INCLUDED, SECRET } from '../../support/hostile-text';
import { HOSTILE, HOSTILE_IN_MARKDOWN, HOSTILE_SHORT, INTRO, NOTES, texOf } from './fidelity-fixture';

/** What a reader sees of a built page: its text, entities decoded, comments and tags gone. */
export function visibleText(html: string): string {
  return toText(fromHtml(html), { whitespace: 'pre' });
}

/** TeX between `\(…\)` / `\[…\]` in a page's text, in reading order. */
export function builtTex(text: string): string[] {
  return [...text.matchAll(/\\\(([\s\S]*?)\\\)|\\\[([\s\S]*?)\\\]/g)].map((m) => m[1] ?? m[2]!);
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
export function expectFaithful(html: string, scripts: number): void {
  const text = visibleText(html);
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(INCLUDED);
  expect(html.match(/<script\b/gi)?.length ?? 0).toBe(scripts);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i);
  expect(html).not.toMatch(/src="\/(?:INJ|X)"/);
  for (const payload of HOSTILE_IN_MARKDOWN) expect(text, payload).toContain(payload);
  // The plain-text fields: page title, entry title, the asker's name.
  expect(text.split(HOSTILE_SHORT).length - 1).toBeGreaterThanOrEqual(3);
  expect(html).toMatch(/<a href="https:\/\/twitter\.com\/jingkangy"[^>]*>https:\/\/twitter\.com\/jingkangy<\/a>\)의/);
  expect(html).toMatch(/<a href="https:\/\/arxiv\.org\/abs\/2202\.04200"[^>]*>https:\/\/arxiv\.org\/abs\/2202\.04200<\/a>\)이라서/);
  expect(html).toMatch(/<a href="https:\/\/example\.org\/a_\(b\)"[^>]*>프로젝트 페이지<\/a>도/);
  expect(text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
  expect(text).toContain('입장료는 $5.');
  expect(builtTex(text)).toEqual(JOURNAL_TEX);
}
