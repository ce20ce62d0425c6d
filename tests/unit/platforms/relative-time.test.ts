import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../../utils/platforms/relative-time';

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
