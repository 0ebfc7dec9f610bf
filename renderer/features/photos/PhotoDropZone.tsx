import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, pathForFile } from '../../core/api';
import { useStore } from '../../core/store';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/**
 * Files and folders dropped anywhere on the window of an open trip are
 * imported (the bridge gives each dropped File's absolute path; a folder
 * arrives as a File too and is imported recursively). Mounted once by App.
 */
export function PhotoDropZone() {
  const { t } = useTranslation('photos');
  const [active, setActive] = useState(false);
  const tripOpen = useStore((s) => s.screen === 'trip' && !!s.doc);

  useEffect(() => {
    if (!tripOpen) return;
    // dragenter/dragleave fire for every child crossed: count them to know when the pointer left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop (and keeps the browser from opening the file)
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      const paths = files.map(pathForFile).filter((p) => p.length > 0);
      const s = useStore.getState();
      if (paths.length === 0) {
        s.notify({ kind: 'error', message: t('dropNoPaths') });
        return;
      }
      s.setTab('photos');
      s.importPhotos(paths).catch((error) => s.notify({ kind: 'error', message: errorMessage(error) }));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [tripOpen, t]);

  if (!active) return null;
  return (
    <div className="photo-drop-overlay" role="status">
      <div className="photo-drop-card">
        <strong>{t('dropTitle')}</strong>
        <span>{t('dropHint')}</span>
      </div>
    </div>
  );
}
