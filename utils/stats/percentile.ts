/** Ascending copy; the inputs are never mutated. */
function sortedAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The usual median: the middle value, or the mean of the two middle values when the count is
 * even. Null for no values (never NaN).
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = sortedAscending(values);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest value such that at least p % of the values are ≤ it,
 * i.e. the value at rank ⌈p/100 · n⌉ (1-based) of the sorted values. Always one of the inputs,
 * never interpolated. Null for no values. `p` must lie in (0, 100].
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (values.length === 0) return null;
  const sorted = sortedAscending(values);
  // p·n first: (p / 100)·n drifts (0.9 · 70 = 63.000…01 would pick rank 64).
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[rank - 1]!;
}
