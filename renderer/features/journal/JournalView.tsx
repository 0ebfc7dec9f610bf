import { tripDays } from '../../../electron/shared/domain/days';
import { useStore } from '../../app/store';

/** The day strip and the selected day's timeline (the journal feature fills this in). */
export function JournalView() {
  const doc = useStore((s) => s.doc);
  if (!doc) return null;
  return (
    <section aria-label="Days">
      <ol className="day-strip">
        {tripDays(doc.trip).map((d) => (
          <li key={d.date}>{d.date}</li>
        ))}
      </ol>
    </section>
  );
}
