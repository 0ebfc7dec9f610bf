import { expect, type Locator, type Page } from '@playwright/test';

/** The Map tab: the map with its pins and route, the offline notice, and the place panel beside it. */
export class MapPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Map|지도)$/ }).click();
    await expect(this.map).toBeVisible();
  }

  get map(): Locator {
    return this.page.getByRole('region', { name: 'Map of the trip' });
  }

  /** A pin on the map (a Leaflet div icon: role=button, labelled by its hidden text). */
  marker(name: string | RegExp): Locator {
    return this.map.getByRole('button', { name });
  }

  /** Groups of pins too close to tell apart (Leaflet.markercluster), by their count. */
  groups(count: number): Locator {
    return this.map.getByRole('button', { name: `${count} pins here, too close to tell apart — press Enter to open` });
  }

  /**
   * Opens a group from the keyboard until `shows` appears (the map may still be fitting its view, and Leaflet
   * redraws the groups when a zoom ends).
   */
  async openGroup(group: Locator, shows: Locator): Promise<void> {
    await expect(async () => {
      await group.focus();
      await this.page.keyboard.press('Enter');
      await expect(shows).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
  }

  get offlineNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Map tiles are unavailable offline' });
  }

  get route(): Locator {
    return this.map.locator('path.route-line');
  }

  get placePanel(): Locator {
    return this.page.getByRole('region', { name: 'Set an entry’s place' });
  }
}
