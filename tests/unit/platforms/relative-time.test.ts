import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../../utils/platforms/relative-time';

const now = new Date('2026-11-20T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Labels as Facebook shows them on comments and conversation rows, per UI language.
describe('parseRelativeTime, Facebook labels', () => {
  it.each([
    ['1w', 7 * DAY],
    ['a week ago', 7 * DAY],
    ['2h', 2 * HOUR],
    ['2 hours ago', 2 * HOUR],
    ['45m', 45 * MINUTE],
    ['1d', DAY],
    ['2 tim', 2 * HOUR],
    ['20 min', 20 * MINUTE],
    ['2 t', 2 * HOUR],
    ['1 d', DAY],
    ['3 u', 3 * 7 * DAY],
    ['1 u.', 7 * DAY],
    ['2 md.', 60 * DAY],
    ['4 mdr.', 120 * DAY],
    ['5 mnd', 150 * DAY],
    ['Just now', 0],
  ])('%s', (label, ms) => {
    expect(parseRelativeTime(label, now)).toBe(ago(ms));
  });

  it('reads a unit word by the page language where languages disagree', () => {
    expect(parseRelativeTime('2 u', now, 'nl')).toBe(ago(2 * HOUR));
    expect(parseRelativeTime('2 u', now, 'da')).toBe(ago(2 * 7 * DAY));
    expect(parseRelativeTime('2 u', now, 'nb-NO')).toBe(ago(2 * 7 * DAY));
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
