import { z } from 'zod';
import { LocalDate } from './time';

export const Section = z.discriminatedUnion('type', [
  z.object({ type: z.literal('day'), date: LocalDate }),
  z.object({ type: z.literal('entry'), entryId: z.string().min(1) }),
]);
export type Section = z.infer<typeof Section>;

export const Part = z.object({
  id: z.string().min(1),
  /** Empty means the default "<series title> N". */
  title: z.string().max(300).default(''),
  intro: z.string().max(50_000).default(''),
  coverPhotoId: z.string().optional(),
  sections: z.array(Section).default([]),
});
export type Part = z.infer<typeof Part>;

export const Series = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  parts: z.array(Part).default([]),
});
export type Series = z.infer<typeof Series>;
