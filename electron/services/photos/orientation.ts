import type { Sharp } from 'sharp';

/**
 * How a photo is turned upright: its EXIF orientation (1–8) and the quarter
 * turns clockwise the user added by hand. Every image made from an original —
 * thumbnails, display JPEGs, exports — goes through `orient`, with the
 * orientation the journal records, never the file's tag alone (some cameras
 * turned the pixels and kept the tag: applying it again lays them sideways).
 */

export interface Turning {
  orientation: number;
  /** Quarter turns clockwise added by the user (0–3). */
  turns: number;
}

/** EXIF orientation as "turn clockwise by `angle`, then mirror left–right when `flop`". */
const EXIF: Record<number, { angle: number; flop: boolean }> = {
  1: { angle: 0, flop: false },
  2: { angle: 0, flop: true },
  3: { angle: 180, flop: false },
  4: { angle: 180, flop: true },
  5: { angle: 90, flop: true },
  6: { angle: 90, flop: false },
  7: { angle: 270, flop: true },
  8: { angle: 270, flop: false },
};

const mod360 = (n: number) => ((n % 360) + 360) % 360;

/**
 * Applies orientation then the user's turns. sharp runs an explicit flop
 * before its rotation, so "turn a, mirror, turn t" is rewritten as
 * "mirror, turn t − a" (mirroring reverses the direction of a turn).
 */
export function orient(pipeline: Sharp, { orientation, turns }: Turning): Sharp {
  const { angle, flop } = EXIF[orientation] ?? EXIF[1]!;
  const extra = 90 * (turns % 4);
  if (flop) pipeline.flop();
  const total = flop ? mod360(extra - angle) : mod360(angle + extra);
  return total ? pipeline.rotate(total) : pipeline;
}

/** Whether width and height trade places once the photo is upright. */
export function swapsSides({ orientation, turns }: Turning): boolean {
  return (orientation >= 5) !== (turns % 2 === 1);
}

/**
 * The orientation to apply to stored pixels `width` × `height`: the EXIF tag,
 * unless the camera already turned the pixels — its EXIF pixel dimensions
 * (PixelXDimension × PixelYDimension) then describe the upright picture, the
 * stored one's sides swapped (a Canon EOS 20D stores 2336 × 3504 and says
 * 3504 × 2336, orientation 6). A resized copy (EXIF size of the camera's
 * original, another aspect) is not taken for a turn.
 */
export function appliedOrientation(width: number, height: number, tag: number | undefined, exifWidth?: number, exifHeight?: number): number {
  const o = tag && tag >= 1 && tag <= 8 ? tag : 1;
  if (o < 5 || width === height || !exifWidth || !exifHeight) return o;
  return exifWidth === height && exifHeight === width ? 1 : o;
}
