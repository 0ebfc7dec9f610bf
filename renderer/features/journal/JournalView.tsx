import './journal.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newEntryStart } from '../../../electron/shared/domain/new-entry';
import { conflictTitles, plannedSessions } from '../../../electron/shared/domain/programme-plan';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../../../electron/shared/schemas/entry';
import { errorMessage } from '../../core/api';
import { flushAll } from '../../core/flush';
import { useStore } from '../../core/store';
import { requestTitleFocus } from '../../ui/focusRequest';
import { DayStrip } from './DayStrip';
import { PlannedPanel } from './PlannedPanel';
import { KindIcon } from '../../ui/KindIcon';
import { Timeline } from './Timeline';
import { dayEntries, journalDays } from './dayIndex';

interface JournalViewProps {
  /** Shown in the head beside the trip's title (the shell puts the quick-capture bar here). */
  toolbar?: ReactNode;
  /** The editor of the open entry (the shell composes the editor feature here). */
  editor(entry: Entry, close: () => void): ReactNode;
}

/**
 * The open trip's journal: day strip, the selected day's timeline, and the
 * editor beside it. Features never import each other, so the capture bar and
 * the editor come in from the shell.
 */
export function JournalView({ toolbar, editor }: JournalViewProps) {
  const { t } = useTranslation('journal');
  const doc = useStore((s) => s.doc);
  const selectedDay = useStore((s) => s.selectedDay);
  const selectedEntryId = useStore((s) => s.selectedEntryId);
  const selectDay = useStore((s) => s.selectDay);
  const selectEntry = useStore((s) => s.selectEntry);
  const createEntry = useStore((s) => s.createEntry);
  const setScreen = useStore((s) => s.setScreen);
  const notify = useStore((s) => s.notify);
  const programme = useStore((s) => (s.programme && s.programme.tripId === s.doc?.trip.id ? s.programme : null));
  const loadProgramme = useStore((s) => s.loadProgramme);
  const starSession = useStore((s) => s.starSession);
  const attendSession = useStore((s) => s.attendSession);
  const [plannedId, setPlannedId] = useState<string | null>(null);

  // Per-day views built once per entries/photos revision (dayIndex): a keystroke re-indexes the entries, never the photos.
  const days = useMemo(() => (doc ? journalDays(doc) : []), [doc]);
  const entries = useMemo(() => (doc && selectedDay ? dayEntries(doc, selectedDay) : []), [doc, selectedDay]);
  // Starred sessions are the day's plan: loaded with the trip, shown until an entry is made from them.
  useEffect(() => void loadProgramme(), [loadProgramme, doc?.trip.id]);
  const sessions = programme?.sessions;
  const planned = useMemo(() => (sessions && doc && selectedDay ? plannedSessions(sessions, doc.entries, selectedDay) : []), [sessions, doc, selectedDay]);
  const conflicts = useMemo(() => conflictTitles(sessions ?? []), [sessions]);
  // An entry opened elsewhere (quick capture, search) takes the editor pane back from a planned session.
  useEffect(() => {
    if (selectedEntryId) setPlannedId(null);
  }, [selectedEntryId]);
  if (!doc) return null;
  const selected = doc.entries.find((e) => e.id === selectedEntryId) ?? null;
  const plannedOpen = !selected && plannedId ? (planned.find((p) => p.id === plannedId) ?? null) : null;

  const attend = async (sessionId: string) => {
    try {
      await flushAll();
      const entry = await attendSession(sessionId);
      setPlannedId(null);
      requestTitleFocus(entry.id);
    } catch (e) {
      notify({ kind: 'error', message: t('attendFailed', { message: errorMessage(e) }) });
    }
  };
  const openPlanned = (sessionId: string) => {
    selectEntry(null);
    setPlannedId(sessionId);
  };
  const day = days.find((d) => d.date === selectedDay);

  const add = async (kind: EntryKind) => {
    if (!selectedDay) return;
    try {
      await flushAll();
      const entry = await createEntry({ kind, start: newEntryStart(doc, selectedDay) });
      requestTitleFocus(entry.id);
    } catch (e) {
      notify({ kind: 'error', message: errorMessage(e) });
    }
  };

  const summary = [doc.trip.conference, doc.trip.city, `${doc.trip.start} – ${doc.trip.end}`, doc.trip.timeZone].filter(Boolean).join(' · ');

  return (
    <div className="journal">
      <header className="journal-head">
        <div className="journal-title">
          <h1>{doc.trip.title}</h1>
          <p className="muted">{summary}</p>
        </div>
        {toolbar}
        <button onClick={() => setScreen('edit-trip')}>{t('editTrip')}</button>
      </header>
      <DayStrip days={days} selected={selectedDay} onSelect={selectDay} />
      <div className={`journal-panes ${selected || plannedOpen ? 'with-editor' : ''}`}>
        <section
          className="timeline-pane"
          id="day-panel"
          role="tabpanel"
          aria-labelledby={selectedDay ? `day-tab-${selectedDay}` : undefined}
        >
          <div className="timeline-head">
            <h2>
              {day && (day.kind === 'conference' ? t('dayLabel', { index: day.number }) : t('travelDay'))}
              <span className="muted"> · {selectedDay}</span>
            </h2>
            <div className="add-buttons" role="group" aria-label={t('addEntry')}>
              {ENTRY_KINDS.map((kind) => (
                <button key={kind} className="add-button" aria-label={t('addKind', { kind: t(`kindsLower.${kind}`) })} title={t('addKind', { kind: t(`kindsLower.${kind}`) })} onClick={() => void add(kind)}>
                  <KindIcon kind={kind} />
                  <span aria-hidden="true">{t(`kinds.${kind}`)}</span>
                </button>
              ))}
            </div>
          </div>
          <Timeline
            key={selectedDay ?? ''}
            entries={entries}
            papers={doc.papers}
            selectedId={selectedEntryId}
            onOpen={selectEntry}
            plan={{ sessions: planned, conflicts, openId: plannedOpen?.id ?? null, onOpen: openPlanned }}
          />
        </section>
        <aside className="editor-pane">
          {selected ? (
            editor(selected, () => selectEntry(null))
          ) : plannedOpen ? (
            <PlannedPanel
              session={plannedOpen}
              conflict={conflicts.get(plannedOpen.id)}
              onAttend={() => void attend(plannedOpen.id)}
              onUnstar={() => {
                setPlannedId(null);
                void starSession(plannedOpen.id, false);
              }}
              onClose={() => setPlannedId(null)}
            />
          ) : (
            <p className="muted editor-placeholder">{t('pickEntry')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
