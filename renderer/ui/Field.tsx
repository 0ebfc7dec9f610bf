import { useId, useState, type ReactNode } from 'react';

/** A service error about one field, shown beside that field. */
export interface FieldError {
  /** The field the service named, or null when it named none we sent. */
  field: string | null;
  message: string;
}

interface FieldProps {
  label: string;
  /** Service field names this control edits; the error shows here when it names one of them. */
  fields?: string[];
  error?: FieldError | null;
  hint?: string;
  className?: string;
  children(props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }): ReactNode;
}

/**
 * A labelled control with its hint and the service's error beside it. The
 * error sits outside the <label>, so the control's accessible name stays just
 * the label.
 */
export function Field({ label, fields = [], error, hint, className = '', children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const failed = Boolean(error?.field && fields.includes(error.field));
  const describedBy = [hint ? hintId : '', failed ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': failed || undefined })}
      {hint && <small id={hintId}>{hint}</small>}
      {failed && (
        <small id={errorId} role="alert" className="field-error">
          {error!.message}
        </small>
      )}
    </div>
  );
}

/** "a, b, c" ⇄ ["a","b","c"]; keeps what is typed (trailing comma, spaces) until it is parsed. */
export function CommaListInput(props: {
  id: string;
  value: string[];
  onChange(list: string[]): void;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { value, onChange, ...rest } = props;
  const [text, setText] = useState(value.join(', '));
  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseCommaList(e.target.value));
      }}
    />
  );
}

export function parseCommaList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
