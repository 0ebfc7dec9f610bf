import { describe, expect, it } from 'vitest';
import { detectFormat, parseProgramme } from '../../../electron/services/programme/detect';
import { normaliseSessions } from '../../../electron/services/programme/normalise';
import { fixture, VIENNA } from './fixtures';

const read = (name: string | Buffer, ctx = VIENNA) => {
  const parsed = parseProgramme(typeof name === 'string' ? fixture(name) : name, ctx);
  return { ...parsed, sessions: normaliseSessions(parsed.sessions, ctx) };
};

describe('pretalx / frab schedule.json', () => {
  // DemoCon is pretalx's demo event as exported by pretalx (voc/schedule validator example).
  const berlin = { venueZone: 'Europe/Berlin', dayStartHour: 4 };

  it('reads every event with its speakers, room, track, link and abstract', () => {
    const { format, sessions } = read('pretalx-democon.json', berlin);
    expect(format).toBe('pretalx-json');
    expect(sessions).toHaveLength(36);
    const first = sessions.find((s) => s.sourceUid === '8079583e-8321-506c-95af-fd2903a5f075')!;
    expect(first).toMatchObject({
      title: 'Focused 5thgeneration hardware',
      room: 'Gray Room',
      track: 'Phased',
      speakers: ['Brian Robinson'],
      url: 'http://localhost/democon/talk/G9JGWY/',
      abstract: 'Brand back-end models!',
      start: '2020-12-14T09:00',
      end: '2020-12-14T09:30',
      day: '2020-12-14',
    });
  });

  it('trusts the offsets on the times over the declared time_zone_name (pretalx writes UTC with +01:00 times) and says so', () => {
    const { sessions, warnings } = read('pretalx-democon.json', berlin);
    // 09:00+01:00 is 08:00Z: had the declared UTC been trusted, the talk would show at 10:00 in Berlin.
    expect(sessions.find((s) => s.title === 'Focused 5thgeneration hardware')!.startAt).toBe('2020-12-14T08:00:00.000Z');
    expect(warnings).toEqual([
      'The file declares the time zone "UTC" but its times carry the offsets +01:00 (the zone says +00:00); the offsets written on the times were trusted.',
    ]);
  });

  it('refuses broken JSON and JSON that is not a schedule, naming the place', () => {
    expect(() => parseProgramme(Buffer.from('{"schedule": {'), VIENNA)).toThrow(/not valid JSON/);
    expect(() => parseProgramme(Buffer.from('{"talks": []}'), VIENNA)).toThrow(/not a pretalx\/frab schedule: "schedule.conference.days" is missing/);
    const badDuration = JSON.stringify({ schedule: { conference: { days: [{ date: '2024-07-22', rooms: { A: [{ title: 'x', date: '2024-07-22T10:00:00+02:00', duration: 'long' }] } }] } } });
    expect(() => parseProgramme(Buffer.from(badDuration), VIENNA)).toThrow('schedule.conference.days[0].rooms["A"][0].duration: "long" is not a duration like 00:30.');
  });
});

describe('frab schedule.xml', () => {
  const berlin = { venueZone: 'Europe/Berlin', dayStartHour: 4 };

  it('reads a CCC congress day (31C3) with a real XML parser', () => {
    const { format, sessions } = read('frab-31c3-day1.xml', berlin);
    expect(format).toBe('frab-xml');
    expect(sessions).toHaveLength(35);
    expect(sessions.find((s) => s.sourceUid === '29aecfd7-2e44-4f49-ab86-29b5e0877325')).toMatchObject({
      title: '31C3 Opening Event',
      start: '2014-12-27T11:00',
      end: '2014-12-27T11:30',
      room: 'Saal 1',
      track: 'CCC',
      speakers: ['erdgeist', 'Geraldine de Bastion'],
    });
  });

  it('keeps the midnight screening on the first congress day', () => {
    const film = read('frab-31c3-day1.xml', berlin).sessions.find((s) => s.title === 'Citizenfour')!;
    expect(film).toMatchObject({ start: '2014-12-28T00:00', day: '2014-12-27' });
  });

  it('refuses XML that is not well-formed (with line and column) or not a schedule', () => {
    expect(() => parseProgramme(Buffer.from('<schedule>\n<day date="2024-07-22">\n</schedule>'), VIENNA)).toThrow(/not well-formed XML: .*\(line 3, column \d+\)/);
    expect(() => parseProgramme(Buffer.from('<?xml version="1.0"?><rss></rss>'), VIENNA)).toThrow(/no <schedule> element/);
  });

  it('decodes entities and CDATA', () => {
    const xml = `<?xml version="1.0"?><schedule><conference><title>T</title></conference><day date="2024-07-22"><room name="Hall &amp; B"><event guid="g1"><date>2024-07-22T10:00:00+02:00</date><duration>00:45</duration><title>Rock &amp; Roll &lt;3</title><abstract><![CDATA[Uses <b>tags</b> & more]]></abstract><persons><person id="1">Kim &quot;MJ&quot;</person></persons></event></room></day></schedule>`;
    expect(read(Buffer.from(xml)).sessions[0]).toMatchObject({ title: 'Rock & Roll <3', room: 'Hall & B', abstract: 'Uses <b>tags</b> & more', speakers: ['Kim "MJ"'], end: '2024-07-22T10:45' });
  });
});

describe('CSV from a spreadsheet', () => {
  it('reads the columns in any case, speakers split on semicolons, times as the venue clock', () => {
    const { format, sessions } = read('programme.csv');
    expect(format).toBe('csv');
    expect(sessions).toHaveLength(6);
    expect(sessions[0]).toMatchObject({
      title: 'Keynote: Scaling, Data; and Everything',
      start: '2024-07-22T09:30',
      startAt: '2024-07-22T07:30:00.000Z',
      room: 'Hall A',
      track: 'Keynotes',
      speakers: ['Kim Minji', 'Zachary Teed'],
      url: 'https://example.org/talks/keynote-1',
    });
    expect(sessions.find((s) => s.title === 'Oral 2A: Optical Flow')!.speakers).toEqual(['Teed, Zachary', 'Deng, Jia']);
    expect(sessions.find((s) => s.title === 'Generalisation bounds revisited')).toMatchObject({ start: '2024-07-23T09:00', end: '2024-07-23T09:30' });
  });

  it('reads times after midnight as the night after the row\'s day, and keeps them on that day', () => {
    const { sessions } = read('programme.csv');
    expect(sessions.find((s) => s.title === 'Conference party')).toMatchObject({ start: '2024-07-23T23:30', end: '2024-07-24T01:00', day: '2024-07-23' });
    expect(sessions.find((s) => s.title === 'Late set (after midnight)')).toMatchObject({ start: '2024-07-24T01:30', end: '2024-07-24T02:30', day: '2024-07-23' });
  });

  it('accepts semicolon-separated files with a BOM (European spreadsheets)', () => {
    const text = '\uFEFFday;start;end;room;title\n2024-07-22;10:00;11:00;A;Ein Vortrag\n';
    expect(read(Buffer.from(text)).sessions[0]).toMatchObject({ title: 'Ein Vortrag', start: '2024-07-22T10:00', room: 'A' });
  });

  it('names missing columns and bad rows by line, and imports nothing from a file with bad rows', () => {
    expect(() => read(Buffer.from('title,room\nA talk,Hall A\n'))).toThrow(
      'This CSV file lacks the columns "day", "start" (line 1 has: "title", "room"). Expected a header like: day, start, end, room, track, title, speakers, url.',
    );
    const bad = 'day,start,end,title\n2024-07-22,10:00,11:00,Fine\n2024-07-32,25:00,x,\n';
    expect(() => read(Buffer.from(bad))).toThrow(/nothing was imported\):\nline 3, day: "2024-07-32" is not a date.*\nline 3, start: "25:00" is not a time.*\nline 3, end: "x" is not a time.*\nline 3, title: is empty/);
  });
});

describe('detection by content', () => {
  it('refuses what is not a programme with a message saying what it looks like', () => {
    expect(() => detectFormat(Buffer.from(''))).toThrow('The file is empty.');
    expect(() => detectFormat(Buffer.from('PK\u0003\u0004rest'))).toThrow(/zip file \(an \.xlsx or \.ods spreadsheet\?\)/);
    expect(() => detectFormat(Buffer.from('<!DOCTYPE html><html></html>'))).toThrow(/web page \(HTML\)/);
    expect(() => detectFormat(Buffer.from('just some notes\nnothing else'))).toThrow(/not a programme Proceedings can read/);
  });

  it('does not go by the file name: each format is told apart from its first bytes', () => {
    expect(detectFormat(fixture('pretalx-democon.json'))).toBe('pretalx-json');
    expect(detectFormat(fixture('frab-31c3-day1.xml'))).toBe('frab-xml');
    expect(detectFormat(fixture('programme.csv'))).toBe('csv');
  });
});
