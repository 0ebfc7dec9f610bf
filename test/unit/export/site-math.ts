/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { expect } from 'vitest';
import { katexDist } from '../../../electron/services/export/formats/html';
import { REPO_ROOT } from '../../support/library';
import { JOURNAL_TEX } from './built-page';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface RenderedSite {
  /** TeX of every formula KaTeX drew, in page order. */
  tex: string[];
  errors: number;
  text: string;
  dialogs: string[];
}

/**
 * Opens a page built by hugo or jekyll in Chromium with the shipped math
 * snippet working as on a real site: its jsDelivr requests are answered from
 * the app's own KaTeX (no network here), everything else is refused.
 */
export async function renderBuiltPage(html: string, screenshot?: string): Promise<RenderedSite> {
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.href === 'http://site.test/post/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      const cdn = /^\/npm\/katex@[^/]+\/dist\/(.+)$/.exec(url.pathname);
      if (url.hostname === 'cdn.jsdelivr.net' && cdn) return route.fulfill({ path: path.join(katexDist(), cdn[1]!) });
      return route.abort();
    });
    await page.goto('http://site.test/post/', { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('.katex').length > 0, undefined, { timeout: 10_000 });
    await page.evaluate(() => document.fonts.ready);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return {
      tex: await page.$$eval('annotation[encoding="application/x-tex"]', (els) => els.map((e) => e.textContent ?? '')),
      errors: await page.locator('.katex-error').count(),
      text: await page.locator('body').innerText(),
      dialogs,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The built page as a reader sees it in Chromium (screenshot in test-results/): every formula drawn
 * as written in the journal, no KaTeX error, prices left as prose, no dialog from the writer's text.
 */
export async function expectDrawnAsWritten(html: string, screenshotName: string): Promise<void> {
  const shot = path.join(REPO_ROOT, 'test-results', screenshotName);
  mkdirSync(path.dirname(shot), { recursive: true });
  const site = await renderBuiltPage(html, shot);
  expect(site.errors).toBe(0);
  expect(site.tex).toEqual(JOURNAL_TEX);
  expect(site.text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
  expect(site.dialogs).toEqual([]);
}
