import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** 0–5 stars as a radio group: arrow keys change it, screen readers hear "3 stars". */
export function RatingInput({ value, onChange }: { value: number; onChange(rating: number): void }) {
  const { t } = useTranslation('editor');
  const name = useId();
  return (
    <fieldset className="rating">
      <legend>{t('rating')}</legend>
      {[0, 1, 2, 3, 4, 5].map((n) => (
        <label key={n} className={`rating-option ${n === 0 ? 'none' : n <= value ? 'on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={n}
            checked={value === n}
            onChange={() => onChange(n)}
            aria-label={n === 0 ? t('ratingNone') : t('ratingStars', { count: n })}
          />
          <span aria-hidden="true">{n === 0 ? '∅' : '★'}</span>
        </label>
      ))}
    </fieldset>
  );
}
