import { expect, type Locator, type Page } from '@playwright/test';

/** The Programme tab: import, day tabs, filters, the session list and a session's details. */
export class ProgrammePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tablist', { name: /Trip sections|여행 구역/ }).getByRole('tab', { name: /^(Programme|프로그램)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Programme|프로그램)$/ })).toBeVisible();
  }

  /** "Import programme…" or "Import again…": the harness answers the chooser with what the spec put in nextFiles. */
  async import(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Import programme…|Import again…|프로그램 가져오기…|다시 가져오기…)$/ }).first().click();
  }

  get report(): Locator {
    return this.page.locator('.programme-report');
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: /^(Sessions|세션)$/ });
  }

  day(date: string): Locator {
    return this.page.getByRole('tablist', { name: /Programme days|프로그램 날짜/ }).getByRole('tab', { name: new RegExp(date) });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: /Search the programme|프로그램 검색/ });
  }

  /** The row (its open button and star) of the session titled `title`. */
  row(title: string): Locator {
    return this.list.locator('.session-row').filter({ has: this.page.locator('.session-title', { hasText: title }) });
  }

  star(title: string): Locator {
    return this.row(title).getByRole('button', { name: new RegExp(`^(Star ${title}|${title} 별표)$`) });
  }

  openButton(title: string): Locator {
    return this.row(title).locator('.session-open');
  }

  async rowTitles(): Promise<string[]> {
    return this.list.locator('.session-title').allInnerTexts();
  }
}
