/**
 * Writes a JPEG the way MPF cameras (Sony, Nikon, Fujifilm, Pentax) do,
 * following CIPA DC-007: an APP2 "MPF" segment after the EXIF block, whose
 * MP Index lists the primary image (offset 0) and the large thumbnails
 * appended after the primary image's end, offsets counted from the MPF
 * block's TIFF header. No public camera file with MPF was reachable for the
 * fixtures; the tests check what this writes against exiftool's reading.
 */
export const MP_TYPE = { primary: 0x030000, largeThumbnailVga: 0x010001, largeThumbnailFullHd: 0x010002, undefined: 0x000000 } as const;

export function withMpfImages(primary: Buffer, extra: Array<{ jpeg: Buffer; type: number }>, order: 'II' | 'MM' = 'MM'): Buffer {
  const le = order === 'II';
  const u16 = (n: number) => {
    const b = Buffer.alloc(2);
    if (le) b.writeUInt16LE(n);
    else b.writeUInt16BE(n);
    return b;
  };
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    if (le) b.writeUInt32LE(n >>> 0);
    else b.writeUInt32BE(n >>> 0);
    return b;
  };
  const images = 1 + extra.length;
  const ifdAt = 8;
  const entriesAt = ifdAt + 2 + 3 * 12 + 4; // after the IFD's three entries and its next-IFD link
  const tiffLength = entriesAt + 16 * images;
  const segmentLength = 2 + 4 + tiffLength; // length field + "MPF\0" + TIFF block
  // Where the segment goes: after the APP1 (EXIF) segment that follows SOI, as cameras write it.
  const afterApp1 = primary[2] === 0xff && primary[3] === 0xe1 ? 4 + primary.readUInt16BE(4) : 2;
  const tiffStart = afterApp1 + 2 + 2 + 4;
  const primaryLength = primary.length + 2 + segmentLength;
  let offset = primaryLength - tiffStart;
  const entries = [Buffer.concat([u32(0x20000000 | MP_TYPE.primary), u32(primaryLength), u32(0), u16(0), u16(0)])];
  for (const e of extra) {
    entries.push(Buffer.concat([u32(e.type), u32(e.jpeg.length), u32(offset), u16(0), u16(0)]));
    offset += e.jpeg.length;
  }
  const tiff = Buffer.concat([
    Buffer.from(order, 'latin1'), u16(42), u32(ifdAt),
    u16(3),
    u16(0xb000), u16(7), u32(4), Buffer.from('0100', 'latin1'),
    u16(0xb001), u16(4), u32(1), u32(images),
    u16(0xb002), u16(7), u32(16 * images), u32(entriesAt),
    u32(0),
    ...entries,
  ]);
  const segment = Buffer.concat([Buffer.from([0xff, 0xe2]), Buffer.from([segmentLength >> 8, segmentLength & 0xff]), Buffer.from('MPF\0', 'latin1'), tiff]);
  return Buffer.concat([primary.subarray(0, afterApp1), segment, primary.subarray(afterApp1), ...extra.map((e) => e.jpeg)]);
}
