import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDIT_DISTANCE_MAX_LENGTH, editDistance } from '../../../utils/stats/edit-distance';

/** The textbook full-table definition, to check the two-row version against. */
function referenceDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const table = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
  }
  return table[x.length]![y.length]!;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['Hej Anna!', 'Hej Anna, tack!', 6],
    ['Tack för ditt meddelande', 'Tack för ditt mejl', 7],
    // Code points, not UTF-16 units: one emoji is one character.
    ['👍', '👎', 1],
    ['Tack 😀', 'Tack', 2],
  ])('distance(%j, %j) = %d', (suggested, sent, expected) => {
    expect(editDistance(suggested, sent)).toBe(expected);
  });

  it('measures long texts with a small edit, cutting the shared prefix and suffix', () => {
    const long = 'x'.repeat(50_000);
    expect(editDistance(`${long}a${long}`, `${long}bc${long}`)).toBe(2);
  });

  it('gives up (null) when what differs is longer than the cap', () => {
    const a = 'a'.repeat(EDIT_DISTANCE_MAX_LENGTH + 1);
    expect(editDistance(a, 'b')).toBeNull();
    expect(editDistance('abcd', 'wxyz', 3)).toBeNull();
    expect(editDistance('abcd', 'wxyz', 4)).toBe(4);
  });

  it('matches the full-table definition, symmetrically and within its bounds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'å', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const distance = editDistance(a, b)!;
        const [lengthA, lengthB] = [Array.from(a).length, Array.from(b).length];
        expect(distance).toBe(referenceDistance(a, b));
        expect(editDistance(b, a)).toBe(distance);
        expect(distance).toBeGreaterThanOrEqual(Math.abs(lengthA - lengthB));
        expect(distance).toBeLessThanOrEqual(Math.max(lengthA, lengthB));
      }),
    );
  });
});
