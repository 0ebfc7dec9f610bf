import { useTranslation } from 'react-i18next';
import { MEAL_TYPES, TALK_FORMATS, type Entry, type EntryOf } from '../../../electron/shared/schemas/entry';
import { CommaListInput, Field } from '../../ui/Field';
import { QaList } from './QaList';
import { RatingInput } from './RatingInput';
import type { EntryPatch, FieldError } from './useAutosave';

const PLACE_KINDS = ['sight', 'venue', 'shop', 'other'] as const;

interface Props<E extends Entry = Entry> {
  entry: E;
  set(patch: EntryPatch): void;
  error: FieldError | null;
}

/** The fields only one kind of entry has. */
export function KindFields({ entry, set, error }: Props) {
  switch (entry.kind) {
    case 'talk':
      return <TalkFields entry={entry} set={set} error={error} />;
    case 'poster':
      return (
        <>
          <TextField label="board" value={entry.board} set={set} error={error} />
          <QaList items={entry.qa} onChange={(qa) => set({ qa })} error={error} />
        </>
      );
    case 'booth':
      return (
        <>
          <TextField label="organisation" value={entry.organisation} set={set} error={error} wide />
          <TextField label="shown" value={entry.shown} set={set} error={error} />
          <TextField label="handouts" value={entry.handouts} set={set} error={error} />
          <QaList items={entry.qa} onChange={(qa) => set({ qa })} error={error} />
        </>
      );
    case 'person':
      return (
        <>
          <TextField label="name" value={entry.name} set={set} error={error} />
          <TextField label="affiliation" value={entry.affiliation} set={set} error={error} />
          <OthersField entry={entry} set={set} error={error} />
          <TextField label="contact" value={entry.contact} set={set} error={error} wide />
        </>
      );
    case 'meal':
      return <MealFields entry={entry} set={set} error={error} />;
    case 'place':
      return <PlaceKindField entry={entry} set={set} error={error} />;
    case 'travel':
      return (
        <>
          <TextField label="from" value={entry.from} set={set} error={error} />
          <TextField label="to" value={entry.to} set={set} error={error} />
          <TextField label="carrier" value={entry.carrier} set={set} error={error} />
        </>
      );
    case 'note':
      return null;
  }
}

type TextKey =
  | 'board' | 'organisation' | 'shown' | 'handouts' | 'name' | 'affiliation' | 'contact' | 'from' | 'to' | 'carrier' | 'session' | 'room' | 'dish' | 'price' | 'link';

/** A plain text field whose label key and service field share one name. */
function TextField({ label, value, set, error, wide }: { label: TextKey; value: string; set(p: EntryPatch): void; error: FieldError | null; wide?: boolean }) {
  const { t } = useTranslation('editor');
  return (
    <Field label={t(label)} fields={[label]} error={error} className={wide ? 'wide' : ''}>
      {(props) => <input {...props} value={value} onChange={(e) => set({ [label]: e.target.value })} />}
    </Field>
  );
}

function TalkFields({ entry, set, error }: Props<EntryOf<'talk'>>) {
  const { t } = useTranslation('editor');
  const { t: tj } = useTranslation('journal');
  return (
    <>
      <Field label={t('format')} fields={['format']} error={error}>
        {(props) => (
          <select {...props} value={entry.format} onChange={(e) => set({ format: e.target.value as EntryOf<'talk'>['format'] })}>
            {TALK_FORMATS.map((f) => (
              <option key={f} value={f}>
                {tj(`formats.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="session" value={entry.session} set={set} error={error} />
      <TextField label="room" value={entry.room} set={set} error={error} />
      <Field label={t('speakers')} fields={['speakers']} error={error} hint={t('tagsHint')}>
        {(props) => <CommaListInput {...props} value={entry.speakers} onChange={(speakers) => set({ speakers })} />}
      </Field>
      <QaList items={entry.qa} onChange={(qa) => set({ qa })} error={error} />
    </>
  );
}

/** "Name (Affiliation), Name": everyone else met with the first person. */
function OthersField({ entry, set, error }: Props<EntryOf<'person'>>) {
  const { t } = useTranslation('editor');
  const toText = (p: { name: string; affiliation: string }) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);
  const parse = (list: string[]) =>
    list.map((item) => {
      const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(item);
      return m && m[1] ? { name: m[1], affiliation: m[2]!.trim() } : { name: item, affiliation: '' };
    });
  return (
    <Field label={t('others')} fields={['others']} error={error} hint={t('othersHint')} className="wide">
      {(props) => <CommaListInput {...props} value={entry.others.map(toText)} onChange={(list) => set({ others: parse(list) })} />}
    </Field>
  );
}

function MealFields({ entry, set, error }: Props<EntryOf<'meal'>>) {
  const { t } = useTranslation('editor');
  const { t: tj } = useTranslation('journal');
  return (
    <>
      <Field label={t('meal')} fields={['meal']} error={error}>
        {(props) => (
          <select {...props} value={entry.meal ?? ''} onChange={(e) => set({ meal: (e.target.value || null) as EntryOf<'meal'>['meal'] | null })}>
            {/* Not said: the export reads it from the time (or shows none), never "Lunch" by default. */}
            <option value="">{t('mealUnsaid')}</option>
            {MEAL_TYPES.map((m) => (
              <option key={m} value={m}>
                {tj(`meals.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="dish" value={entry.dish} set={set} error={error} />
      <TextField label="price" value={entry.price} set={set} error={error} />
      <TextField label="link" value={entry.link} set={set} error={error} />
      <div className="wide">
        <RatingInput value={entry.rating} onChange={(rating) => set({ rating })} />
      </div>
    </>
  );
}

function PlaceKindField({ entry, set, error }: Props<EntryOf<'place'>>) {
  const { t } = useTranslation('editor');
  const { t: tj } = useTranslation('journal');
  return (
    <Field label={t('placeKind')} fields={['placeKind']} error={error}>
      {(props) => (
        <select {...props} value={entry.placeKind} onChange={(e) => set({ placeKind: e.target.value as EntryOf<'place'>['placeKind'] })}>
          {PLACE_KINDS.map((k) => (
            <option key={k} value={k}>
              {tj(`placeKinds.${k}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
