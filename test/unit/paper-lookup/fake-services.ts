import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../../support/library';

const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'test/fixtures/paper-lookup', name), 'utf8');

export interface SeenRequest {
  service: 'arxiv' | 'openreview' | 'openreviewV1' | 'crossref';
  url: string;
  at: number;
  userAgent: string;
}

/**
 * One local server answering as arXiv, OpenReview (v1 and v2) and Crossref do,
 * from the recorded-format fixtures; it counts what it was asked, so a test can
 * prove that nothing was sent. `busy(n)` makes the next n answers 503s with Retry-After.
 */
export class FakeServices {
  readonly seen: SeenRequest[] = [];
  private server: Server | null = null;
  private busyLeft = 0;
  private busyRetryAfter = '1';
  base = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  busy(times: number, retryAfter = '1'): void {
    this.busyLeft = times;
    this.busyRetryAfter = retryAfter;
  }

  get endpoints() {
    return { arxiv: `${this.base}/arxiv/api`, openreview: `${this.base}/or2`, openreviewV1: `${this.base}/or1`, crossref: `${this.base}/crossref` };
  }

  /** The environment that points the CLI here. */
  get env(): Record<string, string> {
    const e = this.endpoints;
    return { PROCEEDINGS_ARXIV_API: e.arxiv, PROCEEDINGS_OPENREVIEW_API: e.openreview, PROCEEDINGS_OPENREVIEW_API_V1: e.openreviewV1, PROCEEDINGS_CROSSREF_API: e.crossref };
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const service = url.pathname.startsWith('/arxiv') ? 'arxiv' : url.pathname.startsWith('/or2') ? 'openreview' : url.pathname.startsWith('/or1') ? 'openreviewV1' : 'crossref';
    this.seen.push({ service, url: req.url ?? '', at: Date.now(), userAgent: String(req.headers['user-agent'] ?? '') });
    const send = (status: number, body: string, type: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, ...headers });
      res.end(body);
    };
    if (this.busyLeft > 0) {
      this.busyLeft--;
      return send(503, 'Service Unavailable', 'text/plain', { 'Retry-After': this.busyRetryAfter });
    }
    const atom = 'application/atom+xml; charset=utf-8';
    if (service === 'arxiv') {
      const id = url.searchParams.get('id_list');
      const query = url.searchParams.get('search_query');
      if (id === '2003.12039') return send(200, fixture('arxiv-2003.12039.xml'), atom);
      if (id && !/^\d{4}\.\d{4,5}$|^[a-z-]+(\.[A-Z]{2})?\/\d{7}$/.test(id)) return send(200, fixture('arxiv-error.xml'), atom);
      // arXiv's search ignores case.
      if (query?.toLowerCase() === 'ti:"streamable neural fields"') return send(200, fixture('arxiv-search-streamable.xml'), atom);
      return send(200, fixture('arxiv-empty.xml'), atom);
    }
    const json = 'application/json; charset=utf-8';
    if (service === 'openreview') {
      if (url.searchParams.get('id') === 'aBcDeF12345') return send(200, fixture('openreview-v2-note.json'), json);
      return send(404, fixture('openreview-v2-not-found.json'), json);
    }
    if (service === 'openreviewV1') {
      if (url.searchParams.get('id') === 'oLdNoTe0001') return send(200, fixture('openreview-v1-note.json'), json);
      return send(200, '{"notes":[]}', json);
    }
    if (url.pathname === '/crossref/works/10.1145/3528223.3530127') return send(200, fixture('crossref-work.json'), json);
    if (url.pathname === '/crossref/works') {
      const q = url.searchParams.get('query.bibliographic') ?? '';
      if (q === '신경장 스트리밍 표현 연구') return send(200, fixture('crossref-works-query.json'), json);
      return send(200, JSON.stringify({ status: 'ok', 'message-type': 'work-list', 'message-version': '1.0.0', message: { facets: {}, 'total-results': 0, items: [], 'items-per-page': 5, query: { 'start-index': 0, 'search-terms': q } } }), json);
    }
    // Crossref's unknown DOI: a plain-text 404.
    return send(404, 'Resource not found.', 'text/plain');
  }
}
