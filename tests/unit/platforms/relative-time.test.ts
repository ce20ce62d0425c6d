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
    ['3 u', 3 * HOUR],
    ['Just now', 0],
  ])('%s', (label, ms) => {
    expect(parseRelativeTime(label, now)).toBe(ago(ms));
  });

  it.each(['Like', 'Reply', 'Author', '30 May at 11:02', ''])(
    '%s is not a relative time',
    (label) => {
      expect(parseRelativeTime(label, now)).toBeUndefined();
    },
  );
});
