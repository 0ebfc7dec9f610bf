import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../electron/services/series/slug';
import { record } from './figures';

const INVISIBLES: [string, string][] = [
  ['U+202E right-to-left override', '\u202e'],
  ['U+202D left-to-right override', '\u202d'],
  ['U+202A–U+202C embeddings', '\u202a\u202b\u202c'],
  ['U+2066–U+2069 isolates', '\u2066\u2067\u2068\u2069'],
  ['U+200E/U+200F marks', '\u200e\u200f'],
  ['U+061C Arabic letter mark', '\u061c'],
  ['U+200B zero-width space', '\u200b'],
  ['U+200C/U+200D zero-width (non-)joiner', '\u200c\u200d'],
  ['U+2060 word joiner', '\u2060'],
  ['U+FEFF byte-order mark', '\ufeff'],
  ['U+00AD soft hyphen', '\u00ad'],
  ['U+E000 private use', '\ue000'],
  ['ESC, BEL and NUL', '\u001b\u0007\u0000'],
];

describe('slugs of hostile titles', () => {
  it.each(INVISIBLES)('drop %s and keep Hangul', (_name, chars) => {
    const slug = slugify(`텔${chars}아비브 ${chars}part 1`, 'part-1');
    expect(slug).toBe('텔아비브-part-1');
    expect(slug).not.toMatch(/[\p{Cc}\p{Cf}\p{Co}]/u);
    record('hostile slug inputs tried');
  });

  it('a title that is only invisible characters falls back', () => {
    expect(slugify('\u202e\u200b\ufeff', 'part-3')).toBe('part-3');
  });

  it('"gpj.exe" written with U+202E cannot hide an extension: the slug reads as typed, without the override', () => {
    expect(slugify('photo\u202egpj.exe', 'x')).toBe('photogpj-exe');
  });

  const devices = ['CON', 'prn', 'AUX', 'nul', 'COM1', 'com9', 'COM0', 'LPT1', 'lpt9', 'COM¹', 'COM²', 'COM³', 'LPT¹', 'LPT²', 'LPT³', 'Com\u200b¹', '\u202eNUL', ' con. '];
  it.each(devices)('the Windows device name %j becomes the fallback', (name) => {
    expect(slugify(name, 'part-2')).toBe('part-2');
    record('hostile slug inputs tried');
  });

  it('names that only look like device names stay', () => {
    expect(slugify('COM10', 'x')).toBe('com10');
    expect(slugify('console', 'x')).toBe('console');
    expect(slugify('LPT² 여행', 'x')).toBe('lpt²-여행');
  });

  it('unique slugs stay unique after the invisibles are gone', () => {
    expect(uniqueSlugs([{ text: '부산\u200b', fallback: 'a' }, { text: '부산', fallback: 'b' }])).toEqual(['부산', '부산-2']);
  });
});
