import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { photosStrings } from '../../../../renderer/features/photos/strings';
import { describeMarkers } from '../../../../renderer/features/photos/markerText';
import { routePoints } from '../../../../renderer/features/photos/photoModel';
import { entry, photo, trip } from '../../domain/fixtures';

/** Issue #16: a map pin's words are built when the pin or its row is shown, once, not for every pin up front. */
describe('map pin words', () => {
  const keynote = entry('keynote', '2022-10-24T10:30', { end: '2022-10-24T10:50', title: 'RAFT', place: { name: 'Hall B', lat: 32.1, lng: 34.8 } });
  const doc = trip(
    [keynote],
    [
      photo('sea', '2022-10-24T18:02:00', { caption: '야파 항구', gps: { lat: 32.05, lng: 34.75 } }),
      photo('guess', '2022-10-24T18:30:00', { originalName: 'DSC_1.JPG', gps: { lat: 32.06, lng: 34.76 }, gpsEstimated: 'phone' }),
    ],
  );
  const byId = { photos: new Map(doc.photos.map((p) => [p.id, p])), entries: new Map(doc.entries.map((e) => [e.id, e])) };
  const points = routePoints(doc, null);
  const at = (id: string) => ({ point: points.find((p) => p.id === id)! });

  const i18n = i18next.createInstance();
  let photosT: TFunction;
  beforeAll(async () => {
    await i18n.init({ lng: 'en', resources: { en: { photos: photosStrings.en } }, defaultNS: 'photos', interpolation: { escapeValue: false } });
    photosT = i18n.getFixedT('en', 'photos');
  });

  it('says what each pin is, with the day first over the whole trip', () => {
    const words = describeMarkers(byId, photosT, true);
    expect(words(at('sea'))).toEqual({ label: 'Photo: 야파 항구', listTime: '2022-10-24 18:02', listLabel: 'Photo: 야파 항구' });
    expect(words(at('guess')).label).toBe('Photo (estimated place): DSC_1.JPG');
    expect(words(at('keynote'))).toEqual({ label: 'Talk: 10:30–10:50 · RAFT', listTime: '2022-10-24 10:30–10:50', listLabel: 'Talk: RAFT' });
    expect(describeMarkers(byId, photosT, false)(at('sea')).listTime).toBe('18:02');
  });

  it('builds a pin’s words on first use only, and keeps them', () => {
    let translations = 0;
    const t = ((...args: Parameters<TFunction>) => {
      translations++;
      return photosT(...args);
    }) as TFunction;
    const words = describeMarkers(byId, t, true);
    expect(translations).toBe(0);
    const first = words(at('sea'));
    const after = translations;
    expect(after).toBeGreaterThan(0);
    expect(words(at('sea'))).toBe(first);
    expect(translations).toBe(after);
  });
});
