import { badFile } from './raw-session';

/**
 * RFC 5545 folds lines at 75 *octets*, so a fold may fall inside a UTF-8
 * sequence (a Hangul syllable's three bytes split over two lines). Unfolding
 * must happen on the bytes, before decoding; decoding first would turn both
 * halves into U+FFFD.
 */
export function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a && isFoldSpace(bytes[i + 2])) {
      i += 2;
      continue;
    }
    if (b === 0x0a && isFoldSpace(bytes[i + 1])) {
      i += 1;
      continue;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

const isFoldSpace = (b: number | undefined) => b === 0x20 || b === 0x09;

/** Unfolded, decoded text; a file that is not UTF-8 is read as Latin-1 with a warning rather than refused. */
export function decodeIcsBytes(bytes: Uint8Array, warnings: string[]): string {
  const unfolded = unfoldBytes(bytes);
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(unfolded));
  } catch {
    if (unfolded.includes(0)) throw badFile('This file contains binary data; it is not an iCalendar text file.');
    warnings.push('The file is not valid UTF-8; it was read as Latin-1 (accented letters may look wrong).');
    return stripBom(new TextDecoder('latin1').decode(unfolded));
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
