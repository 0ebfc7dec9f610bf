import { expect, type Page } from '@playwright/test';

export interface TripInput {
  title: string;
  conference?: string;
  city?: string;
  start: string;
  end: string;
  timeZone?: string;
  homeTimeZone?: string;
}

/** The trip list and the trip form, as a user sees them. */
export class TripsPage {
  constructor(readonly page: Page) {}

  async createTrip(trip: TripInput): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: /^(New trip|새 여행)$/ }).first().click();
    const form = page.getByRole('form', { name: /New trip|새 여행/ });
    await form.getByLabel(/^(Title|제목)$/).fill(trip.title);
    if (trip.conference) await form.getByLabel(/^(Conference|학회)$/).fill(trip.conference);
    if (trip.city) await form.getByLabel(/^(City|도시)$/).fill(trip.city);
    await form.getByLabel(/^(First day|첫날)$/).fill(trip.start);
    await form.getByLabel(/^(Last day|마지막 날)$/).fill(trip.end);
    if (trip.timeZone) await form.getByLabel(/^(Venue time zone|현지 시간대)$/).fill(trip.timeZone);
    if (trip.homeTimeZone) await form.getByLabel(/^(Home time zone|집 시간대)$/).fill(trip.homeTimeZone);
    await form.getByRole('button', { name: /Create trip|여행 만들기/ }).click();
    await expect(page.getByRole('tablist', { name: /Trip sections|여행 구역/ })).toBeVisible();
  }

  async openTrip(title: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(title) }).click();
  }
}
