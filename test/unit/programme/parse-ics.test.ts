import { describe, expect, it } from 'vitest';
import { detectFormat, parseProgramme } from '../../../electron/services/programme/detect';
import { unfoldBytes } from '../../../electron/services/programme/ics-bytes';
import { normaliseSessions } from '../../../electron/services/programme/normalise';
import { parseIcs } from '../../../electron/services/programme/parse-ics';
import { fixture, VIENNA } from './fixtures';

const edge = () => {
  const parsed = parseIcs(fixture('edge-cases.ics'), VIENNA);
  const sessions = normaliseSessions(parsed.sessions, VIENNA);
  const byUid = (uid: string) => sessions.find((s) => s.sourceUid === uid)!;
  return { parsed, sessions, byUid };
};

describe('iCalendar programmes', () => {
  it('is recognised by its content', () => {
    expect(detectFormat(fixture('edge-cases.ics'))).toBe('ics');
    expect(detectFormat(fixture('moca2024.ics'))).toBe('ics');
  });

  it('reads a TZID defined by the file\'s own VTIMEZONE (an Outlook zone name, summer time)', () => {
    const s = edge().byUid('keynote-1@example.org');
    expect(s).toMatchObject({ startAt: '2024-07-22T07:30:00.000Z', start: '2024-07-22T09:30', end: '2024-07-22T10:30', day: '2024-07-22' });
  });

  it('puts UTC (Z) times on the venue\'s wall clock through the instant', () => {
    expect(edge().byUid('oral-2@example.org')).toMatchObject({ startAt: '2024-07-22T12:00:00.000Z', start: '2024-07-22T14:00', end: '2024-07-22T14:30' });
  });

  it('keeps VALUE=DATE items all-day on their date (DTEND is exclusive)', () => {
    expect(edge().byUid('posters-day@example.org')).toMatchObject({ allDay: true, day: '2024-07-23', start: '2024-07-23T00:00', end: '2024-07-24T00:00' });
  });

  it('unfolds lines on bytes, so a fold inside a UTF-8 sequence keeps the Hangul intact', () => {
    const bytes = fixture('edge-cases.ics');
    // The fixture really folds inside a multi-byte character: a lead or continuation byte, CRLF, space, a continuation byte.
    expect(/[\x80-\xff]\r\n [\x80-\xbf]/.test(bytes.toString('latin1'))).toBe(true);
    const s = edge().byUid('hangul-4@example.org');
    expect(s.title).toBe('비전 트랜스포머의 효율적인 학습: 토큰 병합과 지식 증류를 통한 추론 가속');
    expect(s.abstract).toBe('이 발표는 비전 트랜스포머를 더 빠르게 학습하는 방법을 다룹니다. 토큰 병합, 지식 증류, 그리고 혼합 정밀도 학습을 비교합니다.');
    expect(s.abstract).not.toContain('\uFFFD');
    // An IANA TZID needs no VTIMEZONE; DURATION gives the end.
    expect(s).toMatchObject({ start: '2024-07-23T14:00', end: '2024-07-23T14:45', url: 'https://arxiv.org/abs/2210.09461', room: 'Room 101' });
  });

  it('unescapes text and reads URL, LOCATION, DESCRIPTION, CATEGORIES and ATTENDEE names', () => {
    expect(edge().byUid('keynote-1@example.org')).toMatchObject({
      title: 'Keynote: Scaling, Data; and Everything',
      room: 'Hall A, Level 2',
      abstract: 'First line.\nSecond line with a backslash \\ and a comma, too.',
      url: 'https://example.org/talks/keynote-1',
      track: 'Keynotes',
      speakers: ['Kim, Minji', 'Zachary Teed'],
    });
  });

  it('marks STATUS:CANCELLED sessions cancelled', () => {
    const { sessions } = edge();
    expect(sessions.filter((s) => s.cancelled).map((s) => s.sourceUid)).toEqual(['cancelled-5@example.org']);
  });

  it('keeps a session after midnight on the conference day it belongs to', () => {
    expect(edge().byUid('party-6@example.org')).toMatchObject({ start: '2024-07-24T00:30', end: '2024-07-24T02:00', day: '2024-07-23' });
  });

  it('reads a real published programme (MOCA 2024): UTC times, every event with the same UID, speakers from ORGANIZER', () => {
    const ctx = { venueZone: 'Europe/Rome', dayStartHour: 4 };
    const parsed = parseIcs(fixture('moca2024.ics'), ctx);
    const sessions = normaliseSessions(parsed.sessions, ctx);
    expect(sessions).toHaveLength(12);
    // The exporter gave all events UID 46939: ids must still be unique and stable.
    expect(new Set(sessions.map((s) => s.id)).size).toBe(12);
    expect(normaliseSessions(parseIcs(fixture('moca2024.ics'), ctx).sessions, ctx).map((s) => s.id)).toEqual(sessions.map((s) => s.id));
    const forensics = sessions.find((s) => s.title === 'Digital Forensics ed investigazioni digitali')!;
    // 11:00Z is 13:00 in Italy in September (CEST).
    expect(forensics).toMatchObject({ start: '2024-09-15T13:00', end: '2024-09-15T13:30', room: 'MOV', speakers: ['Luca Mercatanti'], day: '2024-09-15' });
  });

  it('refuses broken or empty calendars with a message naming the problem', () => {
    const bad = (text: string) => () => parseProgramme(Buffer.from(text), VIENNA);
    expect(bad('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nTHIS LINE IS BROKEN\r\nEND:VCALENDAR\r\n')).toThrow(/not a readable iCalendar file: .*THIS LINE IS BROKEN.*\(line 3\)/);
    expect(bad('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VCALENDAR\r\n')).toThrow(/not a readable iCalendar file/);
    expect(bad('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toThrow(/no events \(VEVENT\)/);
  });

  it('warns about (and skips) an event without DTSTART, and reads floating times on the venue clock', () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'UID:a', 'SUMMARY:No start', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b', 'SUMMARY:Floating', 'DTSTART:20240722T100000', 'DTEND:20240722T110000', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n');
    const parsed = parseIcs(Buffer.from(text), VIENNA);
    expect(parsed.warnings.join('\n')).toMatch(/Skipped event 1 "No start": it has no start time/);
    expect(parsed.warnings.join('\n')).toMatch(/1 event gives times without a zone; they were read on the venue's clock \(Europe\/Vienna\)/);
    expect(normaliseSessions(parsed.sessions, VIENNA)[0]).toMatchObject({ start: '2024-07-22T10:00', startAt: '2024-07-22T08:00:00.000Z' });
  });

  it('unfolds LF-only files and tabs as fold markers too', () => {
    expect(Buffer.from(unfoldBytes(Buffer.from('SUMMARY:ab\n cd\n\tef\nX:y'))).toString()).toBe('SUMMARY:abcdef\nX:y');
  });
});
