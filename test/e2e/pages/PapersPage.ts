import type { Locator, Page } from '@playwright/test';

/** The papers tab: one card per paper with its talks and posters. */
export class PapersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Papers|논문)$/ }).click();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: /^(Papers|논문)$/ });
  }

  card(name: string | RegExp): Locator {
    return this.list.getByRole('article', { name });
  }

  column(card: Locator, name: 'Talks' | 'Posters'): Locator {
    return card.getByRole('region', { name });
  }
}
