import { lookupOptionsFromEnv } from '../services/paper-lookup/config';
import type { PaperLookupOptions } from '../services/paper-lookup/lookup-service';

/**
 * The app's lookup options: the saved preference, and the same environment the CLI reads
 * (PROCEEDINGS_PAPER_LOOKUPS=off wins over the preference; PROCEEDINGS_ARXIV_API and the other
 * base URLs point the app at a mirror or at the end-to-end tests' local server).
 */
export function appLookupOptions(preference: boolean, env: NodeJS.ProcessEnv = process.env): PaperLookupOptions {
  const fromEnv = lookupOptionsFromEnv(env);
  return { ...fromEnv, enabled: preference && fromEnv.enabled };
}
