import { ApiError } from '../../core/api';

/**
 * The field a service error is about, so it can be shown beside that field.
 * The service names it in `details.issues[].path` ("patch", "end") or in the
 * message ("Invalid input — patch.end: must not be before start",
 * "Invalid input — paperLink: … is not a link"). Returns null when it names
 * none of the fields that were sent.
 */
export function fieldOfError(error: unknown, sent: string[]): string | null {
  if (!(error instanceof ApiError)) return null;
  const issues = (error.details?.issues as { path?: string[] }[] | undefined) ?? [];
  for (const issue of issues) {
    const hit = issue.path?.find((part) => sent.includes(part));
    if (hit) return hit;
  }
  const named = /—\s*(?:patch\.|entry\.)?"?([A-Za-z]+)"?[.:\s]/.exec(error.message)?.[1];
  if (named && sent.includes(named)) return named;
  return sent.find((field) => new RegExp(`\\b${field}\\b`).test(error.message)) ?? null;
}
