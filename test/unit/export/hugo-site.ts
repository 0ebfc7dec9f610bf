import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportSeries } from '../../../electron/services/export/export';
import { INCLUDED, SECRET } from '../../support/hostile-text';
import type { FidelityFixture } from './fidelity-fixture';

/**
 * Exports the fidelity day to Hugo in `dir/site` and builds it with Debian's
 * real hugo (0.111, Goldmark with the typographer on), in a site with a secret
 * parameter, a partial that must never be pulled in, and a layout including
 * the shipped math partial. Returns the built page.
 */
export async function buildHugoSite(dir: string, fixture: FidelityFixture, extraConfig = ''): Promise<string> {
  const site = path.join(dir, 'site');
  const report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'hugo', outDir: site, language: 'ko' });
  writeFileSync(path.join(site, 'hugo.toml'), `baseURL = "http://example.org/"\ntitle = "블로그"\n${extraConfig}[params]\nsecret = "${SECRET}"\n`);
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(path.join(site, 'layouts', 'partials', 'secret.html'), INCLUDED);
  writeFileSync(
    path.join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ partial "proceedings-math.html" . }}</head>' +
      '<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n',
  );
  writeFileSync(path.join(site, 'layouts', '_default', 'list.html'), '<!doctype html><html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>\n');
  execFileSync('/usr/bin/hugo', ['--source', site, '--destination', path.join(dir, 'public'), '--quiet'], { stdio: 'pipe' });
  const page = report.pages[0]!.file.replace(/^content\//, '').replace(/index\.md$/, 'index.html');
  return readFileSync(path.join(dir, 'public', page), 'utf8');
}
