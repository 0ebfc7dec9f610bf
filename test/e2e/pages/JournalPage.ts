import { expect, type Locator, type Page } from '@playwright/test';

type Kind = 'talk' | 'poster' | 'booth' | 'person' | 'meal' | 'place' | 'travel' | 'note';

/** The open trip's journal: day strip, timeline, add buttons and the quick-capture toolbar. */
export class JournalPage {
  constructor(readonly page: Page) {}

  get dayStrip(): Locator {
    return this.page.getByRole('tablist', { name: /^(Days|날짜)$/ });
  }

  day(date: string): Locator {
    return this.dayStrip.locator(`#day-tab-${date}`);
  }

  get timeline(): Locator {
    return this.page.getByRole('list', { name: /^(Timeline|타임라인)$/ });
  }

  get captureBar(): Locator {
    return this.page.getByRole('toolbar', { name: /Quick capture|빠른 기록/ });
  }

  async selectDay(date: string): Promise<void> {
    await this.day(date).click();
    await expect(this.day(date)).toHaveAttribute('aria-selected', 'true');
  }

  async add(kind: Kind): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Add ${kind}$`) }).click();
  }

  /** The timeline's entry button whose text contains `text`. */
  item(text: string | RegExp): Locator {
    return this.timeline.getByRole('button').filter({ hasText: text });
  }

  async open(text: string | RegExp): Promise<void> {
    await this.item(text).click();
  }

  async timelineTexts(): Promise<string[]> {
    return this.timeline.getByRole('button').allInnerTexts();
  }
}
