import './programme.css';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictTitles, entriesBySession } from '../../../electron/shared/domain/programme-plan';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { errorMessage } from '../../core/api';
import { flushAll } from '../../core/flush';
import { useStore } from '../../core/store';
import { requestTitleFocus } from '../../ui/focusRequest';
import { filterSessions, NO_FILTER, type ProgrammeFilter } from './filterSessions';
import { ImportReportView } from './ImportReportView';
import { ProgrammeFilters } from './ProgrammeFilters';
import { SessionDetails } from './SessionDetails';
import { SessionList } from './SessionList';
import { localStamp } from './sessionText';
import { useProgrammeImport } from './useProgrammeImport';

/** The Programme tab: the conference's sessions by day, room and track, searchable, starred to plan. */
export function ProgrammeView() {
  const { t } = useTranslation('programme');
  const doc = useStore((s) => s.doc);
  const programme = useStore((s) => (s.programme && s.programme.tripId === s.doc?.trip.id ? s.programme : null));
  const report = useStore((s) => s.programmeReport);
  const busy = useStore((s) => s.programmeBusy);
  const loadProgramme = useStore((s) => s.loadProgramme);
  const starSession = useStore((s) => s.starSession);
  const attendSession = useStore((s) => s.attendSession);
  const dismissReport = useStore((s) => s.dismissProgrammeReport);
  const selectEntry = useStore((s) => s.selectEntry);
  const setTab = useStore((s) => s.setTab);
  const notify = useStore((s) => s.notify);
  const choose = useProgrammeImport();
  const [filter, setFilter] = useState<ProgrammeFilter>(NO_FILTER);
  // The keyboard's row, for one listing: a new day, filter or query starts again at the top (no extra render).
  const [active, setActive] = useState({ listing: '', index: 0 });
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => void loadProgramme(), [loadProgramme, doc?.trip.id]);

  const sessions = useMemo(() => programme?.sessions ?? [], [programme?.sessions]);
  // The day shown first: the journal's selected day when the programme has it, else the programme's first.
  const selectedDay = useStore((s) => s.selectedDay);
  const day = filter.day ?? (programme?.days.includes(selectedDay ?? '') ? selectedDay : (programme?.days[0] ?? null));
  // Typing stays responsive: the list follows the query at React's next idle moment.
  const query = useDeferredValue(filter.query);
  const shown = useMemo(() => filterSessions(sessions, { ...filter, day, query }), [sessions, filter, day, query]);
  const conflicts = useMemo(() => conflictTitles(sessions), [sessions]);
  const entryOf = useMemo(() => entriesBySession(doc?.entries ?? []), [doc?.entries]);
  const open = openId ? (sessions.find((s) => s.id === openId) ?? null) : null;

  const listing = JSON.stringify([day, filter.room, filter.track, filter.starredOnly, query]);
  const activeIndex = active.listing === listing ? active.index : 0;

  if (!doc) return null;
  const toggleStar = (s: ProgrammeSession) => void starSession(s.id, !s.starred);
  const openEntry = (entryId: string) => {
    selectEntry(entryId);
    setTab('timeline');
  };
  const attend = async (s: ProgrammeSession) => {
    try {
      await flushAll();
      const entry = await attendSession(s.id);
      setTab('timeline');
      requestTitleFocus(entry.id);
    } catch (error) {
      notify({ kind: 'error', i18n: { key: 'programme:attendFailed', params: { message: errorMessage(error) } } });
    }
  };

  const importButton = (
    <button className={programme?.importedAt ? '' : 'primary'} onClick={() => void choose()} disabled={busy}>
      {busy ? t('importing') : programme?.importedAt ? t('reimportButton') : t('importButton')}
    </button>
  );

  return (
    <div className="programme">
      <header className="programme-head">
        <div>
          <h1>{t('title')}</h1>
          {programme?.importedAt && (
            <p className="muted">
              {t('source', { count: sessions.length, name: programme.source?.name || programme.source?.format, when: localStamp(programme.importedAt) })}
            </p>
          )}
        </div>
        {importButton}
      </header>
      {report && <ImportReportView report={report} onDismiss={dismissReport} />}
      {programme && !programme.importedAt && (
        <div className="empty programme-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <p className="muted">{t('formats')}</p>
          {importButton}
        </div>
      )}
      {programme?.importedAt && (
        <>
          <ProgrammeFilters days={programme.days} rooms={programme.rooms} tracks={programme.tracks} day={day} filter={filter} onChange={setFilter} count={shown.length} />
          <div className={`programme-panes ${open ? 'with-details' : ''}`}>
            <section className="programme-list-pane" aria-label={t('sessions')}>
              <p className="muted programme-keys">{t('keys')}</p>
              <SessionList
                sessions={shown}
                query={query}
                showDate={query.trim() !== ''}
                activeIndex={Math.min(activeIndex, Math.max(0, shown.length - 1))}
                openId={openId}
                conflicts={conflicts}
                onActive={(index) => setActive({ listing, index })}
                onOpen={(s) => setOpenId(s.id)}
                onStar={toggleStar}
              />
            </section>
            {open && (
              <aside className="programme-details-pane">
                <SessionDetails
                  session={open}
                  entryId={entryOf.get(open.id) ?? null}
                  conflict={conflicts.get(open.id)}
                  onStar={() => toggleStar(open)}
                  onAttend={() => void attend(open)}
                  onOpenEntry={openEntry}
                  onClose={() => setOpenId(null)}
                />
              </aside>
            )}
          </div>
        </>
      )}
    </div>
  );
}
