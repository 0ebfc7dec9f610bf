import type { z } from 'zod';
import { invalidInput } from './errors';

/**
 * How far each parse trusts its input (Signal Desktop's parseUnknown / parseStrict):
 * - untrusted, from outside the process — a renderer request (the dispatcher), CLI options,
 *   a script's object: parsed strictly once, here, at that caller's edge; refused with every
 *   bad field named, nothing changed;
 * - already parsed — what a handler or a CLI command passes on: typed, never parsed again;
 * - documents read back from disk: validated by the library when read (files can be damaged
 *   or written by a newer version), which is not a re-parse of a request.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, field = ''): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error, field);
  return parsed.data;
}
