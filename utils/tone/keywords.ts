/**
 * Keyword syntax shared by intent lists, escalation rules and vocabulary rules:
 * a word or phrase matches whole words only ("job" never matches "jobbig"); a trailing `*`
 * matches any ending ("allerg*" matches "allergisk"). Case is ignored.
 */
const LETTER_OR_DIGIT = '\\p{L}\\p{N}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NOT_BEFORE = `(?<![${LETTER_OR_DIGIT}])`;
const NOT_AFTER = `(?![${LETTER_OR_DIGIT}])`;
const ANY_ENDING = `[${LETTER_OR_DIGIT}]*`;

interface KeywordParts {
  body: string;
  /** Starts with a letter or digit, so it must not continue a word. */
  wordStart: boolean;
  end: 'word' | 'prefix' | 'none';
}

function partsOf(keyword: string): KeywordParts {
  const trimmed = keyword.trim();
  const isPrefix = trimmed.endsWith('*');
  const stem = isPrefix ? trimmed.slice(0, -1) : trimmed;
  // Keywords that start or end with punctuation (":)", "!!") need no word boundary there.
  let end: KeywordParts['end'] = 'none';
  if (isPrefix) end = 'prefix';
  else if (/[\p{L}\p{N}]$/u.test(stem)) end = 'word';
  return {
    body: escapeRegExp(stem).replace(/\s+/g, '\\s+'),
    wordStart: /^[\p{L}\p{N}]/u.test(stem),
    end,
  };
}

const groupOfParts = ({ wordStart, end }: KeywordParts) => `${wordStart}|${end}`;

/** Which boundary group compileKeywords puts a keyword in (groups appear in first-use order). */
export const boundaryGroupOf = (keyword: string) => groupOfParts(partsOf(keyword));

/** The regular-expression source for one keyword, without flags. */
export function keywordSource(keyword: string): string {
  return groupSource([partsOf(keyword)]);
}

function groupSource(parts: KeywordParts[]): string {
  const { wordStart, end } = parts[0];
  const ending = end === 'word' ? NOT_AFTER : end === 'prefix' ? ANY_ENDING : '';
  return `${wordStart ? NOT_BEFORE : ''}(?:${parts.map((part) => part.body).join('|')})${ending}`;
}

// Guides are few and their keyword lists fixed, so compiled patterns are reused across calls.
const compiled = new Map<string, RegExp | null>();
const MAX_COMPILED = 5_000;

/**
 * One regular expression matching any of the keywords; null for an empty list. Keywords are
 * grouped by their boundaries so the Unicode classes appear a few times, not once per keyword:
 * V8 compiles such patterns many times faster.
 */
export function compileKeywords(keywords: readonly string[], flags = 'giu'): RegExp | null {
  const key = `${flags}\u0000${keywords.join('\u0000')}`;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const groups = new Map<string, KeywordParts[]>();
  for (const keyword of keywords) {
    if (keyword.trim() === '') continue;
    const parts = partsOf(keyword);
    const group = groupOfParts(parts);
    groups.set(group, [...(groups.get(group) ?? []), parts]);
  }
  const sources = [...groups.values()].map(groupSource);
  const pattern = sources.length === 0 ? null : new RegExp(sources.join('|'), flags);
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, pattern);
  return pattern;
}

export interface KeywordMatch {
  text: string;
  start: number;
  end: number;
}

export function findKeywords(text: string, pattern: RegExp | null): KeywordMatch[] {
  if (!pattern) return [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  return [...text.matchAll(global)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
