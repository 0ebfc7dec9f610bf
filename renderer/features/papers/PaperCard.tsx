import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOfLocalTime } from '../../../electron/shared/domain/days';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper, PaperPatch } from '../../../electron/shared/schemas/paper';
import { call, errorMessage } from '../../core/api';
import { registerFlusher } from '../../core/flush';
import { useStore } from '../../core/store';
import { parseCommaList } from '../../ui/Field';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { entryTitle } from '../../ui/entryText';
import { KindIcon } from '../../ui/KindIcon';

const SAVE_DELAY_MS = 600;

/** Title and authors of a paper, saved shortly after typing stops (and on flush). */
function usePaperAutosave(paperId: string) {
  const pending = useRef<PaperPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  flushRef.current = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = {};
    if (!Object.keys(patch).length) return;
    try {
      await useStore.getState().updatePaper(paperId, patch);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  useEffect(() => {
    const flush = () => flushRef.current();
    const off = registerFlusher(flush);
    return () => {
      off();
      void flush();
    };
  }, []);
  const change = (patch: PaperPatch) => {
    pending.current = { ...pending.current, ...patch };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  };
  return { change, error };
}

/** One paper with its talks and posters side by side. */
export function PaperCard({ paper, entries, dayStartHour }: { paper: Paper; entries: Entry[]; dayStartHour: number }) {
  const { t } = useTranslation('papers');
  const { t: tj } = useTranslation('journal');
  const updatePaper = useStore((s) => s.updatePaper);
  const notify = useStore((s) => s.notify);
  const [title, setTitle] = useState(paper.title);
  const [authors, setAuthors] = useState(paper.authors.join(', '));
  const { change, error } = usePaperAutosave(paper.id);
  const name = title || paper.key;

  const openEntry = (entry: Entry) => {
    const s = useStore.getState();
    s.selectDay(dayOfLocalTime(entry.start, dayStartHour));
    s.selectEntry(entry.id);
    s.setTab('timeline');
  };
  const openLink = () => void call('app.openExternal', { url: paper.url }).catch((e) => notify({ kind: 'error', message: errorMessage(e) }));
  const toggleStar = () => void updatePaper(paper.id, { starred: !paper.starred }).catch((e) => notify({ kind: 'error', message: errorMessage(e) }));

  const columns: { key: 'talks' | 'posters' | 'other'; list: Entry[] }[] = [
    { key: 'talks', list: entries.filter((e) => e.kind === 'talk') },
    { key: 'posters', list: entries.filter((e) => e.kind === 'poster') },
  ];
  const other = entries.filter((e) => e.kind !== 'talk' && e.kind !== 'poster');
  if (other.length) columns.push({ key: 'other', list: other });

  return (
    <article data-paper-id={paper.id} className={`paper-card card ${paper.starred ? 'starred' : ''}`} aria-label={name}>
      {/* The title is a field; the heading gives the outline its h2 (columns are h3). */}
      <h2 className="visually-hidden">{name}</h2>
      <div className="paper-head">
        <button className={`star-toggle ${paper.starred ? 'on' : ''}`} aria-pressed={paper.starred} aria-label={t('starLabel', { title: name })} title={paper.starred ? t('unstar') : t('star')} onClick={toggleStar}>
          {paper.starred ? '★' : '☆'}
        </button>
        <div className="paper-fields">
          <label className="visually-hidden" htmlFor={`paper-title-${paper.id}`}>
            {t('title')}
          </label>
          <input
            id={`paper-title-${paper.id}`}
            className="paper-title"
            placeholder={t('untitled')}
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              change({ title: e.target.value });
            }}
          />
          <label className="visually-hidden" htmlFor={`paper-authors-${paper.id}`}>
            {t('authors')}
          </label>
          <input
            id={`paper-authors-${paper.id}`}
            className="paper-authors"
            placeholder={`${t('authors')} (${t('authorsHint')})`}
            value={authors}
            onChange={(e) => {
              setAuthors(e.target.value);
              change({ authors: parseCommaList(e.target.value) });
            }}
          />
          {error && (
            <small role="alert" className="field-error">
              {error}
            </small>
          )}
        </div>
      </div>
      <p className="paper-meta">
        <span className="paper-key">{paper.key}</span>
        <button className="link-button" onClick={openLink} title={t('open')}>
          {paper.url}
        </button>
      </p>
      <div className="paper-columns">
        {columns.map((column) => (
          <section key={column.key} className="paper-column" aria-label={t(column.key)}>
            <h3>{t(column.key)}</h3>
            {column.list.length === 0 ? (
              <p className="muted">{t('none')}</p>
            ) : (
              <ul>
                {column.list.map((entry) => (
                  <li key={entry.id}>
                    <button className="paper-entry" onClick={() => openEntry(entry)}>
                      <KindIcon kind={entry.kind} />
                      <span>
                        <span className="paper-entry-title">{entryTitle(entry, tj)}</span>
                        <span className="muted paper-entry-when">
                          {dayOfLocalTime(entry.start, dayStartHour)} · {timeRange(entry)}
                          {entry.kind === 'poster' && entry.qa.length > 0 && ` · ${tj('qaCount', { count: entry.qa.length })}`}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </article>
  );
}
