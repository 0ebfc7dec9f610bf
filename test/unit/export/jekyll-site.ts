import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportSeries } from '../../../electron/services/export/export';
import { INCLUDED, SECRET } from '../../support/hostile-text';
import type { FidelityFixture } from './fidelity-fixture';

export interface BuiltJekyll {
  /** The exported post as written (front matter and body). */
  post: string;
  /** The page jekyll built from it. */
  built: string;
}

/**
 * Exports the fidelity day to Jekyll in `dir/site` and builds it with Debian's
 * real `jekyll build`, in a site with a secret in _config.yml, an include that
 * must never be pulled in, and a layout that escapes titles as themes do
 * (minima: `{{ page.title | escape }}`) and includes the shipped math snippet.
 */
export async function buildJekyllSite(dir: string, fixture: FidelityFixture, extraConfig = ''): Promise<BuiltJekyll> {
  const site = path.join(dir, 'site');
  const report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'jekyll', outDir: site, language: 'ko' });
  writeFileSync(path.join(site, '_config.yml'), `title: 블로그\nsecret: ${SECRET}\n${extraConfig}`);
  mkdirSync(path.join(site, '_layouts'), { recursive: true });
  writeFileSync(path.join(site, '_includes', 'secret.html'), INCLUDED);
  writeFileSync(
    path.join(site, '_layouts', 'post.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ page.title | escape }}</title>{% include proceedings-math.html %}</head>' +
      '<body><h1>{{ page.title | escape }}</h1>{{ content }}</body></html>\n',
  );
  execFileSync('/usr/bin/jekyll', ['build', '--quiet', '--source', site, '--destination', path.join(dir, '_site')], { stdio: 'pipe', env: { ...process.env, JEKYLL_ENV: 'production' } });
  const post = readFileSync(path.join(site, report.pages[0]!.file), 'utf8');
  const permalink = /^permalink: "([^"]+)"$/m.exec(post)![1]!;
  return { post, built: readFileSync(path.join(dir, '_site', permalink, 'index.html'), 'utf8') };
}
