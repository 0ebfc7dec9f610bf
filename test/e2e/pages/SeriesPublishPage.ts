import { expect, type Locator, type Page } from '@playwright/test';

/** The Preview and Publish panels of a series. */
export class SeriesPublishPage {
  constructor(readonly page: Page) {}

  previewPage(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: /^(Pages to preview|미리 볼 페이지)$/ }).getByRole('button', { name });
  }

  get previewFrame(): Locator {
    return this.page.locator('iframe.preview-frame');
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: /^(Publish|발행)$/ });
  }

  get report(): Locator {
    return this.page.getByRole('region', { name: /^(Published|.*발행했습니다)/ });
  }

  async chooseFolder(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Choose folder…|폴더 선택…)$/ }).click();
  }

  async publish(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Publish|발행)$/ }).click();
  }

  /** The files the report lists for its pages (relative to the output folder). */
  async reportedFiles(): Promise<string[]> {
    await expect(this.report).toBeVisible();
    return this.report.locator('.report-pages code').allInnerTexts();
  }
}
