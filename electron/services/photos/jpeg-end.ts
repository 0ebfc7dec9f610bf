/**
 * Where a JPEG's primary image ends, found by walking its structure: marker
 * segments by their lengths, and entropy-coded scans up to the next real
 * marker (inside a scan every 0xFF data byte is followed by 0x00, and restart
 * markers FF D0–D7 belong to the scan). Cameras append data after the
 * end-of-image marker — a Canon IXUS v2 carries 752 KB, BlackBerry and Kodak
 * backs their own blocks — and that data may contain FF DA / FF D9 bytes, so
 * searching the bytes for markers from the end misjudges such files.
 *
 * Returns the offset just past FF D9, 'cut' when the file ends inside the
 * image, or null when the bytes are not a JPEG structure this walk knows (the
 * decoder decides then).
 */
export function jpegImageEnd(buf: Uint8Array): number | 'cut' | null {
  if (buf[0] !== 0xff || buf[1] !== 0xd8) return null;
  let at = 2;
  for (;;) {
    if (at + 2 > buf.length) return 'cut';
    if (buf[at] !== 0xff) return null;
    const marker = buf[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9) return at + 2;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0xd8) {
      at += 2;
      continue;
    }
    if (at + 4 > buf.length) return 'cut';
    const length = (buf[at + 2]! << 8) | buf[at + 3]!;
    if (length < 2) return null;
    at += 2 + length;
    if (marker !== 0xda) continue;
    // Entropy-coded data of the scan: skip to the next marker that is not data.
    const scanEnd = nextMarker(buf, at);
    if (scanEnd < 0) return 'cut';
    at = scanEnd;
  }
}

function nextMarker(buf: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = buf.indexOf(0xff, at);
    if (at < 0 || at + 1 >= buf.length) return -1;
    const next = buf[at + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
      at += next === 0xff ? 1 : 2;
      continue;
    }
    return at;
  }
}
