import { expect, type Locator, type Page } from '@playwright/test';
import type { Harness } from '../fixtures';

/** The Photos tab as a user sees it: import, day tabs, the grid by entry, the viewer, the camera clocks. */
export class PhotosPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Photos|사진)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Photos|사진)$/ })).toBeVisible();
  }

  /** "Add photos" with the system dialog answering `paths`. */
  async addPhotos(harness: Harness, paths: string[]): Promise<void> {
    harness.nextFiles = paths;
    await this.page.getByRole('button', { name: 'Add photos' }).click();
  }

  get importPanel(): Locator {
    return this.page.getByRole('region', { name: 'Photo import' });
  }

  get failures(): Locator {
    return this.importPanel.getByRole('list', { name: /could not be imported/ }).getByRole('listitem');
  }

  day(name: RegExp | string): Locator {
    return this.page.getByRole('tablist', { name: 'Days' }).getByRole('tab', { name });
  }

  get grid(): Locator {
    return this.page.getByRole('region', { name: 'Photos of the day' });
  }

  /** A thumbnail, by the photo's caption or file name; its description names its group. */
  tile(name: string): Locator {
    return this.grid.getByRole('button', { name, exact: true });
  }

  sectionHeading(name: string | RegExp): Locator {
    return this.grid.getByRole('heading', { level: 3, name });
  }

  async openActions(name: string): Promise<Locator> {
    await this.grid.getByRole('button', { name: `Actions for ${name}` }).click();
    return this.page.getByRole('menu', { name: `Actions for ${name}` });
  }

  /** Drags a tile with the mouse (dnd-kit's pointer sensor needs real movement) onto a group's heading. */
  async dragTile(name: string, onto: Locator): Promise<void> {
    const from = (await this.tile(name).boundingBox())!;
    const to = (await onto.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  get viewer(): Locator {
    return this.page.getByRole('dialog', { name: /^Photo / });
  }

  async openCameraClocks(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Camera clocks' }).click();
    return this.page.getByRole('region', { name: 'Camera clocks' });
  }

  camera(label: string): Locator {
    return this.page.getByRole('region', { name: 'Camera clocks' }).getByRole('listitem', { name: label });
  }

  async shiftCamera(label: string, shift: string): Promise<void> {
    const card = this.camera(label);
    await card.getByLabel('Shift by (±hh:mm)').fill(shift);
    await card.getByRole('button', { name: 'Shift', exact: true }).click();
  }
}
