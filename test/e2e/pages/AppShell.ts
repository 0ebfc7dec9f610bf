import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';
export type Language = 'en' | 'ko';

/** One axe finding that counts: serious or moderate (or critical), with where it is. */
export interface A11yFinding {
  screen: string;
  theme: Theme;
  language: Language;
  rule: string;
  impact: string;
  targets: string[];
}

const SCREENSHOTS = path.resolve('docs/screenshots');
const COUNTED = new Set(['critical', 'serious', 'moderate']);

/** The app's frame: keyboard moves, theme and language, screenshots and axe on the screen as it is. */
export class AppShell {
  /** Every counted axe finding of the spec, screen by screen. */
  readonly findings: A11yFinding[] = [];
  /** Screens axe ran on, with the combinations checked. */
  readonly checked: string[] = [];
  /** Time spent in axe, for the report. */
  seconds = 0;

  constructor(readonly page: Page) {}

  /** Presses Tab (Shift+Tab with `back`) until `target` has focus: how a keyboard user gets there. */
  async tabTo(target: Locator, { back = false, max = 40 } = {}): Promise<number> {
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return presses;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} was not reached with ${max} Tab presses`);
  }

  /** A header tab (Timeline, Papers, Photos…), opened from the keyboard. */
  async openTab(name: RegExp): Promise<void> {
    const tab = this.page.getByRole('tablist', { name: /Trip sections|여행 구역/ }).getByRole('tab', { name });
    await tab.focus();
    await this.page.keyboard.press('Enter');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  async setTheme(theme: Theme): Promise<void> {
    // force: the header's select stays usable while a modal dialog covers the page.
    await this.page.getByRole('combobox', { name: /^(Theme|테마)$/ }).selectOption(theme, { force: true });
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  async setLanguage(language: Language): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(language, { force: true });
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  /**
   * Runs axe (WCAG 2.1 A/AA and best practices, which hold heading order and
   * landmarks) on the screen as it is and records every serious or moderate
   * finding. Each screen is checked twice, in light English and in dark Korean
   * (both themes and both languages on every screen, at half the time of all
   * four combinations; `all` runs the four). Ends in light/English.
   */
  async checkA11y(screen: string, { all = false } = {}): Promise<void> {
    const combos: [Language, Theme][] = all
      ? [['en', 'light'], ['en', 'dark'], ['ko', 'light'], ['ko', 'dark']]
      : [['en', 'light'], ['ko', 'dark']];
    for (const [language, theme] of combos) {
      await this.setLanguage(language);
      await this.setTheme(theme);
      const started = Date.now();
      const result = await new AxeBuilder({ page: this.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        // The preview's sandboxed frame runs no scripts, so axe cannot enter it (and would wait for it).
        .exclude('iframe.preview-frame')
        .options({ resultTypes: ['violations'] })
        .analyze();
      this.seconds += (Date.now() - started) / 1000;
      for (const v of result.violations) {
        if (!COUNTED.has(v.impact ?? '')) continue;
        this.findings.push({ screen, theme, language, rule: v.id, impact: v.impact!, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) });
      }
      this.checked.push(`${screen} · ${theme} · ${language}`);
      console.log(`axe ${screen} · ${theme} · ${language}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${result.violations.length} violations`);
    }
    await this.setTheme('light');
    await this.setLanguage('en');
  }

  /**
   * Screenshots of the screen at 1024×700 and 1600×1000, light and dark, into
   * the test's output folder (and docs/screenshots/<docs>-<size>-<theme>.png
   * with UPDATE_DOCS_SCREENSHOTS=1). Ends at 1280×820 in light.
   */
  async screenshots(name: string, docs?: string): Promise<string[]> {
    const files: string[] = [];
    for (const [width, height] of [
      [1024, 700],
      [1600, 1000],
    ] as const) {
      await this.page.setViewportSize({ width, height });
      for (const theme of ['light', 'dark'] as const) {
        await this.setTheme(theme);
        const file = test.info().outputPath(`${name}-${width}x${height}-${theme}.png`);
        await this.page.screenshot({ path: file });
        files.push(file);
        if (docs && process.env.UPDATE_DOCS_SCREENSHOTS) {
          mkdirSync(SCREENSHOTS, { recursive: true });
          copyFileSync(file, path.join(SCREENSHOTS, `${docs}-${width}x${height}-${theme}.png`));
        }
      }
    }
    await this.page.setViewportSize({ width: 1280, height: 820 });
    await this.setTheme('light');
    return files;
  }

  /** The element that has focus, described for an assertion message. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return 'nothing';
      return `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''}${el.id ? `#${el.id}` : ''}`;
    });
  }
}
