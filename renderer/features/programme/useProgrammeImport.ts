import { useCallback } from 'react';
import { call, errorMessage } from '../../core/api';
import { useStore } from '../../core/store';

/** "Import programme…": main's file chooser, then an import of the path it returned (the only file main will read). */
export function useProgrammeImport(): () => Promise<void> {
  const importProgramme = useStore((s) => s.importProgramme);
  const notify = useStore((s) => s.notify);
  return useCallback(async () => {
    try {
      const { paths } = await call('app.chooseFiles', { purpose: 'programme' });
      if (paths[0]) await importProgramme({ path: paths[0] });
    } catch (error) {
      notify({ kind: 'error', i18n: { key: 'programme:importFailed', params: { message: errorMessage(error) } } });
    }
  }, [importProgramme, notify]);
}
