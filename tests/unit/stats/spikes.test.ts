import { describe, expect, it } from 'vitest';
import { detectComplaintSpike, isComplaint } from '../../../utils/stats/spikes';
import type { StatsItem } from '../../../utils/stats/inputs';
import { DAY, HOUR, MINUTE, item } from './builders';

const now = Date.parse('2026-03-16T12:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();
const complaint = (key: string, postedMs: number, fields: Partial<StatsItem> = {}) =>
  item({ key, intent: 'complaint', postedAt: at(postedMs), firstSeenAt: at(postedMs), ...fields });
const recentThree = [
  complaint('r1', now - 10 * MINUTE),
  complaint('r2', now - 2 * HOUR, { intent: 'question', sentiment: 'negative' }),
  complaint('r3', now - 3 * HOUR + 1),
];

describe('detectComplaintSpike', () => {
  it('compares with the same window in past weeks', () => {
    const history = [complaint('w1', now - 7 * DAY - HOUR), complaint('w2', now - 21 * DAY - HOUR)];
    expect(
      detectComplaintSpike([...recentThree, ...history], { now, historySince: '2026-02-01' }),
    ).toEqual({
      spiking: true,
      recentCount: 3,
      baseline: 0.5,
      ratio: 6,
      baselineKind: 'hour-of-week',
      baselineWindows: 4,
      itemKeys: ['r1', 'r2', 'r3'],
    });
  });

  it('does not spike at less than three times the usual', () => {
    // Four a week ago and two the week before: 6 over 4 weeks.
    const history = [
      ...[1, 2, 3, 4].map((n) => complaint(`a${n}`, now - 7 * DAY - n * 30 * MINUTE)),
      ...[1, 2].map((n) => complaint(`b${n}`, now - 14 * DAY - n * 30 * MINUTE)),
    ];
    expect(
      detectComplaintSpike([...recentThree, ...history], { now, historySince: '2026-02-01' }),
    ).toMatchObject({ spiking: false, recentCount: 3, baseline: 1.5, ratio: 2 });
  });

  it('falls back to the same hours of the last days with under a week of history', () => {
    const history = [1, 2, 3].map((n) => complaint(`d${n}`, now - 2 * DAY - n * 50 * MINUTE));
    expect(
      detectComplaintSpike([...recentThree, ...history], {
        now,
        historySince: '2026-03-13T00:00:00Z',
      }),
    ).toMatchObject({
      spiking: true,
      baseline: 1,
      ratio: 3,
      baselineKind: 'daily',
      baselineWindows: 3,
    });
  });

  it.each([
    [recentThree, true, 3],
    [recentThree.slice(0, 2), false, 2],
    [[], false, 0],
  ])('decides on the minimum count alone without history', (items, spiking, recentCount) => {
    expect(detectComplaintSpike(items, { now, historySince: now - HOUR })).toEqual({
      spiking,
      recentCount,
      baseline: null,
      ratio: null,
      baselineKind: 'none',
      baselineWindows: 0,
      itemKeys: items.map((i) => i.key),
    });
  });

  it('takes the history start from the earliest item seen', () => {
    const seenLongAgo = item({ key: 'old', firstSeenAt: at(now - 10 * DAY) });
    expect(detectComplaintSpike([...recentThree, seenLongAgo], { now })).toMatchObject({
      baseline: 0,
      ratio: null,
      baselineKind: 'hour-of-week',
      baselineWindows: 1,
      spiking: true,
    });
  });

  it('leaves out our own posts, other intents, the window edge, and counts the future as now', () => {
    const items = [
      complaint('own', now - HOUR, { byOwner: true }),
      complaint('praise', now - HOUR, { intent: 'praise', sentiment: 'positive' }),
      complaint('edge', now - 3 * HOUR),
      complaint('future', now + 5 * MINUTE),
    ];
    expect(detectComplaintSpike(items, { now, historySince: now }).itemKeys).toEqual(['future']);
  });

  it.each([0, -1, 25])('rejects a window of %d hours', (windowHours) => {
    expect(() => detectComplaintSpike([], { now, windowHours })).toThrow(RangeError);
  });
});

describe('isComplaint', () => {
  it.each<[Pick<StatsItem, 'intent' | 'sentiment'>, boolean]>([
    [{ intent: 'complaint' }, true],
    [{ sentiment: 'negative' }, true],
    [{ intent: 'crisis', sentiment: 'neutral' }, true],
    [{ intent: 'question', sentiment: 'neutral' }, false],
    [{}, false],
  ])('%j → %s', (fields, expected) => {
    expect(isComplaint(fields)).toBe(expected);
  });
});
