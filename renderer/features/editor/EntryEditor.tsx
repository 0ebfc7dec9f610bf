import './editor.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tripDays } from '../../../electron/shared/domain/days';
import { looksLikePaperLink } from '../../../electron/shared/domain/paper-links';
import { splitLocal, startAndEnd } from '../../../electron/shared/domain/wall-clock';
import type { Entry, Place } from '../../../electron/shared/schemas/entry';
import { errorMessage } from '../../core/api';
import { registerCommand } from '../../core/commands';
import { useStore } from '../../core/store';
import { deleteWithUndo } from '../../core/deleteWithUndo';
import { KindIcon } from '../../ui/KindIcon';
import { CommaListInput, Field } from '../../ui/Field';
import { controlFor, onEntryFocusRequest } from '../../ui/focusRequest';
import { KindFields } from './KindFields';
import { MarkdownBody } from './MarkdownBody';
import { PaperLinkField } from './PaperLinkField';
import { TimeInput } from './TimeInput';
import { useAutosave, type EntryPatch } from './useAutosave';

/** The draft as the patch would leave it (null clears a field, as the service reads it). */
function applyToDraft(draft: Entry, patch: EntryPatch): Entry {
  const next: Record<string, unknown> = { ...draft };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'paperLink' || key === 'paperTitle' || key === 'paperAuthors') continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as Entry;
}

function placeFrom(name: string, lat: string, lng: string): Place | null {
  const place: Place = { name: name };
  if (lat.trim() !== '' && Number.isFinite(Number(lat))) place.lat = Number(lat);
  if (lng.trim() !== '' && Number.isFinite(Number(lng))) place.lng = Number(lng);
  return place.name || place.lat !== undefined || place.lng !== undefined ? place : null;
}

/**
 * Edits one entry, every change saved by itself (no Save button). The form keeps
 * its own draft, so what is being typed is never replaced by a save's answer;
 * it is keyed by entry id, so switching entries starts from the stored entry.
 */
export function EntryEditor({ entry, onClose }: { entry: Entry; onClose(): void }) {
  const { t } = useTranslation('editor');
  const { t: tj } = useTranslation('journal');
  const trip = useStore((s) => s.doc!.trip);
  const papers = useStore((s) => s.doc!.papers);
  const notify = useStore((s) => s.notify);
  const { change, flush, status, error } = useAutosave(entry.id);
  const [draft, setDraft] = useState<Entry>(entry);
  const titleRef = useRef<HTMLInputElement>(null);

  const initialTimes = useMemo(() => {
    const start = splitLocal(entry.start, trip.dayStartHour);
    return { day: start.day, start: start.time, end: entry.end ? entry.end.slice(11, 16) : '' };
  }, [entry.id]); // eslint-disable-line react-hooks/exhaustive-deps -- the draft owns the times after mount
  const [times, setTimes] = useState(initialTimes);
  const [coords, setCoords] = useState({ lat: entry.place?.lat?.toString() ?? '', lng: entry.place?.lng?.toString() ?? '' });

  const set = (patch: EntryPatch) => {
    setDraft((d) => applyToDraft(d, patch));
    change(patch);
  };

  const sectionRef = useRef<HTMLElement>(null);
  useEffect(
    () => onEntryFocusRequest(entry.id, (request) => controlFor(sectionRef.current, request.text, titleRef.current, request.caretAt)?.focus()),
    [entry.id],
  );

  // The paper the entry points to, from the store (the service links it after a save).
  const paperId = useStore((s) => s.doc!.entries.find((e) => e.id === entry.id)?.paperId);
  const paper = papers.find((p) => p.id === paperId) ?? null;
  // A title left empty by a pasted link takes the paper's title when the paper has one.
  useEffect(() => {
    if (paper?.title && !draft.title) set({ title: paper.title });
  }, [paper?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the linked paper changes

  // Notes sit after some twenty Tab stops (each time field takes four): Ctrl+J jumps there
  // from anywhere while this entry is open, the cursor at the end of what is written.
  useEffect(() => {
    const notes = () => sectionRef.current?.querySelector<HTMLTextAreaElement>('.notes-input');
    return registerCommand('jump-to-notes', {
      enabled: () => Boolean(notes()) && !useStore.getState().searchOpen,
      run: () => {
        const input = notes()!;
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      },
    });
  }, []);

  const setTimesAndSave = (next: typeof times) => {
    setTimes(next);
    if (!next.start) return; // a cleared start time is not saved; the entry keeps its last one
    set(startAndEnd(next.day, next.start, next.end, trip.dayStartHour));
  };

  const remove = async () => {
    try {
      await flush();
      await deleteWithUndo(entry.id);
    } catch (e) {
      notify({ kind: 'error', message: errorMessage(e) });
    }
  };

  const hasPaper = draft.kind === 'talk' || draft.kind === 'poster';
  const kindName = tj(`kinds.${draft.kind}`);
  const statusText = { idle: '', pending: t('saving'), saving: t('saving'), saved: t('saved'), error: t('notSaved') }[status];

  return (
    <section ref={sectionRef} className={`entry-editor kind-${draft.kind}`} aria-label={t('editorLabel', { kind: tj(`kindsLower.${draft.kind}`) })}>
      <header className="editor-head">
        <KindIcon kind={draft.kind} />
        <h2>{kindName}</h2>
        <span className={`save-status ${status}`} role="status" aria-live="polite">
          {statusText}
        </span>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('delete')}
        </button>
        <button type="button" className="icon" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {error && !error.field && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <div className="editor-grid">
        <Field label={t('title')} fields={['title']} error={error} className="wide" hint={hasPaper ? t('titleHint') : undefined}>
          {(props) => (
            <input
              {...props}
              ref={titleRef}
              className="title-input"
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
              onPaste={(e) => {
                const pasted = e.clipboardData.getData('text');
                if (!hasPaper || !looksLikePaperLink(pasted)) return;
                // A pasted paper link names the paper, not the talk: attach it instead of typing it.
                e.preventDefault();
                set({ paperLink: pasted.trim() });
              }}
            />
          )}
        </Field>
        <Field label={t('day')} fields={['start']} error={error}>
          {(props) => (
            <select {...props} value={times.day} onChange={(e) => setTimesAndSave({ ...times, day: e.target.value })}>
              {tripDays(trip).map((d) => (
                <option key={d.date} value={d.date}>
                  {d.date} · {d.kind === 'conference' ? tj('dayLabel', { index: d.number }) : tj('travelDay')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="time-pair">
          <Field label={t('start')} fields={['start']} error={null}>
            {(props) => <TimeInput {...props} required value={times.start} onChange={(start) => setTimesAndSave({ ...times, start })} />}
          </Field>
          <Field label={t('end')} fields={['end']} error={error}>
            {(props) => <TimeInput {...props} value={times.end} onChange={(end) => setTimesAndSave({ ...times, end })} />}
          </Field>
        </div>
        <KindFields entry={draft} set={set} error={error} />
        {hasPaper && (
          <PaperLinkField key={paper?.id ?? 'none'} paper={paper} error={error} onLink={(link) => set({ paperLink: link })} />
        )}
        <Field label={t('placeName')} fields={['place']} error={error}>
          {(props) => (
            <input {...props} value={draft.place?.name ?? ''} onChange={(e) => set({ place: placeFrom(e.target.value, coords.lat, coords.lng) })} />
          )}
        </Field>
        <div className="time-pair">
          {(['lat', 'lng'] as const).map((axis) => (
            <Field key={axis} label={t(axis)} fields={[]} error={null}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  step="any"
                  min={axis === 'lat' ? -90 : -180}
                  max={axis === 'lat' ? 90 : 180}
                  value={coords[axis]}
                  onChange={(e) => {
                    const next = { ...coords, [axis]: e.target.value };
                    setCoords(next);
                    set({ place: placeFrom(draft.place?.name ?? '', next.lat, next.lng) });
                  }}
                />
              )}
            </Field>
          ))}
        </div>
        <Field label={t('tags')} fields={['tags']} error={error} hint={t('tagsHint')} className="wide">
          {(props) => <CommaListInput {...props} value={draft.tags} onChange={(tags) => set({ tags })} />}
        </Field>
        <MarkdownBody value={draft.body} onChange={(body) => set({ body })} error={error} entryId={draft.id} day={times.day} />
      </div>
    </section>
  );
}
