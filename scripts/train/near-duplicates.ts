/**
 * Near-duplicates across the split: a dev message that is almost a training message (same
 * language, character-trigram cosine ≥ 0.8) would make the dev figures a lie.
 */
import type { CorpusRow } from './corpus';

export const NEAR_DUPLICATE_COSINE = 0.8;

function trigrams(text: string): Map<string, number> {
  const padded = ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= padded.length; index += 1) {
    const gram = padded.slice(index, index + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export interface NearDuplicate {
  dev: CorpusRow;
  train: CorpusRow;
  cosine: number;
}

/** A row's trigram counts, scaled to unit length. */
function unitVector(text: string): Map<string, number> {
  const vector = trigrams(text);
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  const norm = Math.sqrt(sum) || 1;
  for (const [gram, value] of vector) vector.set(gram, value / norm);
  return vector;
}

/**
 * Every (dev, train) pair of one language at or above the threshold. The training rows are
 * indexed by trigram, so each dev row's dot products add up only over the rows it shares a
 * trigram with: the same figures as comparing every pair, many times faster.
 */
export function nearDuplicatesAcross(
  dev: readonly CorpusRow[],
  train: readonly CorpusRow[],
  threshold = NEAR_DUPLICATE_COSINE,
): NearDuplicate[] {
  const found: NearDuplicate[] = [];
  for (const language of new Set(dev.map((row) => row.lang))) {
    const trainRows = train.filter((row) => row.lang === language);
    const postings = new Map<string, { rows: number[]; weights: number[] }>();
    trainRows.forEach((row, index) => {
      for (const [gram, weight] of unitVector(row.text)) {
        const posting = postings.get(gram) ?? { rows: [], weights: [] };
        posting.rows.push(index);
        posting.weights.push(weight);
        postings.set(gram, posting);
      }
    });
    const dots = new Float64Array(trainRows.length);
    for (const row of dev.filter((candidate) => candidate.lang === language)) {
      const touched: number[] = [];
      for (const [gram, weight] of unitVector(row.text)) {
        const posting = postings.get(gram);
        if (!posting) continue;
        for (let at = 0; at < posting.rows.length; at += 1) {
          const other = posting.rows[at]!;
          if (dots[other] === 0) touched.push(other);
          dots[other]! += weight * posting.weights[at]!;
        }
      }
      for (const other of touched) {
        if (dots[other]! >= threshold - 1e-9) {
          found.push({ dev: row, train: trainRows[other]!, cosine: dots[other]! });
        }
        dots[other] = 0;
      }
    }
  }
  return found;
}
