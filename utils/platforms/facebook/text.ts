/**
 * Pure text logic for Facebook labels, apart from the DOM walking: which localised word a text
 * starts or ends with, names inside aria-labels, reply summaries.
 */
import { parseRelativeTime } from '../relative-time';
import { COMMENT_LABEL_PREFIXES, REPLIED_WORDS, allWords } from './selectors';

const REPLIED: readonly string[] = allWords(REPLIED_WORDS);
const LABEL_PREFIXES: readonly string[] = allWords(COMMENT_LABEL_PREFIXES);

// Whitespace other than single spaces: only then does `squash` rebuild the string.
const NOT_SINGLE_SPACES = /\s\s|[^\S ]/;

export function squash(text: string): string {
  return (NOT_SINGLE_SPACES.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** The part of `text` after the first of `prefixes` it starts with (case-insensitive), or null. */
export function afterPrefix(text: string, prefixes: readonly string[]): string | null {
  const lower = text.toLocaleLowerCase();
  const prefix = prefixes.find((p) => lower.startsWith(p));
  return prefix === undefined ? null : text.slice(prefix.length).trim();
}

/**
 * The relative time at the end of a label ("Comment by Ann 2 h" → 2 h ago), trying the last
 * three, two and one words, so names before it never matter.
 */
export function trailingRelativeTime(
  label: string,
  now: Date,
  language = '',
): { postedAt: string; rest: string } | undefined {
  const words = squash(label).split(' ');
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const postedAt = parseRelativeTime(words.slice(-take).join(' '), now, language);
    if (postedAt) return { postedAt, rest: words.slice(0, -take).join(' ') };
  }
  return undefined;
}

/** Author name from a comment label when no author link exists: "Comment by Ann 2 h" → "Ann". */
export function nameFromCommentLabel(label: string, now: Date, language = ''): string | undefined {
  const afterBy = afterPrefix(squash(label), LABEL_PREFIXES);
  if (afterBy === null) return undefined;
  return trailingRelativeTime(afterBy, now, language)?.rest ?? afterBy;
}

/**
 * "<Name> replied · N replies" → the name phrase ("Anayeat Khan replied"), or null when the text
 * is not that shape. The shape (phrase, middle dot, count) needs no words.
 */
export function replySummaryPhrase(text: string): string | null {
  const match = /^(.*\S)\s*[·•]\s*\d[\d.,\s]*\S/u.exec(squash(text));
  return match ? match[1] : null;
}

/**
 * The replier's name in a summary phrase: without the localised "replied"; for UI languages not
 * in the table, the owner name it starts with, else the whole phrase.
 */
export function nameFromSummaryPhrase(phrase: string, ownerNames: readonly string[]): string {
  const lower = phrase.toLocaleLowerCase();
  const verb = REPLIED.find((word) => lower.endsWith(` ${word}`));
  if (verb) return phrase.slice(0, phrase.length - verb.length).trim();
  const owner = ownerNames.find((name) => lower.startsWith(`${name.toLocaleLowerCase()} `));
  return owner ?? phrase;
}
