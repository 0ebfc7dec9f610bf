import { useDeferredValue, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api';
import { Field } from './Field';
import { renderMarkdown } from './markdown';
import type { FieldError } from './useAutosave';

/** The entry's Markdown notes with a live preview (math via KaTeX, HTML sanitised). */
export function MarkdownBody({ value, onChange, error }: { value: string; onChange(body: string): void; error: FieldError | null }) {
  const { t } = useTranslation('editor');
  // Rendering KaTeX on every keystroke of a long note would lag the typing.
  const deferred = useDeferredValue(value);
  const html = useMemo(() => (deferred.trim() ? renderMarkdown(deferred) : ''), [deferred]);

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
        {(props) => <textarea {...props} className="notes-input" aria-keyshortcuts="Control+J" rows={6} value={value} onChange={(e) => onChange(e.target.value)} />}
      </Field>
      {html && (
        <section className="markdown-preview" aria-label={t('preview')}>
          <div onClick={onPreviewClick} dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      )}
    </div>
  );
}
