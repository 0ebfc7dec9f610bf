import type { PaperLookupOptions } from './lookup-service';

/**
 * Lookup options for the CLI, from its flag and environment:
 * `--offline` or PROCEEDINGS_PAPER_LOOKUPS=off → nothing leaves the machine;
 * PROCEEDINGS_ARXIV_API, PROCEEDINGS_OPENREVIEW_API, PROCEEDINGS_OPENREVIEW_API_V1 and
 * PROCEEDINGS_CROSSREF_API → other base URLs (a mirror, or the tests' local server);
 * PROCEEDINGS_CROSSREF_MAILTO → the contact Crossref's polite pool asks for.
 */
export function lookupOptionsFromEnv(env: NodeJS.ProcessEnv, flags: { offline?: boolean } = {}): PaperLookupOptions {
  const off = flags.offline === true || /^(off|0|false|no)$/i.test(env.PROCEEDINGS_PAPER_LOOKUPS ?? '');
  const endpoints: PaperLookupOptions['endpoints'] = {};
  if (env.PROCEEDINGS_ARXIV_API) endpoints.arxiv = env.PROCEEDINGS_ARXIV_API;
  if (env.PROCEEDINGS_OPENREVIEW_API) endpoints.openreview = env.PROCEEDINGS_OPENREVIEW_API;
  if (env.PROCEEDINGS_OPENREVIEW_API_V1) endpoints.openreviewV1 = env.PROCEEDINGS_OPENREVIEW_API_V1;
  if (env.PROCEEDINGS_CROSSREF_API) endpoints.crossref = env.PROCEEDINGS_CROSSREF_API;
  return { enabled: !off, endpoints, ...(env.PROCEEDINGS_CROSSREF_MAILTO ? { mailto: env.PROCEEDINGS_CROSSREF_MAILTO } : {}) };
}
