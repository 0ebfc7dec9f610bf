import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';

/** Small in-memory trips for the domain's and the renderer's pure helpers and slices (no services involved). */

const AT = '2022-10-20T00:00:00.000Z';

export function photo(id: string, localTime: string, over: Partial<Photo> = {}): Photo {
  return {
    id,
    sha256: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a').slice(0, 64),
    file: `media/originals/${id}.jpg`,
    thumb: `media/thumbs/${id}.jpg`,
    display: `media/originals/${id}.jpg`,
    originalName: `${id}.jpg`,
    mime: 'image/jpeg',
    bytes: 1000,
    width: 400,
    height: 300,
    orientation: 1,
    turns: 0,
    cameraKey: null,
    capture: { source: 'exif-offset', raw: '', originalInstant: AT },
    // The trip is in Tel Aviv (UTC+3 in October): wall clock minus three hours.
    takenAt: new Date(Date.parse(`${localTime}Z`) - 3 * 3600_000).toISOString(),
    localTime,
    day: localTime.slice(0, 10),
    entryId: null,
    placement: 'auto',
    caption: '',
    excludeFromExport: false,
    flagged: false,
    importedAt: AT,
    ...over,
  };
}

export function entry(id: string, start: string, over: Partial<Entry> = {}): Entry {
  return { id, kind: 'talk', start, title: id, body: '', tags: [], createdAt: AT, updatedAt: AT, format: 'oral', session: '', room: '', speakers: [], ...over } as Entry;
}

export function trip(entries: Entry[], photos: Photo[]): TripDocument {
  return {
    schemaVersion: 1,
    trip: {
      id: 'trip1',
      title: 'ECCV',
      conference: '',
      city: 'Tel Aviv',
      venue: '',
      start: '2022-10-24',
      end: '2022-10-25',
      timeZone: 'Asia/Jerusalem',
      homeTimeZone: 'Asia/Seoul',
      travelDaysBefore: 0,
      travelDaysAfter: 0,
      dayStartHour: 4,
      days: {},
      createdAt: AT,
      updatedAt: AT,
    },
    entries,
    papers: [],
    photos,
    cameras: [],
    series: [],
  };
}
