import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Hard-wrapped Atom titles and abstracts ("Recurrent All-Pairs\n  Field Transforms") read as one line. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const fragmentParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });

interface OrderedNode {
  '#text'?: string;
  [tag: string]: unknown;
}

function textOf(nodes: OrderedNode[], out: string[]): void {
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '#text') out.push(String(value));
      else if (key === 'jats:title' || key === 'title') continue; // JATS "Abstract" headings are not the abstract
      else if (Array.isArray(value)) {
        textOf(value as OrderedNode[], out);
        // Paragraph ends stay word boundaries.
        if (/(^|:)p$/.test(key)) out.push(' ');
      }
    }
  }
}

/**
 * Text of a markup fragment: Crossref abstracts are JATS (`<jats:p>…</jats:p>`),
 * Crossref titles may carry `<i>`/`<sub>`. Read with an XML parser, so entities
 * decode and a `<` in the text is never taken for a tag by a pattern.
 */
export function markupText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return collapse(fragment);
  // Broken markup ("a < b and <i>c</i>") would lose words in a lenient parse: it is kept as sent instead.
  if (XMLValidator.validate(`<r>${fragment}</r>`) !== true) return collapse(fragment);
  try {
    const parsed = fragmentParser.parse(`<r>${fragment}</r>`) as OrderedNode[];
    const out: string[] = [];
    textOf(parsed, out);
    return collapse(out.join(''));
  } catch {
    return collapse(fragment);
  }
}

/** Titles compared as a search match: case, accents' forms, spacing and punctuation do not matter. */
export function titleMatchKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "ICLR 2023 poster" → 2023. */
export function yearIn(text: string): number | undefined {
  const m = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}
