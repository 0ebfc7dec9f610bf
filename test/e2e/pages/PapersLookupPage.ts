import type { Locator, Page } from '@playwright/test';
import { PapersPage } from './PapersPage';

/** The papers tab's lookup and citation parts: the preference, a card's fetched details, "Export citations…". */
export class PapersLookupPage extends PapersPage {
  constructor(page: Page) {
    super(page);
  }

  get lookupSwitch(): Locator {
    return this.page.getByRole('switch', { name: /^(Look up papers online|논문 정보 온라인에서 찾기)/ });
  }

  /** A card's lookup status line ("Filled in from arXiv", "Looking up…"). */
  status(card: Locator): Locator {
    return card.locator('.paper-lookup-status');
  }

  provenance(card: Locator): Locator {
    return card.locator('.paper-provenance');
  }

  abstract(card: Locator): Locator {
    return card.locator('details.paper-abstract');
  }

  pdfButton(card: Locator): Locator {
    return card.getByRole('button', { name: /^(Open the PDF in the browser|브라우저에서 PDF 열기)$/ });
  }

  lookUpAgain(card: Locator): Locator {
    return card.getByRole('button', { name: /^(Look up again|다시 찾기): / });
  }

  get exportPanel(): Locator {
    return this.page.getByRole('group', { name: /^(Export citations|인용 내보내기)$/ });
  }

  /** Opens "Export citations…", picks the format (and starred only), saves; resolves with the status text. */
  async exportCitations(format: 'BibTeX' | 'CSL-JSON', { starredOnly = false } = {}): Promise<Locator> {
    const open = this.page.getByRole('button', { name: /^(Export citations…|인용 내보내기…)$/ });
    if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
    await this.exportPanel.getByRole('radio', { name: format }).check();
    const starred = this.exportPanel.getByRole('checkbox', { name: /^(Starred papers only|별표한 논문만)$/ });
    if (starredOnly) await starred.check();
    else await starred.uncheck();
    await this.exportPanel.getByRole('button', { name: /^(Save…|저장…)$/ }).click();
    return this.exportPanel.getByRole('status');
  }
}
