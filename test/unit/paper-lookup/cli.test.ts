import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../../support/cli';
import { cleanupTempDirs, makeTrip, openLibrary, REPO_ROOT, tempDir } from '../../support/library';
import { FakeServices } from './fake-services';

const services = new FakeServices();
let root = '';
let tripId = '';
const ids = { raft: '', ngp: '', or: '', missing: '' };
const env = () => services.env;
const cli = (args: string[], extra: Record<string, string> = {}) => runCli(['--library', root, ...args], { ...env(), ...extra });
const cliJson = <T = Record<string, any>>(args: string[], extra: Record<string, string> = {}) => runCliJson<T>(['--library', root, ...args], { ...env(), ...extra }).then((r) => r.value);

// Our own bundle of this branch's CLI: the shared one in node_modules/.cache is rebuilt by every
// test run on the machine, and another branch's build may have no `paper lookup` at all.
const bundle = path.join(REPO_ROOT, 'node_modules', '.cache', 'proceedings-test', `cli-paper-lookup-${process.pid}.mjs`);

beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-cli.mjs'), bundle], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  process.env.PROCEEDINGS_CLI_BUNDLE = bundle;
  await services.start();
  root = tempDir();
  const lib = await openLibrary(root);
  tripId = (await makeTrip(lib)).id;
  await lib.close();
  for (const [name, option] of [['raft', ['--paper', 'https://arxiv.org/abs/2003.12039v3']], ['ngp', ['--paper', 'https://doi.org/10.1145/3528223.3530127']], ['or', ['--paper', 'https://openreview.net/forum?id=aBcDeF12345']], ['missing', ['--paper', 'arXiv:2099.99999']]] as const) {
    const { paper } = await cliJson<{ paper: { id: string } }>(['entry', 'add', '--trip', tripId, '--kind', 'poster', '--start', '2022-10-24 15:30', ...option]);
    ids[name as keyof typeof ids] = paper.id;
  }
}, 60_000);
afterAll(async () => {
  await services.stop();
  rmSync(bundle, { force: true });
  cleanupTempDirs();
});

describe('CLI: paper lookup and paper export', { timeout: 120_000 }, () => {
  it('--offline and PROCEEDINGS_PAPER_LOOKUPS=off send nothing', async () => {
    const offline = await cliJson(['paper', 'lookup', '--trip', tripId, '--offline']);
    expect(offline).toMatchObject({ lookups: 'off', lookedUp: [], requests: { arxiv: 0, openreview: 0, crossref: 0 } });
    expect(offline.skipped).toHaveLength(4);
    const off = await cli(['paper', 'lookup', '--trip', tripId], { PROCEEDINGS_PAPER_LOOKUPS: 'off' });
    expect(off.stdout).toContain('Lookups are off');
    expect(services.seen).toEqual([]);
  });

  it('looks every paper up, waits for the answers and reports them', async () => {
    const report = await cliJson(['paper', 'lookup', '--trip', tripId]);
    expect(report).toMatchObject({ lookups: 'on', pending: [], skipped: [], requests: { arxiv: 2, openreview: 1, crossref: 1 } });
    expect(report.lookedUp.sort()).toEqual([ids.raft, ids.ngp, ids.or].sort());
    expect(report.notFound).toEqual([{ id: ids.missing, reason: 'arXiv has no paper 2099.99999' }]);
    // arXiv's two requests kept their three seconds, across the one process.
    const arxivAt = services.seen.filter((s) => s.service === 'arxiv').map((s) => s.at);
    expect(arxivAt[1]! - arxivAt[0]!).toBeGreaterThanOrEqual(2990);
    const { papers } = await cliJson<{ papers: Record<string, any>[] }>(['paper', 'list', '--trip', tripId]);
    expect(papers.find((p) => p.id === ids.ngp)).toMatchObject({ title: 'Instant neural graphics primitives with a multiresolution hash encoding', year: 2022, lookup: { status: 'found', service: 'crossref' } });
  });

  it('a second lookup is answered by the library cache', async () => {
    const before = services.seen.length;
    const report = await cliJson(['paper', 'lookup', '--trip', tripId, '--all']);
    expect(report.cached).toHaveLength(3);
    expect(report.notFound).toHaveLength(1);
    expect(services.seen.length).toBe(before);
    expect((await cliJson(['paper', 'lookup', '--trip', tripId, '--paper', ids.raft])).cached).toEqual([ids.raft]);
  });

  it('exports BibTeX to stdout and starred CSL-JSON to a file', async () => {
    const bib = await cli(['paper', 'export', '--trip', tripId, '--format', 'bibtex']);
    expect(bib.code).toBe(0);
    const read = spawnSync('pandoc', ['-f', 'bibtex', '-t', 'csljson'], { input: bib.stdout, encoding: 'utf8' });
    const items = JSON.parse(read.stdout) as { id: string; title?: string }[];
    // The paper arXiv does not know has no author, year or title: "anon".
    expect(items.map((i) => i.id)).toEqual(['anon', 'muller2022instant', 'park2023sparse', 'teed2020raft']);
    expect(items.find((i) => i.id === 'teed2020raft')?.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');

    await cliJson(['paper', 'star', ids.ngp, '--trip', tripId]);
    const out = path.join(tempDir(), 'papers.json');
    const written = await cliJson(['paper', 'export', '--trip', tripId, '--format', 'csl-json', '--starred', '--out', out]);
    expect(written).toMatchObject({ file: out, count: 1, keys: [{ paperId: ids.ngp, key: 'muller2022instant' }] });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject([{ id: 'muller2022instant', type: 'article-journal', DOI: '10.1145/3528223.3530127', 'container-title': 'ACM Transactions on Graphics' }]);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const format = await cli(['paper', 'export', '--trip', tripId, '--format', 'ris', '--json']);
    expect(format.code).toBe(2);
    expect(JSON.parse(format.stderr).error.message).toBe('Invalid input — --format: "ris" is not one of bibtex, csl-json');
    const unknown = await cli(['paper', 'lookup', '--trip', tripId, '--paper', 'nope', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stderr).error).toMatchObject({ code: 'not-found', message: 'There is no paper "nope" in this trip.' });
    const both = await cli(['paper', 'lookup', '--trip', tripId, '--paper', ids.raft, '--all']);
    expect(both.stderr).toContain('Give --paper or --all, not both.');
  });
});
