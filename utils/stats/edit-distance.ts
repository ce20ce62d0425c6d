/**
 * Longest middle part (after the common prefix and suffix are cut) that is compared in full:
 * 2,000 × 2,000 cells take a few milliseconds; replies are far shorter.
 */
export const EDIT_DISTANCE_MAX_LENGTH = 2_000;

/**
 * Levenshtein distance (insertions, deletions, substitutions, each costing 1) between the
 * suggested and the sent text, counted in code points so an emoji is one character.
 * The common prefix and suffix are cut first, which makes the usual case (a suggestion with a
 * small edit) cheap whatever its length. Returns null when what remains of either text is
 * longer than `maxLength`, so the caller leaves `editDistance` out rather than block on it.
 * Two rows of the O(n·m) table are kept, over the shorter text.
 */
export function editDistance(
  suggested: string,
  sent: string,
  maxLength = EDIT_DISTANCE_MAX_LENGTH,
): number | null {
  let a = Array.from(suggested);
  let b = Array.from(sent);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  a = a.slice(start, endA);
  b = b.slice(start, endB);
  if (a.length > maxLength || b.length > maxLength) return null;
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;

  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
