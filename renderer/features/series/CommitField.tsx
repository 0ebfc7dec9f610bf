import { useState, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  onCommit(value: string): void;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
  maxLength?: number;
}

/**
 * A text field that saves when the user is done with it (blur, or Enter on a
 * single line) instead of on every keystroke: each save replaces the whole
 * arrangement, so typing a title must not send one request per letter.
 * Escape puts back the saved value.
 */
export function CommitField({ value, onCommit, label, placeholder, multiline, className, maxLength }: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // A new value from the service (or a rollback) replaces the draft.
  if (value !== saved) {
    setSaved(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      setDraft(value);
      e.currentTarget.blur();
    } else if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      commit();
    }
  };
  const common = {
    'aria-label': label,
    className,
    placeholder,
    maxLength,
    value: draft,
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...common} rows={draft ? 3 : 1} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(e) => setDraft(e.target.value)} />
  );
}
