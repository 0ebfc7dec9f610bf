import type { ZodError } from 'zod';

/**
 * Errors a user can act on. `code` is stable (the UI and the CLI's --json
 * output switch on it); `message` is a sentence for people.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'library-locked'
  | 'library-corrupt'
  | 'trip-corrupt'
  | 'newer-version'
  | 'outside-library'
  | 'io'
  | 'conflict'
  | 'cancelled';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** "title: is required; end: must not be before start" — names every bad field and why. */
export function describeZodError(error: ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      let message = issue.message;
      if (issue.code === 'unrecognized_keys') {
        message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      }
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

export function invalidInput(error: ZodError, prefix = ''): AppError {
  return new AppError('invalid-input', `Invalid input — ${describeZodError(error, prefix)}`, {
    issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && e.syscall) {
    return new AppError('io', `Could not ${e.syscall} ${e.path ?? ''}: ${e.message}`.replace(/\s+/g, ' ').trim());
  }
  return new AppError('io', error instanceof Error ? error.message : String(error));
}
