/** One author as citation formats want them: family and given names, or one name as written. */
export type PersonName = { family: string; given: string; 'non-dropping-particle'?: string } | { literal: string };

/** Lower-case words that belong to the family name ("van der Walt", "de la Torre"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'al']);

/**
 * Splits a name as services and writers give it. "Teed, Zachary" says which
 * part is which; "Zachary Teed" is read Western order, particles going with the
 * family name; a name of one word ("홍길동", "Plato") is kept whole, since
 * guessing where a Korean name without a space splits would be wrong as often as right.
 */
export function splitName(raw: string): PersonName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given ? { family, given } : { literal: family };
  }
  const words = name.split(' ');
  if (words.length < 2) return { literal: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const given = words.slice(0, start).join(' ');
  const particle = words.slice(start, -1).join(' ');
  // CSL names the particle on its own ("van der" is kept when only the family name is shown).
  return particle ? { family: words.at(-1)!, given, 'non-dropping-particle': particle } : { family: words.at(-1)!, given };
}

/** The family name as printed, particle included ("van der Walt"). */
export function fullFamily(name: PersonName): string {
  if ('literal' in name) return name.literal;
  return name['non-dropping-particle'] ? `${name['non-dropping-particle']} ${name.family}` : name.family;
}
