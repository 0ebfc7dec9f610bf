import type { TFunction } from 'i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { entryLabel, entryName } from './sectionTitle';
import type { DescribeMarker, MarkerText } from './TripMap';

/**
 * A map pin's words — its label (hover, screen readers) and its row in the
 * list beside the map — built the first time that pin or row is shown, then
 * kept. A whole trip has thousands of pins and shows a few dozen: building
 * every label up front was thousands of translations in one task (issue #16).
 * One describer per document, language and scope; a new one starts empty.
 */
export function describeMarkers(byId: { photos: Map<string, Photo>; entries: Map<string, Entry> }, t: TFunction, wholeTrip: boolean): DescribeMarker {
  const cache = new Map<string, MarkerText>();
  // Over the whole trip the day goes first, as an ISO date like everywhere else.
  const when = (localTime: string, time: string) => (wholeTrip ? `${localTime.slice(0, 10)} ${time}` : time);
  return ({ point }) => {
    const key = `${point.kind}-${point.id}`;
    const known = cache.get(key);
    if (known) return known;
    let text: MarkerText;
    if (point.kind === 'photo') {
      const photo = byId.photos.get(point.id);
      const name = photo?.caption || photo?.originalName || '';
      const label = t(photo?.gpsEstimated ? 'photos:photoMarkerEstimated' : 'photos:photoMarker', { name });
      text = { label, listTime: when(point.localTime, point.localTime.slice(11, 16)), listLabel: label };
    } else {
      const entry = byId.entries.get(point.id)!;
      const kind = t(`photos:kinds.${entry.kind}`);
      text = {
        label: t('photos:entryMarker', { kind, entry: entryLabel(entry, t) }),
        // The list shows the time in its own column: the entry's name once, without its time again.
        listTime: when(entry.start, entryLabel(entry, t).split(' · ')[0]!),
        listLabel: t('photos:entryMarker', { kind, entry: entryName(entry, t) }),
      };
    }
    cache.set(key, text);
    return text;
  };
}
