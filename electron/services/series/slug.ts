/**
 * Slugs become folder and file names (Hugo bundles, Jekyll posts, the HTML
 * and Markdown folders) and URL path segments.
 *
 * Decision: Hangul (and every other letter) is KEPT, not transliterated —
 * Korean readers expect "텔-아비브-1" in the address bar, romanisation of
 * Korean is ambiguous, and Hugo, Jekyll, GitHub and every current OS handle
 * UTF-8 names. To make such names safe everywhere the slug is:
 *   - NFC-normalised (macOS may hand us NFD; one spelling per name),
 *   - lowercased (case-insensitive file systems; Hugo lowercases paths anyway),
 *   - stripped of characters that are unsafe in file names on Windows/macOS/
 *     Linux or meaningful in URLs (< > : " / \ | ? * # % & { } $ ! ' ` @ + = ,
 *     ; [ ] ^ ~ and control characters), so `../` or an absolute path typed
 *     into a title can never become a path,
 *   - whitespace, dots and underscores turned into single hyphens, no leading
 *     or trailing hyphen or dot,
 *   - cut to 60 characters (long Korean names are 3 bytes per syllable;
 *     Windows paths stay short),
 *   - stripped of invisible characters: controls, bidi overrides and isolates
 *     (U+202E would make "cod.exe" display as "exe.doc"), zero-width spaces and
 *     joiners, the BOM, soft hyphens — every "format" (Cf) character, plus
 *     private-use and lone surrogates; none of them belongs in a name,
 *   - never empty and never a reserved Windows device name (fallback given),
 *     including COM¹–COM³ and LPT¹–LPT³, which Windows also reserves.
 */
const UNSAFE = /[<>:"/\\|?*#%&{}$!'`@+=,;[\]^~()\u0000-\u001f\u007f]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;
const MAX_LENGTH = 60;

export function slugify(text: string, fallback: string): string {
  let slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(UNSAFE, '')
    .replace(/[\s._\u00a0\u3000]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  slug = [...slug].slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
  if (!slug || WINDOWS_RESERVED.test(slug)) return fallback;
  return slug;
}

/** Slugs for several titles at once, made unique with -2, -3 … in order. */
export function uniqueSlugs(titles: { text: string; fallback: string }[]): string[] {
  const seen = new Set<string>();
  return titles.map(({ text, fallback }) => {
    const base = slugify(text, fallback);
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  });
}
