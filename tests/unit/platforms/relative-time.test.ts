import { describe, expect, it } from 'vitest';
import { parseAbsoluteTime, parseRelativeTime } from '../../../utils/platforms/relative-time';

const now = new Date('2026-11-20T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Labels as Facebook shows them on comments and conversation rows, per UI language. A label is
// its age rounded down ("1d": 24 to 48 hours), so the time read is the earliest possible.
describe('parseRelativeTime, Facebook labels', () => {
  it.each([
    ['1w', 14 * DAY],
    ['a week ago', 14 * DAY],
    ['2h', 3 * HOUR],
    ['2 hours ago', 3 * HOUR],
    ['45m', 46 * MINUTE],
    ['1d', 2 * DAY],
    ['2 tim', 3 * HOUR],
    ['20 min', 21 * MINUTE],
    ['2 t', 3 * HOUR],
    ['1 d', 2 * DAY],
    ['3 u', 4 * 7 * DAY],
    ['1 u.', 14 * DAY],
    ['2 md.', 90 * DAY],
    ['4 mdr.', 150 * DAY],
    ['5 mnd', 180 * DAY],
    ['Just now', MINUTE],
  ])('%s: posted at the earliest this long ago', (label, ms) => {
    expect(parseRelativeTime(label, now)).toBe(ago(ms));
  });

  it('reads a unit word by the page language where languages disagree', () => {
    expect(parseRelativeTime('2 u', now, 'nl')).toBe(ago(3 * HOUR));
    expect(parseRelativeTime('2 u', now, 'da')).toBe(ago(3 * 7 * DAY));
    expect(parseRelativeTime('2 u', now, 'nb-NO')).toBe(ago(3 * 7 * DAY));
  });

  it.each(['Like', 'Reply', 'Author', '30 May at 11:02', ''])(
    '%s is not a relative time',
    (label) => {
      expect(parseRelativeTime(label, now)).toBeUndefined();
    },
  );

  it.each(['2 constructor', '3 toString', '1 __proto__', '5 hasOwnProperty'])(
    '%s, words of every object, is not a relative time and throws nothing',
    (label) => {
      expect(parseRelativeTime(label, now)).toBeUndefined();
      expect(parseRelativeTime(label, now, 'nl')).toBeUndefined();
    },
  );
});

describe('parseAbsoluteTime, dates in tooltips and labels', () => {
  // Pages show the browser's local time: expected values are built in the same local zone.
  const local = (month: number, day: number, hours = 0, minutes = 0, year = 2026) =>
    new Date(year, month, day, hours, minutes).toISOString();

  it.each([
    ['Friday, 20 November 2026 at 10:02', local(10, 20, 10, 2)],
    ['November 20, 2026 at 10:02 AM', local(10, 20, 10, 2)],
    ['November 19, 2026 at 3:45 PM', local(10, 19, 15, 45)],
    ['fredag 20 november 2026 kl. 10:02', local(10, 20, 10, 2)],
    ['fredag den 20. november 2026 kl. 10.02', local(10, 20, 10, 2)],
    ['fredag 20. november 2026 kl. 10:02', local(10, 20, 10, 2)],
    ['Freitag, 20. November 2026 um 10:02', local(10, 20, 10, 2)],
    ['3. desember 2025', local(11, 3, 0, 0, 2025)],
    ['2026-11-20T10:02:00+01:00', '2026-11-20T09:02:00.000Z'],
  ])('%s', (label, iso) => {
    expect(parseAbsoluteTime(label, now)).toBe(iso);
  });

  it('puts a date without a year in the last twelve months', () => {
    expect(parseAbsoluteTime('18 November at 09:00', now)).toBe(local(10, 18, 9));
    expect(parseAbsoluteTime('24 December at 09:00', now)).toBe(local(11, 24, 9, 0, 2025));
  });

  it.each(['2h', '1 d', 'Just now', '31 November 2026', 'Reply', '12 apples', ''])(
    '%s is not a date',
    (label) => {
      expect(parseAbsoluteTime(label, now)).toBeUndefined();
    },
  );
});
