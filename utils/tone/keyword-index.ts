import { boundaryGroupOf, compileKeywords, findKeywords, type KeywordMatch } from './keywords';

/**
 * Long keyword lists (the crisis rules: thousands of phrases) indexed by their first word, so a
 * text is matched only against the few keywords whose first word it contains. One regular
 * expression over every keyword costs milliseconds a message, because V8 tries each
 * alternative at each position; the index gives the same matches in microseconds.
 */
export interface KeywordIndex {
  flags: string;
  keywords: readonly string[];
  /** Each keyword's literal text, lower case, spaces collapsed: a text without it cannot match. */
  needles: readonly string[];
  /** A keyword's position in the order compileKeywords would group the whole list. */
  rank: Int32Array;
  /** First word (lower case) → keywords that start with it and go on. */
  byFirstWord: Map<string, number[]>;
  /** One-word prefix keywords ("gasläck*") by their first three letters. */
  byPrefixStart: Map<string, { stem: string; keyword: number }[]>;
  /** Keywords that start with punctuation or a stem too short to index: always tried. */
  always: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

const lowerWithSingleSpaces = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
const PREFIX_KEY = 3;

export function indexKeywords(keywords: readonly string[], flags = 'giu'): KeywordIndex {
  const trimmed = keywords.map((keyword) => keyword.trim()).filter((keyword) => keyword !== '');
  const groups: string[] = [];
  const groupOf = trimmed.map((keyword) => {
    const group = boundaryGroupOf(keyword);
    if (!groups.includes(group)) groups.push(group);
    return groups.indexOf(group);
  });
  const rank = Int32Array.from(trimmed.keys()).sort((a, b) => groupOf[a]! - groupOf[b]! || a - b);
  const rankOf = new Int32Array(trimmed.length);
  rank.forEach((keyword, position) => (rankOf[keyword] = position));
  const index: KeywordIndex = {
    flags,
    keywords: trimmed,
    needles: trimmed.map((keyword) => lowerWithSingleSpaces(keyword.replace(/\*$/, ''))),
    rank: rankOf,
    byFirstWord: new Map(),
    byPrefixStart: new Map(),
    always: [],
  };
  trimmed.forEach((keyword, position) => {
    const first = /^[\p{L}\p{N}]+/u.exec(keyword)?.[0].toLowerCase();
    if (!first) {
      index.always.push(position);
    } else if (keyword.endsWith('*') && keyword.slice(0, -1).toLowerCase() === first) {
      if (first.length < PREFIX_KEY) index.always.push(position);
      else {
        const key = first.slice(0, PREFIX_KEY);
        const bucket = index.byPrefixStart.get(key) ?? [];
        bucket.push({ stem: first, keyword: position });
        index.byPrefixStart.set(key, bucket);
      }
    } else {
      const bucket = index.byFirstWord.get(first) ?? [];
      bucket.push(position);
      index.byFirstWord.set(first, bucket);
    }
  });
  return index;
}

/** The same matches as findKeywords(text, compileKeywords(keywords)), in the same order. */
export function findIndexedKeywords(text: string, index: KeywordIndex): KeywordMatch[] {
  const candidates = new Set(index.always);
  const lower = lowerWithSingleSpaces(text);
  for (const word of new Set(lower.match(WORD) ?? [])) {
    for (const keyword of index.byFirstWord.get(word) ?? []) candidates.add(keyword);
    for (const { stem, keyword } of index.byPrefixStart.get(word.slice(0, PREFIX_KEY)) ?? []) {
      if (word.startsWith(stem)) candidates.add(keyword);
    }
  }
  // Only keywords whose literal text occurs go into the expression: usually none or a few, so
  // compiling it costs little. Dropping alternatives that match nowhere changes no match.
  const present = [...candidates].filter((keyword) => lower.includes(index.needles[keyword]!));
  if (present.length === 0) return [];
  const ordered = present.sort((a, b) => index.rank[a]! - index.rank[b]!);
  return findKeywords(
    text,
    compileKeywords(
      ordered.map((keyword) => index.keywords[keyword]!),
      index.flags,
    ),
  );
}
