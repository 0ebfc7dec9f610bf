import { expect, type Locator, type Page } from '@playwright/test';

/** The entry editor beside the timeline. */
export class EditorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('region', { name: /^(Edit \w+|.+ 편집)$/ });
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(typeof label === 'string' ? new RegExp(`^${label}$`) : label);
  }

  get title(): Locator {
    return this.field(/^(Title|제목)$/);
  }

  get status(): Locator {
    return this.root.getByRole('status');
  }

  /** Waits for autosave to finish. */
  async saved(): Promise<void> {
    await expect(this.status).toHaveText(/^(Saved|저장됨)$/);
  }

  /** A real paste event with `text` on the clipboard (what Ctrl+V delivers). */
  async paste(target: Locator, text: string): Promise<void> {
    await target.focus();
    await target.evaluate((el, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  question(n: number): Locator {
    return this.root.getByRole('textbox', { name: new RegExp(`^(Question|질문) ${n}$`) });
  }

  answer(n: number): Locator {
    return this.root.getByRole('textbox', { name: new RegExp(`^(Answer|답변) ${n}$`) });
  }

  get paperGroup(): Locator {
    return this.root.getByRole('group', { name: /^(Paper|논문)$/ });
  }

  get preview(): Locator {
    return this.root.getByRole('region', { name: /^(Preview|미리 보기)$/ });
  }

  async delete(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Delete|삭제)$/ }).click();
  }
}
