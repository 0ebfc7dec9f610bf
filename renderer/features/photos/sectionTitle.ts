import type { TFunction } from 'i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';

/** "Keynote" or, untitled, the kind ("Talk") — what a person calls the entry. */
export function entryName(entry: Entry, t: TFunction): string {
  return entry.title.trim() || t(`photos:kinds.${entry.kind}`);
}

/** "10:30–10:50 · Keynote", from the stored wall-clock strings. */
export function entryLabel(entry: Entry, t: TFunction): string {
  const start = entry.start.slice(11, 16);
  const range = entry.end ? `${start}–${entry.end.slice(11, 16)}` : start;
  return `${range} · ${entryName(entry, t)}`;
}

export function photoName(photo: Photo): string {
  return photo.caption.trim() || photo.originalName;
}

/** The last part of a path (the dialog gives absolute paths, on Windows with backslashes). */
export function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).filter(Boolean).pop() ?? filePath;
}
