import { expect, type Locator, type Page } from '@playwright/test';

/** The series tab: start a series, and its arrangement editor (parts, sections, "not in any part"). */
export class SeriesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Series|시리즈)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Series|시리즈)$/ })).toBeVisible();
  }

  /** Arrange · Preview · Publish inside one series. */
  async panel(name: 'Arrange' | 'Preview' | 'Publish'): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  get suggestion(): Locator {
    return this.page.getByRole('region', { name: /^(Suggested arrangement|추천 구성)$/ });
  }

  get parts(): Locator {
    return this.page.getByRole('list', { name: /^(Parts|편 목록)$/ });
  }

  /** The card of part n (1-based). */
  part(n: number): Locator {
    return this.parts.getByRole('listitem', { name: new RegExp(`^(Part ${n}|${n}편)$`) });
  }

  /** The section list of part n. */
  sections(n: number): Locator {
    return this.page.getByRole('list', { name: new RegExp(`^(Sections of part ${n}|${n}편의 구성)$`) });
  }

  get unplaced(): Locator {
    return this.page.getByRole('list', { name: /^(Not in any part|어느 편에도 없음)$/ });
  }

  /** The row of a section whose text contains `text`, wherever it is. */
  row(text: string | RegExp): Locator {
    return this.page.locator('li.section-row').filter({ hasText: text });
  }

  /** The texts of part n's section names, in order. */
  async sectionNames(n: number): Promise<string[]> {
    return this.sections(n).locator('.section-name').allInnerTexts();
  }

  handle(name: string): Locator {
    return this.page.getByRole('button', { name: `Drag ${name}`, exact: true });
  }

  partTitle(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Title of part ${n}`, exact: true });
  }

  /** Opens a section's "Move to…" menu and picks part `to` (or "Not in any part"). */
  async moveTo(name: string, to: number | 'none'): Promise<void> {
    await this.page.getByRole('button', { name: `Move to… ${name}`, exact: true }).click();
    const menu = this.page.getByRole('menu', { name: `Where to move ${name}` });
    await menu.getByRole('menuitem', { name: to === 'none' ? 'Not in any part' : new RegExp(`^Part ${to} · `) }).click();
  }

  /** Moves a section by keyboard drag and drop: Space on its handle, arrow keys, Space. */
  async keyboardDrag(name: string, keys: string[]): Promise<void> {
    const handle = this.handle(name);
    // dnd-kit's live region says what each key did: wait for its words instead of for a fixed time,
    // which a loaded machine outruns.
    const live = this.page.locator('[id^="DndLiveRegion"]');
    const said = async () => (await live.textContent()) ?? '';
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(this.page.locator('.drag-overlay')).toBeVisible();
    await expect(live).toContainText(name); // "Picked up …", then where it is over
    // The drop areas are measured in the frames after the pick-up.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const key of keys) {
      const before = await said();
      await this.page.keyboard.press(key);
      await expect.poll(said).not.toBe(before);
    }
    await this.page.keyboard.press('Space');
    await expect(this.page.locator('.drag-overlay')).toHaveCount(0);
  }

  /**
   * A screenshot of the whole series view: the app scrolls inside <main>, so
   * the window is made as tall as the content first (then put back).
   */
  async screenshot(file: string): Promise<void> {
    const size = this.page.viewportSize()!;
    await this.page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
    const height = await this.page.locator('.series').evaluate((el) => Math.ceil(el.getBoundingClientRect().height) + 120);
    await this.page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(height, 2400)) });
    await this.page.screenshot({ path: file });
    await this.page.setViewportSize(size);
  }

  /** Drags a section's handle with the mouse onto `target` (another row or a part's list). */
  async pointerDrag(name: string, target: Locator): Promise<void> {
    await this.handle(name).scrollIntoViewIfNeeded();
    const from = await this.handle(name).boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('drag source or target is not visible');
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    // Past the 4 px activation distance first, then to the target in steps (dnd-kit follows pointermove).
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
    await mouse.move(to.x + 40, to.y + to.height / 2, { steps: 8 });
    // Drop once dnd-kit has seen where the pointer is (its live region names it), not after a fixed time.
    await expect(this.page.locator('.drag-overlay')).toBeVisible();
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await mouse.up();
  }
}
