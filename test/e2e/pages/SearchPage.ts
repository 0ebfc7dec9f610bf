import { expect, type Locator, type Page } from '@playwright/test';

/** The search dialog (Ctrl+K). */
export class SearchPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Search this trip|이 여행에서 검색/ });
  }

  get box(): Locator {
    return this.dialog.getByRole('combobox', { name: /^(Search|검색)$/ });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.dialog).toBeVisible();
    await expect(this.box).toBeFocused();
  }

  group(name: string | RegExp): Locator {
    return this.dialog.getByRole('group', { name });
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }
}
