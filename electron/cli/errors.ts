import { ZodError } from 'zod';
import { AppError, invalidInput, toAppError } from '../services/util/errors';

/**
 * Any error as the CLI reports it: a zod error (a service that parsed its input
 * with `.parse`) becomes an invalid-input error naming each field, never a raw dump.
 */
export function cliError(error: unknown): AppError {
  if (error instanceof ZodError) return invalidInput(error);
  return toAppError(error);
}

interface Issue {
  path: string[];
  message: string;
}

const issuesOf = (e: AppError): Issue[] => (Array.isArray(e.details?.issues) ? (e.details.issues as Issue[]) : []);

/** Readable text: one line, or with several bad fields a line per field. */
export function humanMessage(e: AppError): string {
  const issues = issuesOf(e);
  if (issues.length < 2) return `proceedings: ${e.message}`;
  return ['proceedings: Invalid input —', ...issues.map((i) => `  ${i.path.join('.') || '(input)'}: ${i.message}`)].join('\n');
}

/** The one JSON document written to stderr under --json. */
export function jsonMessage(e: AppError): string {
  const issues = issuesOf(e);
  return JSON.stringify({ error: { code: e.code, message: e.message, ...(issues.length ? { issues } : {}) } });
}
