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

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export interface NearDuplicate {
  dev: CorpusRow;
  train: CorpusRow;
  cosine: number;
}

export function nearDuplicatesAcross(
  dev: readonly CorpusRow[],
  train: readonly CorpusRow[],
  threshold = NEAR_DUPLICATE_COSINE,
): NearDuplicate[] {
  const prepared = (rows: readonly CorpusRow[]) =>
    rows.map((row) => {
      const vector = trigrams(row.text);
      return { row, vector, norm: norm(vector) };
    });
  const trainByLanguage = new Map<string, ReturnType<typeof prepared>>();
  for (const entry of prepared(train)) {
    const list = trainByLanguage.get(entry.row.lang) ?? [];
    list.push(entry);
    trainByLanguage.set(entry.row.lang, list);
  }
  const found: NearDuplicate[] = [];
  for (const entry of prepared(dev)) {
    for (const other of trainByLanguage.get(entry.row.lang) ?? []) {
      let dot = 0;
      const [small, large] =
        entry.vector.size < other.vector.size
          ? [entry.vector, other.vector]
          : [other.vector, entry.vector];
      for (const [gram, value] of small) dot += value * (large.get(gram) ?? 0);
      const cosine = dot / (entry.norm * other.norm || 1);
      if (cosine >= threshold) found.push({ dev: entry.row, train: other.row, cosine });
    }
  }
  return found;
}
