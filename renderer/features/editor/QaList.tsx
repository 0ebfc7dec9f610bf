import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaItem } from '../../../electron/shared/schemas/entry';
import type { FieldError } from './useAutosave';

let nextLocalId = 0;
/** Ids are made here so React keys and focus survive the save; the service keeps any non-empty id. */
function newQaItem(): QaItem {
  nextLocalId += 1;
  return { id: `qa-${Date.now().toString(36)}-${nextLocalId}`, question: '', answer: '', askedBy: 'me', asker: '' };
}

/** Enter pressed to confirm a Hangul (or any IME) composition must not act as a command. */
function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * A poster's Q&A, typed question by question from the keyboard: Enter in a
 * question moves to its answer; Enter (or Ctrl+Enter) in an answer adds the
 * next question. Shift+Enter keeps a new line in the answer.
 */
export function QaList({ items, onChange, error }: { items: QaItem[]; onChange(items: QaItem[]): void; error: FieldError | null }) {
  const { t } = useTranslation('editor');
  const questions = useRef(new Map<string, HTMLInputElement>());
  const answers = useRef(new Map<string, HTMLTextAreaElement>());
  const [focusQuestion, setFocusQuestion] = useState<string | null>(null);

  useEffect(() => {
    if (!focusQuestion) return;
    questions.current.get(focusQuestion)?.focus();
    setFocusQuestion(null);
  }, [focusQuestion]);

  const update = (id: string, patch: Partial<QaItem>) => onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const add = () => {
    const item = newQaItem();
    onChange([...items, item]);
    setFocusQuestion(item.id);
  };
  const remove = (id: string) => onChange(items.filter((item) => item.id !== id));

  const onQuestionKey = (event: KeyboardEvent<HTMLInputElement>, id: string) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    answers.current.get(id)?.focus();
  };
  const onAnswerKey = (event: KeyboardEvent<HTMLTextAreaElement>, index: number) => {
    if (event.key !== 'Enter' || event.shiftKey || isComposing(event)) return;
    event.preventDefault();
    const next = items[index + 1];
    if (next) setFocusQuestion(next.id);
    else add();
  };

  const failed = error?.field === 'qa';
  return (
    <fieldset className="qa-list wide">
      <legend>{t('qa')}</legend>
      <p className="muted small">{t('qaHint')}</p>
      <ol>
        {items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={item.id} className="qa-item">
              <div className="qa-question">
                <span className="qa-mark" aria-hidden="true">Q{n}</span>
                <input
                  ref={(el) => void (el ? questions.current.set(item.id, el) : questions.current.delete(item.id))}
                  aria-label={t('question', { n })}
                  value={item.question}
                  onChange={(e) => update(item.id, { question: e.target.value })}
                  onKeyDown={(e) => onQuestionKey(e, item.id)}
                />
                <button type="button" className="icon" aria-label={t('removeQa', { n })} onClick={() => remove(item.id)}>
                  ×
                </button>
              </div>
              <div className="qa-answer">
                <span className="qa-mark" aria-hidden="true">A</span>
                <textarea
                  ref={(el) => void (el ? answers.current.set(item.id, el) : answers.current.delete(item.id))}
                  aria-label={t('answer', { n })}
                  rows={2}
                  value={item.answer}
                  onChange={(e) => update(item.id, { answer: e.target.value })}
                  onKeyDown={(e) => onAnswerKey(e, index)}
                />
              </div>
              <div className="qa-asker">
                <label>
                  <span>{t('askedBy')}</span>
                  <select
                    aria-label={`${t('askedBy')} ${n}`}
                    value={item.askedBy}
                    onChange={(e) => update(item.id, { askedBy: e.target.value as QaItem['askedBy'] })}
                  >
                    <option value="me">{t('askedByMe')}</option>
                    <option value="other">{t('askedByOther')}</option>
                  </select>
                </label>
                {item.askedBy === 'other' && (
                  <input
                    aria-label={`${t('asker')} ${n}`}
                    placeholder={t('asker')}
                    value={item.asker}
                    onChange={(e) => update(item.id, { asker: e.target.value })}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {failed && (
        <small role="alert" className="field-error">
          {error!.message}
        </small>
      )}
      <button type="button" onClick={add}>
        + {t('addQuestion')}
      </button>
    </fieldset>
  );
}
