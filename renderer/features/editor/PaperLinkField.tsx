import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../../electron/shared/schemas/paper';
import { call, errorMessage } from '../../core/api';
import { useLookUpAgain } from '../../core/paperLookup';
import { useStore } from '../../core/store';
import { Field } from '../../ui/Field';
import { PaperLookupInfo } from '../../ui/PaperLookupInfo';
import type { FieldError } from './useAutosave';

interface Props {
  paper: Paper | null;
  /** Sends the link (null detaches); the service normalises it and links the shared paper record. */
  onLink(link: string | null): void;
  error: FieldError | null;
}

/**
 * The paper of a talk or poster. The link is sent when pasted, on Enter or when
 * the field is left — not per keystroke, since "arxiv.or" half-typed would be
 * a valid web link to nothing and make a stray paper record.
 */
export function PaperLinkField({ paper, onLink, error }: Props) {
  const { t } = useTranslation('editor');
  const updatePaper = useStore((s) => s.updatePaper);
  const notify = useStore((s) => s.notify);
  const lookupsOn = useStore((s) => s.paperLookups);
  const again = useLookUpAgain(paper?.id ?? '');
  const [text, setText] = useState(paper?.url ?? '');
  const [sent, setSent] = useState(paper?.url ?? '');

  const commit = (value: string) => {
    const link = value.trim();
    if (link === sent) return;
    setSent(link);
    onLink(link || null);
  };
  const open = (url: string) => void call('app.openExternal', { url }).catch((e) => notify({ kind: 'error', message: errorMessage(e) }));
  const toggleStar = (p: Paper) =>
    void updatePaper(p.id, { starred: !p.starred }).catch((e) => notify({ kind: 'error', message: errorMessage(e) }));

  return (
    <div className="paper-link wide">
      <Field label={t('paperLink')} fields={['paperLink']} error={error} hint={t('paperLinkHint')}>
        {(props) => (
          <input
            {...props}
            type="url"
            inputMode="url"
            placeholder="https://arxiv.org/abs/…"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text');
              if (!pasted) return;
              e.preventDefault();
              setText(pasted.trim());
              commit(pasted);
            }}
            onBlur={() => commit(text)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                e.preventDefault();
                commit(text);
              }
            }}
          />
        )}
      </Field>
      {paper && (
        <div className="paper-linked" role="group" aria-label={t('paperLinked')}>
          <button
            type="button"
            className={`star-toggle ${paper.starred ? 'on' : ''}`}
            aria-pressed={paper.starred}
            aria-label={t('star')}
            title={t('star')}
            onClick={() => toggleStar(paper)}
          >
            {paper.starred ? '★' : '☆'}
          </button>
          <span className="paper-key">{paper.key}</span>
          <button type="button" className="link-button" onClick={() => open(paper.url)} aria-label={t('openPaper', { url: paper.url })}>
            {paper.url}
          </button>
        </div>
      )}
      {paper && (
        <PaperLookupInfo paper={paper} lookupsOn={lookupsOn} busy={again.busy} onLookUpAgain={again.run} onOpen={open} showTitle />
      )}
    </div>
  );
}
