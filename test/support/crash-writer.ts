/**
 * Child process for the SIGKILL test: opens the library given as argv[2],
 * creates a trip, then adds entries forever, printing `trip <id>` once and
 * `committed <n>` after each flush resolves (n entries are durable by then).
 * The parent kills it with SIGKILL at some moment and checks what survived.
 * Entry bodies are padded so each save takes long enough to be caught mid-write.
 */
import { createEntry } from '../../electron/services/journal/entries';
import { createTrip } from '../../electron/services/journal/trips';
import { Library } from '../../electron/services/library/library';

const root = process.argv[2]!;
const library = await Library.open(root, { owner: 'crash-test' });
const trip = await createTrip(library, {
  title: '텔 아비브와 ECCV 2022',
  start: '2022-10-22',
  end: '2022-10-28',
  timeZone: 'Asia/Jerusalem',
  homeTimeZone: 'Asia/Seoul',
});
process.stdout.write(`trip ${trip.id}\n`);
const padding = '가나다라마바사 '.repeat(400);
for (let n = 1; ; n++) {
  await createEntry(library, trip.id, { kind: 'note', start: '2022-10-24T10:30', title: `entry ${n}`, body: padding });
  await library.flush();
  process.stdout.write(`committed ${n}\n`);
}
