import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, nearestRankPercentile } from '../../../utils/stats/percentile';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1 }), (values) => {
        const middle = median(values)!;
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('nearestRankPercentile', () => {
  const tens = Array.from({ length: 10 }, (_, index) => (index + 1) * 10);
  it.each([
    [[], 90, null],
    [[42], 90, 42],
    [tens, 90, 90],
    [tens, 91, 100],
    [tens, 50, 50],
    [tens, 100, 100],
    [[15, 20, 35, 40, 50], 30, 20],
    [[15, 20, 35, 40, 50], 40, 20],
    [[15, 20, 35, 40, 50], 50, 35],
    // 0.9 · 70 is 63.000…01 in floating point; the rank must still be 63.
    [Array.from({ length: 70 }, (_, index) => index + 1), 90, 63],
  ])('p(%j, %d) = %j', (values, p, expected) => {
    expect(nearestRankPercentile(values, p)).toBe(expected);
  });

  it.each([0, -5, 101, NaN])('rejects p = %d', (p) => {
    expect(() => nearestRankPercentile([1], p)).toThrow(RangeError);
  });

  it('is always one of the values, and p90 is never below the median', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1 }), (values) => {
        const p90 = nearestRankPercentile(values, 90)!;
        expect(values).toContain(p90);
        expect(p90).toBeGreaterThanOrEqual(median(values)!);
      }),
    );
  });
});
