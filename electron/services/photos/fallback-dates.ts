import exifr from 'exifr';
import { parseCaptureReading, type CaptureReading } from './metadata';

/**
 * Capture times of files whose EXIF has none: scans, exports from photo
 * editors and agencies' files keep the date in XMP or IPTC. Read only when
 * EXIF gave no time (exifr's XMP parse costs more than the whole EXIF read),
 * in the order a photo manager trusts them: XMP exif:DateTimeOriginal, XMP
 * photoshop:DateCreated, IPTC DateCreated + TimeCreated, then XMP
 * xmp:CreateDate (which editors also set when they make a new file). A date
 * without a time of day is passed over: it cannot place a photo in a day.
 */

const OPTIONS = {
  reviveValues: false,
  translateValues: false,
  translateKeys: true,
  mergeOutput: false,
  silentErrors: true,
  chunked: false,
  tiff: false,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
} as const;

type Groups = Record<string, Record<string, unknown> | undefined>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** IPTC keeps "20070419" and "110315-0600" (or already "2007:04:19" / "11:03:15-06:00"). */
function iptcReading(date: unknown, time: unknown): CaptureReading | undefined {
  const d = str(date)?.replace(/[:-]/g, '');
  const t = str(time)?.replace(/:/g, '');
  if (!d || !t || !/^\d{8}$/.test(d)) return undefined;
  const m = /^(\d{2})(\d{2})(\d{2})([+-]\d{4}|Z)?$/.exec(t);
  if (!m) return undefined;
  const offset = m[4] === 'Z' ? '+00:00' : m[4] ? `${m[4].slice(0, 3)}:${m[4].slice(3)}` : undefined;
  const raw = `${d.slice(0, 4)}:${d.slice(4, 6)}:${d.slice(6, 8)} ${m[1]}:${m[2]}:${m[3]}`;
  const reading = parseCaptureReading(raw, offset);
  return reading && { ...reading, raw: `${str(date)} ${str(time)}`, from: 'iptc' };
}

function xmpReading(value: unknown): CaptureReading | undefined {
  const v = str(value);
  if (!v || !/T|\s\d{2}:/.test(v)) return undefined; // a date alone
  const reading = parseCaptureReading(v);
  return reading && { ...reading, from: 'xmp' };
}

export async function readFallbackCapture(source: Uint8Array): Promise<CaptureReading | undefined> {
  let groups: Groups | undefined;
  try {
    const buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    groups = (await exifr.parse(buf, OPTIONS as never)) as Groups | undefined;
  } catch {
    return undefined;
  }
  if (!groups) return undefined;
  const xmpNs = (name: string) => groups[name] ?? (name === 'xmp' ? groups.xap : undefined);
  return (
    xmpReading(xmpNs('exif')?.DateTimeOriginal) ??
    xmpReading(xmpNs('photoshop')?.DateCreated) ??
    iptcReading(groups.iptc?.DateCreated, groups.iptc?.TimeCreated) ??
    xmpReading(xmpNs('xmp')?.CreateDate)
  );
}
