import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { Instant, LocalDateTime, TimeZone } from './time';

export const ENTRY_KINDS = ['talk', 'poster', 'booth', 'person', 'meal', 'place', 'travel', 'note'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

export const TALK_FORMATS = ['oral', 'spotlight', 'keynote', 'invited', 'workshop'] as const;
export const MEAL_TYPES = ['breakfast', 'lunch', 'dinner', 'snack', 'drinks'] as const;

/** Single-line text (titles, names): see ./text for what is stripped. */
const text = (max: number) => singleLine(z.string().max(max));
const notes = (max: number) => multiLine(z.string().max(max));

export const Place = z.object({
  name: text(300).default(''),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export type Place = z.infer<typeof Place>;

export const QaItem = z.object({
  id: z.string().min(1),
  question: notes(5000).default(''),
  answer: notes(10000).default(''),
  askedBy: z.enum(['me', 'other']).default('me'),
  /** Who asked, when it was someone else (optional). */
  asker: text(200).default(''),
});
export type QaItem = z.infer<typeof QaItem>;

/** Fields every entry has, whatever its kind. */
const common = {
  id: z.string().min(1),
  start: LocalDateTime,
  end: LocalDateTime.optional(),
  /** Only for entries away from the venue's zone (a flight); defaults to the trip's zone. */
  timeZone: TimeZone.optional(),
  title: text(500).default(''),
  body: notes(200_000).default(''),
  tags: z.array(text(60)).max(50).default([]),
  place: Place.optional(),
  paperId: z.string().optional(),
  /** The programme session the entry was made from (programmes/<tripId>.json); it follows the session's moves. */
  sessionId: z.string().optional(),
  coverPhotoId: z.string().optional(),
  createdAt: Instant,
  updatedAt: Instant,
};

/** Another person met at the same time (a person entry can name several). */
export const PersonItem = z.object({
  name: text(200).default(''),
  affiliation: text(300).default(''),
});
export type PersonItem = z.infer<typeof PersonItem>;

/** People ask at orals and at booths too, so talks, posters and booths all carry Q&A. */
const qaList = z.array(QaItem).max(500).default([]);

export const TalkFields = z.object({
  format: z.enum(TALK_FORMATS).default('oral'),
  session: text(300).default(''),
  room: text(200).default(''),
  speakers: z.array(text(200)).max(100).default([]),
  qa: qaList,
});
export const PosterFields = z.object({
  board: text(50).default(''),
  qa: qaList,
});
export const BoothFields = z.object({
  organisation: text(300).default(''),
  /** What the booth showed (a demo, a product) and what it handed out. */
  shown: text(1000).default(''),
  handouts: text(1000).default(''),
  qa: qaList,
});
export const PersonFields = z.object({
  name: text(200).default(''),
  affiliation: text(300).default(''),
  contact: text(500).default(''),
  /** Everyone else met with the first person. */
  others: z.array(PersonItem).max(100).default([]),
});
export const MealFields = z.object({
  /** Absent when the writer did not say: the export infers it from the time or shows none, never "Lunch". */
  meal: z.enum(MEAL_TYPES).optional(),
  dish: text(300).default(''),
  rating: z.number().int().min(0).max(5).default(0),
  /** As written ("₪58", "$2/h"): prices are not converted. */
  price: text(100).default(''),
  /** The restaurant's page or a map link. */
  link: text(2000).default(''),
});
export const PlaceFields = z.object({ placeKind: z.enum(['sight', 'venue', 'shop', 'other']).default('sight') });
export const TravelFields = z.object({
  from: text(200).default(''),
  to: text(200).default(''),
  carrier: text(200).default(''),
});
export const NoteFields = z.object({});

export const KIND_FIELDS = {
  talk: TalkFields,
  poster: PosterFields,
  booth: BoothFields,
  person: PersonFields,
  meal: MealFields,
  place: PlaceFields,
  travel: TravelFields,
  note: NoteFields,
} as const;

export const Entry = z.discriminatedUnion('kind', [
  z.looseObject({ ...common, kind: z.literal('talk'), ...TalkFields.shape }),
  z.looseObject({ ...common, kind: z.literal('poster'), ...PosterFields.shape }),
  z.looseObject({ ...common, kind: z.literal('booth'), ...BoothFields.shape }),
  z.looseObject({ ...common, kind: z.literal('person'), ...PersonFields.shape }),
  z.looseObject({ ...common, kind: z.literal('meal'), ...MealFields.shape }),
  z.looseObject({ ...common, kind: z.literal('place'), ...PlaceFields.shape }),
  z.looseObject({ ...common, kind: z.literal('travel'), ...TravelFields.shape }),
  z.looseObject({ ...common, kind: z.literal('note'), ...NoteFields.shape }),
]);
export type Entry = z.infer<typeof Entry>;
export type EntryOf<K extends EntryKind> = Extract<Entry, { kind: K }>;

/**
 * What a caller may set on an entry. Kind-specific fields are accepted for
 * every kind here and checked against the kind by the journal service, so the
 * message can name the field ("`dish` is not a field of a talk").
 */
export const EntryFieldsInput = z
  .object({
    start: LocalDateTime,
    end: LocalDateTime.nullable(),
    timeZone: TimeZone.nullable(),
    title: text(500),
    body: notes(200_000),
    tags: z.array(singleLine(z.string().trim().min(1).max(60))).max(50),
    place: Place.nullable(),
    coverPhotoId: z.string().nullable(),
    /** A pasted arXiv / OpenReview / DOI / URL link; null detaches the paper. */
    paperLink: z.string().trim().max(2000).nullable(),
    paperTitle: text(500),
    paperAuthors: z.array(singleLine(z.string().trim().min(1).max(200))).max(200),
    format: TalkFields.shape.format.unwrap(),
    session: text(300),
    room: text(200),
    speakers: z.array(singleLine(z.string().trim().min(1).max(200))).max(100),
    board: text(50),
    qa: z.array(QaItem.partial({ id: true })).max(500),
    organisation: text(300),
    name: text(200),
    affiliation: text(300),
    contact: text(500),
    meal: MealFields.shape.meal.unwrap().nullable(),
    dish: text(300),
    rating: z.number().int().min(0).max(5),
    price: text(100),
    link: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    shown: text(1000),
    handouts: text(1000),
    others: z.array(PersonItem).max(100),
    placeKind: PlaceFields.shape.placeKind.unwrap(),
    from: text(200),
    to: text(200),
    carrier: text(200),
  })
  .partial()
  .strict();
export type EntryFieldsInput = z.infer<typeof EntryFieldsInput>;

export const EntryCreateInput = EntryFieldsInput.extend({ kind: EntryKind, start: LocalDateTime });
export type EntryCreateInput = z.infer<typeof EntryCreateInput>;
