import './search.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../core/store';
import { entryTitle } from '../../ui/entryText';
import { KindIcon } from '../../ui/KindIcon';
import { flattenHits, SEARCH_GROUPS, searchTrip, type SearchHit } from './searchTrip';
import { SnippetText } from './SnippetText';
import { requestEntryFocus } from '../../ui/focusRequest';

/**
 * Search across the open trip as you type (Ctrl+K). A modal dialog: focus
 * stays inside it (Tab cycles), arrow keys move through the results of every
 * group, Enter opens the entry on its day, Escape closes and gives focus back.
 */
export function SearchDialog() {
  const open = useStore((s) => s.searchOpen);
  const doc = useStore((s) => s.doc);
  if (!open || !doc) return null;
  return <SearchDialogBody />;
}

/** A paper no entry names opens in the Papers view, with the cursor in its title. */
function focusPaper(paperId: string | undefined) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-paper-id="${paperId}"] input, #papers-heading`)?.focus()),
  );
}

function SearchDialogBody() {
  const { t } = useTranslation('search');
  const { t: tj } = useTranslation('journal');
  const doc = useStore((s) => s.doc)!;
  const setSearchOpen = useStore((s) => s.setSearchOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialogRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();

  const groups = useMemo(() => searchTrip(doc, query), [doc, query]);
  const hits = useMemo(() => flattenHits(groups), [groups]);
  const entriesById = useMemo(() => new Map(doc.entries.map((e) => [e.id, e])), [doc.entries]);

  // Escape gives focus back where it was; opening a hit moves it to what was opened instead.
  const restoreFocus = useRef(true);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    inputRef.current?.focus();
    return () => {
      if (restoreFocus.current && before?.isConnected) before.focus();
    };
  }, []);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const close = () => setSearchOpen(false);
  const openHit = (hit: SearchHit) => {
    const s = useStore.getState();
    restoreFocus.current = false;
    close();
    if (hit.entryId) {
      s.selectDay(hit.day);
      s.selectEntry(hit.entryId);
      s.setTab('timeline');
      // The cursor goes to the field that matched (the notes, a Q&A answer…), else the title.
      requestEntryFocus({ entryId: hit.entryId, text: hit.matched, caretAt: query });
    } else {
      s.setTab('papers');
      focusPaper(hit.paperId);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing && event.target === inputRef.current) {
      event.preventDefault();
      const hit = hits[active];
      if (hit) openHit(hit);
    } else if (event.key === 'Tab') {
      // Keep focus inside the modal dialog.
      const focusables = [...(dialogRef.current?.querySelectorAll<HTMLElement>('input, button') ?? [])];
      const first = focusables[0];
      const last = focusables.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  let index = -1;
  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={dialogRef} className="search-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        {/* Plain blocks, not <header>/<footer>: inside the dialog they would be a second banner and contentinfo. */}
        <div className="search-head">
          <h2 id={titleId}>{t('title')}</h2>
          <button className="icon" aria-label={t('close')} onClick={close}>
            ×
          </button>
        </div>
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          role="combobox"
          aria-label={t('label')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder={t('placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="search-results" id={listId} role="listbox" aria-label={t('results')}>
          {SEARCH_GROUPS.filter((g) => groups[g].length).map((group) => (
            <div key={group} role="group" aria-label={t(`groups.${group}`)} className="search-group">
              <h3 aria-hidden="true">{t(`groups.${group}`)}</h3>
              {groups[group].map((hit) => {
                index += 1;
                const i = index;
                const entry = hit.entryId ? entriesById.get(hit.entryId) : undefined;
                const title = hit.group === 'papers' ? hit.title : entry ? entryTitle(entry, tj) : hit.title;
                return (
                  <div
                    key={`${group}-${hit.entryId ?? hit.paperId}`}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`search-hit ${i === active ? 'active' : ''}`}
                    onMouseMove={() => setActive(i)}
                    onClick={() => openHit(hit)}
                  >
                    {hit.kind ? <KindIcon kind={hit.kind} /> : <span className="kind-badge kind-note" aria-hidden="true" />}
                    <span className="search-hit-text">
                      <span className="search-hit-title">{title}</span>
                      {hit.snippet && <SnippetText className="search-hit-snippet" text={hit.snippet} />}
                    </span>
                    {hit.start && <span className="search-hit-when">{hit.start.replace('T', ' ')}</span>}
                  </div>
                );
              })}
            </div>
          ))}
          {query.trim() && hits.length === 0 && <p className="muted search-none">{t('noResults', { query: query.trim() })}</p>}
        </div>
        <p className="search-foot muted">{t('hint')}</p>
      </div>
    </div>
  );
}
