import { useDeferredValue, useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insertPhotoRef, PHOTO_REF } from '../../../electron/shared/domain/photo-ref';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { call, mediaUrl } from '../../core/api';
import { useStore } from '../../core/store';
import { Field } from '../../ui/Field';
import { renderMarkdown } from './markdown';
import { NotePhotos } from './NotePhotos';
import type { FieldError } from './useAutosave';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The preview shows `![caption](photo:ID)` as the photo itself: the sanitiser
 * would drop a `photo:` source, so each reference goes through it as a
 * fragment placeholder and gets the library URL (ours, not the user's) after.
 */
function previewHtml(markdown: string, photos: Photo[]): string {
  const byId = new Map(photos.map((p) => [p.id, p]));
  const html = renderMarkdown(markdown.replace(PHOTO_REF, (m, alt: string, id: string) => (byId.has(id) ? `![${alt}](#proceedings-photo-${id})` : m)));
  return html.replace(/src="#proceedings-photo-([A-Za-z0-9_-]+)"/g, (m, id: string) => {
    const p = byId.get(id);
    const file = p?.display ?? p?.thumb;
    return file ? `src="${escapeAttr(mediaUrl(file))}"` : m;
  });
}

/** The entry's Markdown notes with a live preview (math via KaTeX, HTML sanitised) and its photos to place. */
export function MarkdownBody({ value, onChange, error, entryId, day }: { value: string; onChange(body: string): void; error: FieldError | null; entryId?: string; day?: string }) {
  const { t } = useTranslation('editor');
  const photos = useStore((s) => s.doc?.photos);
  const area = useRef<HTMLTextAreaElement | null>(null);
  // Where the cursor was when the notes lost focus to a photo button (null: never placed → at the end).
  const caret = useRef<number | null>(null);
  // Rendering KaTeX on every keystroke of a long note would lag the typing.
  const deferred = useDeferredValue(value);
  const html = useMemo(() => (deferred.trim() ? previewHtml(deferred, photos ?? []) : ''), [deferred, photos]);
  const insert = (ref: string) => {
    const el = area.current;
    const at = el && document.activeElement === el ? el.selectionStart : Math.min(caret.current ?? value.length, value.length);
    const next = insertPhotoRef(value, at, ref);
    onChange(next.text);
    caret.current = next.caret;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  // Links in the preview open in the system browser, never inside the app window.
  const onPreviewClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) void call('app.openExternal', { url: href }).catch(() => undefined);
  };

  return (
    <div className="markdown-body-field wide">
      <Field label={t('body')} fields={['body']} error={error} hint={t('bodyHint')}>
        {(props) => <textarea {...props} ref={area} className="notes-input" aria-keyshortcuts="Control+J" rows={6} value={value} onBlur={(e) => (caret.current = e.currentTarget.selectionStart)} onChange={(e) => onChange(e.target.value)} />}
      </Field>
      {entryId && day && <NotePhotos entryId={entryId} day={day} onInsert={insert} />}
      {html && (
        <section className="markdown-preview" aria-label={t('preview')}>
          <div onClick={onPreviewClick} dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      )}
    </div>
  );
}
