/**
 * Programme import at CVPR scale (issue #13): 3,000 sessions over 5 days in 40
 * rooms, written as iCalendar (with a VTIMEZONE, folded Hangul lines and escapes)
 * and as a pretalx schedule.json, each imported into a fresh temp library
 * (parse, venue clock, merge, durable write); then a re-import of the same file
 * (every session matched), and `listSessions` with a query — the service side of
 * the programme view's filter. Prints wall and CPU time beside the load average;
 * exits non-zero when a target is missed. Targets are judged on CPU time: wall
 * figures on a shared two-core machine mostly measure the other processes.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTrip } from '../electron/services/journal/trips';
import { Library } from '../electron/services/library/library';
import { importProgramme, listSessions } from '../electron/services/programme/programme-service';
import { addDays } from '../electron/shared/domain/days';

const SESSIONS = 3_000;
const DAYS = 5;
const ROOMS = 40;
const TARGETS = { importCpuMs: 2_000, listQueryCpuMs: 50 };
const TRIP = { title: 'CVPR 2024', conference: 'CVPR 2024', city: 'Seattle', start: '2024-06-17', end: '2024-06-21', timeZone: 'America/Los_Angeles', homeTimeZone: 'Asia/Seoul' };

const pad = (n: number) => String(n).padStart(2, '0');
const TOPICS = ['Optical Flow', 'Diffusion Models', '비전 트랜스포머', 'Neural Radiance Fields', '3D Reconstruction', 'Self-Supervised Learning', 'Video Understanding', 'Robotics'];

interface Generated {
  uid: string;
  day: string;
  hour: number;
  minute: number;
  room: string;
  track: string;
  title: string;
  speakers: string[];
  abstract: string;
}

function programme(): Generated[] {
  const out: Generated[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const slot = Math.floor(i / ROOMS);
    const topic = TOPICS[i % TOPICS.length]!;
    out.push({
      uid: `cvpr2024-${i}@example.org`,
      day: addDays(TRIP.start, slot % DAYS),
      hour: 8 + (Math.floor(slot / DAYS) % 11),
      minute: (i % 4) * 15,
      room: `Room ${100 + (i % ROOMS)}`,
      track: topic,
      title: `${topic}: paper ${i} — 효율적인 학습과 추론 ${i}`,
      speakers: [`Author ${i}`, `저자 ${i % 97}`, `Co-author ${i % 13}`],
      abstract: `We study ${topic.toLowerCase()}, with results on ${i % 7} benchmarks; code, data, and models are released.\nSecond paragraph of paper ${i}.`,
    });
  }
  return out;
}

const esc = (t: string) => t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const parts: Buffer[] = [bytes.subarray(0, 75)];
  for (let at = 75; at < bytes.length; at += 74) parts.push(Buffer.concat([Buffer.from(' '), bytes.subarray(at, at + 74)]));
  return Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('\r\n'), p] : [p]))).toString('latin1');
}

function asIcs(sessions: Generated[]): Buffer {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', 'BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'];
  for (const s of sessions) {
    const t = `${s.day.replace(/-/g, '')}T${pad(s.hour)}${pad(s.minute)}00`;
    const e = `${s.day.replace(/-/g, '')}T${pad(s.hour)}${pad(s.minute + 14)}00`;
    lines.push('BEGIN:VEVENT', `UID:${s.uid}`, 'DTSTAMP:20240601T000000Z', `DTSTART;TZID=Pacific Standard Time:${t}`, `DTEND;TZID=Pacific Standard Time:${e}`,
      `SUMMARY:${esc(s.title)}`, `LOCATION:${esc(s.room)}`, `CATEGORIES:${esc(s.track)}`, `DESCRIPTION:${esc(s.abstract)}`,
      ...s.speakers.map((p) => `ATTENDEE;CN="${p}";ROLE=REQ-PARTICIPANT:mailto:x@example.org`), `URL:https://example.org/${s.uid}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  // Folding works on UTF-8 bytes: build the text as Latin-1 byte strings, then write those bytes.
  return Buffer.from(lines.map((l) => fold(l)).join('\r\n'), 'latin1');
}

function asJson(sessions: Generated[]): Buffer {
  const days = [...new Set(sessions.map((s) => s.day))].sort().map((date, index) => {
    const rooms: Record<string, unknown[]> = {};
    for (const s of sessions.filter((x) => x.day === date)) {
      (rooms[s.room] ??= []).push({
        guid: s.uid, date: `${s.day}T${pad(s.hour)}:${pad(s.minute)}:00-07:00`, start: `${pad(s.hour)}:${pad(s.minute)}`, duration: '00:14',
        room: s.room, title: s.title, track: s.track, abstract: s.abstract, url: `https://example.org/${s.uid}`, persons: s.speakers.map((p) => ({ public_name: p })),
      });
    }
    return { index: index + 1, date, rooms };
  });
  return Buffer.from(JSON.stringify({ schedule: { version: 'bench', conference: { title: 'CVPR', time_zone_name: 'America/Los_Angeles', days } } }));
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = await run();
  return { value, wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

const fmt = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
  const sessions = programme();
  const files = { ics: asIcs(sessions), json: asJson(sessions) };
  let failed = false;
  for (const [kind, bytes] of Object.entries(files)) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'proceedings-bench-programme-'));
    try {
      const library = await Library.open(root, { owner: 'bench' });
      const trip = await createTrip(library, TRIP);
      const first = await timed(() => importProgramme(library, trip.id, { bytes, name: `cvpr.${kind}` }));
      const again = await timed(() => importProgramme(library, trip.id, { bytes, name: `cvpr.${kind}` }));
      if (first.value.sessionCount !== SESSIONS || again.value.changed.length !== 0) throw new Error(`${kind}: expected ${SESSIONS} sessions, unchanged on re-import`);
      // Keystrokes typing a query: each prefix is one filter of the whole programme.
      const query = '트랜스포머: paper 12';
      // The first search of a programme builds each session's normalised search text once (per loaded programme).
      const warm = await timed(() => listSessions(library, trip.id, { query: 'zzz' }));
      const keystrokes: number[] = [];
      let hits = 0;
      for (let i = 1; i <= query.length; i++) {
        const step = await timed(() => listSessions(library, trip.id, { query: query.slice(0, i) }));
        keystrokes.push(step.cpuMs);
        hits = step.value.length;
      }
      const dayFilter = await timed(() => listSessions(library, trip.id, { day: '2024-06-18', query: 'ㅂㅈ' }));
      await library.close();
      const size = (bytes.length / 1e6).toFixed(1);
      console.log(`${kind.padEnd(4)} ${size} MB  import ${fmt(first.wallMs)} wall ${fmt(first.cpuMs)} CPU   re-import ${fmt(again.wallMs)} wall ${fmt(again.cpuMs)} CPU`);
      console.log(`      first search (builds the search text once): ${warm.cpuMs.toFixed(1)} ms CPU`);
      console.log(`      list with a query, per keystroke: median ${keystrokes.length ? median(keystrokes).toFixed(1) : '-'} ms CPU, max ${Math.max(...keystrokes).toFixed(1)} ms [${keystrokes.map((k) => k.toFixed(0)).join(' ')}] (last: ${hits} hits); day + Hangul initials ${dayFilter.cpuMs.toFixed(1)} ms (${dayFilter.value.length} hits)`);
      if (first.cpuMs > TARGETS.importCpuMs) {
        console.log(`  MISSED: import ${first.cpuMs.toFixed(0)} ms CPU > ${TARGETS.importCpuMs} ms`);
        failed = true;
      }
      if (Math.max(...keystrokes) > TARGETS.listQueryCpuMs) {
        console.log(`  MISSED: a keystroke's filter took ${Math.max(...keystrokes).toFixed(1)} ms CPU > ${TARGETS.listQueryCpuMs} ms`);
        failed = true;
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  console.log(`targets: import ≤ ${TARGETS.importCpuMs} ms CPU, filter ≤ ${TARGETS.listQueryCpuMs} ms CPU per keystroke — ${failed ? 'MISSED' : 'met'}`);
  process.exit(failed ? 1 : 0);
}

await main();
