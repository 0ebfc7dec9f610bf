import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import type { MenuItem } from '../../ui/MenuButton';
import type { PhotoSection } from './photoModel';
import type { MoveTarget } from './photosSlice';
import { entryLabel, photoName } from './sectionTitle';

/** What the tile menu, the drag and drop and the viewer all do to a photo, with errors shown as notices. */
export function usePhotoActions() {
  const { t } = useTranslation('photos');
  return useMemo(() => {
    const s = () => useStore.getState();
    const fail = (error: unknown) => s().notify({ kind: 'error', message: errorMessage(error) });
    const actions = {
      move(photo: Photo, to: MoveTarget) {
        s().movePhotos([photo.id], to).catch(fail);
      },
      clearPlace(photo: Photo) {
        s().clearPhotoPlace([photo.id]).catch(fail);
      },
      rotate(photo: Photo, quarterTurns: number) {
        s().rotatePhotos([photo.id], quarterTurns).catch(fail);
      },
      toggleEntryCover(photo: Photo, entry: Entry) {
        s().setPhotoCover({ entryId: entry.id }, entry.coverPhotoId === photo.id ? null : photo.id).catch(fail);
      },
      toggleDayCover(photo: Photo) {
        const isCover = s().doc?.trip.days[photo.day]?.coverPhotoId === photo.id;
        s().setPhotoCover({ day: photo.day }, isCover ? null : photo.id).catch(fail);
      },
      toggleExclude(photo: Photo) {
        s().updatePhoto(photo.id, { excludeFromExport: !photo.excludeFromExport }).catch(fail);
      },
      remove(photo: Photo) {
        s()
          .removePhotos([photo.id])
          .then((removed) =>
            s().notify({
              kind: 'info',
              message: t('removed', { name: photoName(photo) }),
              action: { label: t('undo'), run: () => void s().restorePhotos(removed).catch(fail) },
            }),
          )
          .catch(fail);
      },
      /** The ⋯ menu of a tile: move to any group of the day, covers, exports, open, remove. */
      menuItems(photo: Photo, sections: PhotoSection[]): MenuItem[] {
        const doc = s().doc;
        const entry = photo.entryId ? doc?.entries.find((e) => e.id === photo.entryId) : undefined;
        const items: MenuItem[] = [];
        for (const section of sections) {
          const target = section.entry?.id ?? null;
          if (target === photo.entryId) continue; // where it already is
          items.push({
            key: `move-${section.key}`,
            label: t('moveTo', { where: section.entry ? entryLabel(section.entry, t) : t('unsorted') }),
            run: () => actions.move(photo, { entryId: target }),
          });
        }
        if (photo.placement === 'manual') items.push({ key: 'auto', label: t('moveAuto'), run: () => actions.move(photo, { auto: true }) });
        if (entry) {
          items.push({ key: 'cover-entry', label: t('coverOfEntry'), checked: entry.coverPhotoId === photo.id, separated: true, run: () => actions.toggleEntryCover(photo, entry) });
        }
        items.push({
          key: 'cover-day',
          label: t('coverOfDay'),
          checked: doc?.trip.days[photo.day]?.coverPhotoId === photo.id,
          separated: !entry,
          run: () => actions.toggleDayCover(photo),
        });
        items.push({ key: 'rotate-left', label: t('rotateLeft'), separated: true, run: () => actions.rotate(photo, -1) });
        items.push({ key: 'rotate-right', label: t('rotateRight'), run: () => actions.rotate(photo, 1) });
        items.push({ key: 'exclude', label: t('excludeFromExport'), checked: photo.excludeFromExport, run: () => actions.toggleExclude(photo) });
        items.push({ key: 'open', label: photo.flagged ? t('openToSetTime') : t('openDetails'), separated: true, run: () => s().openViewer(photo.id) });
        items.push({ key: 'remove', label: t('remove'), danger: true, run: () => actions.remove(photo) });
        return items;
      },
    };
    return actions;
  }, [t]);
}
