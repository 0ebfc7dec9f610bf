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
