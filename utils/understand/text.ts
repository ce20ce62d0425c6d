/**
 * Text handling shared by the language and intent models: one normalisation, one tokeniser and
 * one feature hash, so training (scripts/train) and the extension see the same features.
 */

const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.|\[\.\])(?:com|se|dk|no|fi|de|net|org|io|ly|info|xyz|shop)\b\S*/giu;
const EMAIL_PATTERN = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/gu;
const MENTION_PATTERN = /(^|\s)@[\p{L}\p{N}_.]+/gu;
const EMOJI_PATTERN = /\p{Extended_Pictographic}/gu;
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface NormalisedText {
  /** Lower case, URLs, e-mail addresses and @mentions replaced by placeholders, digits by 0. */
  text: string;
  words: string[];
  emoji: string[];
  urls: number;
  mentions: number;
}

export function normalise(raw: string): NormalisedText {
  let urls = 0;
  let mentions = 0;
  const text = raw
    .normalize('NFKC')
    .replace(URL_PATTERN, () => {
      urls += 1;
      return ' ⟨url⟩ ';
    })
    .replace(EMAIL_PATTERN, ' ⟨email⟩ ')
    .replace(MENTION_PATTERN, (_match, before: string) => {
      mentions += 1;
      return `${before} ⟨mention⟩ `;
    })
    .toLowerCase()
    .replace(/\p{N}/gu, '0');
  const words = (text.match(WORD_PATTERN) ?? []).filter(
    (word) => word !== 'url' && word !== 'email' && word !== 'mention',
  );
  return { text, words, emoji: text.match(EMOJI_PATTERN) ?? [], urls, mentions };
}

/** Letters only, for "is this text long enough to judge its language". */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** FNV-1a, 32 bit: small, fast and the same in every JavaScript engine. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Strips combining accents: "bestälning" and "bestalning" share features. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');
}
