import { useEffect, useState } from 'react';

/**
 * "10:30", "1030", "9:05", "905" or "9" → "HH:MM" (24-hour); null when it is no time of day.
 * Typed on a laptop keyboard at night, the colon is optional.
 */
export function parseTime(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{1,2})[:.h](\d{2})$/.exec(value);
  if (!match) match = /^(\d{1,2})(\d{2})$/.exec(value);
  const hours = match ? Number(match[1]) : /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  const minutes = match ? Number(match[2]) : 0;
  if (!Number.isInteger(hours) || hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

interface Props {
  id: string;
  value: string;
  onChange(time: string): void;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A 24-hour time as one text field (one Tab stop, "HH:MM" in every language),
 * instead of the browser's time control, whose three segments and AM/PM follow
 * the browser's locale. A full "HH:MM" is saved as it is typed; a shorter form
 * ("1030") when the field is left or Enter is pressed.
 */
export function TimeInput({ value, onChange, required, ...rest }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const invalid = text.trim() !== '' && parseTime(text) === null;
  const commit = () => {
    if (!text.trim()) {
      if (!required) onChange('');
      return;
    }
    const time = parseTime(text);
    if (!time) return;
    setText(time);
    if (time !== value) onChange(time);
  };
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="HH:MM"
      maxLength={5}
      className="time-input"
      required={required}
      aria-invalid={invalid || rest['aria-invalid'] || undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (/^\d{1,2}:\d{2}$/.test(e.target.value.trim())) {
          const time = parseTime(e.target.value);
          if (time && time !== value) onChange(time);
        } else if (!e.target.value.trim() && !required) onChange('');
      }}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
