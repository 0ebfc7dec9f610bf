import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../support/library';

export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/programme');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
export const fixturePath = (name: string) => path.join(FIXTURES, name);

/** The hand-made edge cases (edge-cases.ics, programme.csv) are for an ICML-like week in Vienna. */
export const VIENNA = { venueZone: 'Europe/Vienna', dayStartHour: 4 };
export const VIENNA_TRIP = {
  title: 'ICML 2024 in Vienna',
  conference: 'ICML 2024',
  city: 'Vienna',
  start: '2024-07-22',
  end: '2024-07-24',
  timeZone: 'Europe/Vienna',
  homeTimeZone: 'Asia/Seoul',
} as const;
