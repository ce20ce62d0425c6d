import { compileKeywords } from '../tone/keywords';
import { CONCEPTS } from './concepts';
import { measureSentiment, type SentimentResult } from './sentiment';
import { foldDiacritics, hash32, normalise } from './text';

/**
 * The intent model's features: character 3–5-grams of each word (accents folded, so "bestalning"
 * written without å/ä/ö still looks like "beställning"), words, word pairs and a few cues that no
 * word carries (a question mark, a link, "!!", digits, shouting, emoji, length). Each feature is
 * hashed into a fixed number of buckets, so the model needs no vocabulary list.
 */

export const INTENT_FEATURE_BITS = 18;

const CONCEPT_PATTERNS = Object.entries(CONCEPTS).map(
  ([concept, words]) => [concept, compileKeywords(words, 'iu')] as const,
);

export interface FeatureVector {
  /** Bucket indexes, ascending, each once. */
  indexes: Uint32Array;
  /** Weights, L2-normalised, in the order of `indexes`. */
  values: Float32Array;
}

function lengthBucket(words: number): string {
  if (words <= 1) return '1';
  if (words <= 3) return '2-3';
  if (words <= 7) return '4-7';
  if (words <= 15) return '8-15';
  if (words <= 30) return '16-30';
  return '31+';
}

/** The raw feature names of a text, with repeats; exported for tests and the nearest-neighbour reasons. */
export function intentFeatureNames(
  raw: string,
  measured: SentimentResult = measureSentiment(raw),
): string[] {
  const { text, words, emoji, urls, mentions } = normalise(raw);
  const folded = words.map(foldDiacritics);
  const names: string[] = [];
  for (const word of folded) {
    names.push(`w:${word}`);
    const padded = `<${word}>`;
    for (let size = 3; size <= 5; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        names.push(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  for (let index = 0; index + 1 < folded.length; index += 1) {
    names.push(`b:${folded[index]} ${folded[index + 1]}`);
  }
  if (folded.length > 0) names.push(`first:${folded[0]}`);
  for (const [concept, pattern] of CONCEPT_PATTERNS) {
    if (pattern?.test(raw)) names.push(`k:${concept}`, `k:${concept}`);
  }
  // The lexicon's verdict, negation included: "Skandaløst dårlig" is not praise however much
  // its superlative looks like "verdens bedste".
  const { sentiment, score } = measured;
  names.push(`sent:${sentiment}`, `sent:${sentiment}`);
  if (Math.abs(score) >= 2) names.push(`sent:strong-${sentiment}`);
  names.push(`len:${lengthBucket(words.length)}`);
  if (text.includes('?')) names.push('cue:question-mark');
  if (/[?]\s*$/.test(text.trim())) names.push('cue:ends-with-question');
  if (/!!|!\?|\?!/.test(text)) names.push('cue:double-bang');
  if (urls > 0) names.push('cue:url');
  if (mentions > 0) names.push('cue:mention');
  if (/0/.test(text)) names.push('cue:digits');
  if (/0{4,}/.test(text.replace(/\s/g, ''))) names.push('cue:long-number');
  if (emoji.length > 0) names.push('cue:emoji');
  for (const symbol of new Set(emoji)) names.push(`e:${symbol}`);
  if (words.length === 0) names.push('cue:no-words');
  const upper = raw.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = raw.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= 8 && upper / letters > 0.6) names.push('cue:shouting');
  return names;
}

/** Counts per bucket, log-scaled and L2-normalised, so long texts do not dominate. */
export function vectorize(names: readonly string[], bits: number): FeatureVector {
  const mask = (1 << bits) - 1;
  const counts = new Map<number, number>();
  for (const name of names) {
    const bucket = hash32(name) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const indexes = Uint32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float32Array(indexes.length);
  let norm = 0;
  indexes.forEach((bucket, position) => {
    const value = 1 + Math.log(counts.get(bucket)!);
    values[position] = value;
    norm += value * value;
  });
  norm = Math.sqrt(norm) || 1;
  for (let position = 0; position < values.length; position += 1) values[position]! /= norm;
  return { indexes, values };
}

/** `measured`: the text's sentiment when the caller already has it (it is read only once). */
export function intentFeatures(raw: string, measured?: SentimentResult): FeatureVector {
  return vectorize(intentFeatureNames(raw, measured), INTENT_FEATURE_BITS);
}

/** Cosine similarity of two vectors from `featurize` (both are unit length). */
export function cosine(a: FeatureVector, b: FeatureVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.indexes.length && j < b.indexes.length) {
    const left = a.indexes[i]!;
    const right = b.indexes[j]!;
    if (left === right) {
      sum += a.values[i]! * b.values[j]!;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return sum;
}
