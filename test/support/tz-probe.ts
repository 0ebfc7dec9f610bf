/**
 * Child process for the time-zone tests: runs under whatever TZ the parent
 * sets and prints, as JSON, how the services store and place
 * "10:30 on day 3 in Tel Aviv" — none of which may depend on the computer's zone.
 */
import { tripDays, dayOfLocalTime } from '../../electron/shared/domain/days';
import { createEntry } from '../../electron/services/journal/entries';
import { createTrip } from '../../electron/services/journal/trips';
import { Library } from '../../electron/services/library/library';
import { backupStamp, parseStamp } from '../../electron/services/library/backups';

const root = process.argv[2]!;
const library = await Library.open(root, { owner: 'tz-probe' });
const trip = await createTrip(library, {
  title: 'ECCV 2022',
  start: '2022-10-22',
  end: '2022-10-28',
  timeZone: 'Asia/Jerusalem',
  homeTimeZone: 'Asia/Seoul',
});
const { entry } = await createEntry(library, trip.id, { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T11:15', title: 'Keynote' });
const late = await createEntry(library, trip.id, { kind: 'meal', start: '2022-10-25T01:30', meal: 'dinner' });
await library.close();

const reopened = await Library.open(root, { owner: 'tz-probe', readOnly: true });
const doc = await reopened.trip(trip.id);
const stored = doc.entries.find((e) => e.id === entry.id)!;
const days = tripDays(doc.trip);
const day = days.find((d) => d.date === dayOfLocalTime(stored.start, doc.trip.dayStartHour))!;
const lateDay = dayOfLocalTime(doc.entries.find((e) => e.id === late.entry.id)!.start, doc.trip.dayStartHour);
const stamp = backupStamp(new Date('2022-10-24T07:30:00.000Z'));
process.stdout.write(
  JSON.stringify({
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    start: stored.start,
    end: stored.end,
    dayIndex: day.index,
    dayDate: day.date,
    lateDay,
    dayCount: days.length,
    createdAt: stored.createdAt,
    stamp,
    stampBack: new Date(parseStamp(`${stamp}.json`)!).toISOString(),
  }),
);
