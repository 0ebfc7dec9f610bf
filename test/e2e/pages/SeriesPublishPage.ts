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

  /** The series' own settings above the panels: style and the language of the post. */
  get style(): Locator {
    return this.page.getByRole('combobox', { name: /^(Style|문체)$/ });
  }

  get postLanguage(): Locator {
    return this.page.getByRole('combobox', { name: /^(Post written in|글의 언어)$/ });
  }

  get seriesIntro(): Locator {
    return this.page.getByRole('textbox', { name: /^(Series intro|시리즈 소개)$/ });
  }

  /** The warning about empty parts shown before Publish. */
  get emptyPartsWarning(): Locator {
    return this.form.getByRole('alert').filter({ hasText: /nothing in|비어 있는/ });
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
