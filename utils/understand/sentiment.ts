import { z } from 'zod';
import { compileKeywords, findKeywords } from '../tone/keywords';
import lexiconJson from './sentiment-lexicon.json';

export type Sentiment = 'negative' | 'neutral' | 'positive';

/**
 * Sentiment measured from the words themselves, not from the intent: a complaint can be polite
 * and a question angry. Small per-language lexicons (sv, da, nb, en, de, fi), emoji, "!!" and
 * shouting; a negation just before a word flips it ("inte bra", "ikke godt", "nicht gut").
 * The word lists are data, per language, in sentiment-lexicon.json.
 */
const lexicon = z
  .object({
    positive: z.record(z.string(), z.array(z.string().min(1))),
    negative: z.record(z.string(), z.array(z.string().min(1))),
    negations: z.array(z.string().min(1)),
    notSentiment: z.record(z.string(), z.array(z.string().min(1))),
  })
  .parse(lexiconJson);

const POSITIVE = Object.values(lexicon.positive).flat();
const NEGATIVE = Object.values(lexicon.negative).flat();
const NEGATIONS = lexicon.negations;
/**
 * Set phrases whose words look like sentiment but carry none: greetings and sign-offs ("God
 * morgen", "Liebes Team", "Hyvä asiakaspalvelu", "Tack på förhand"), idioms ("I ved godt",
 * "godt nok", "oh my god", "my gut"), a one-star rating, and a word another language spells
 * alike (Swedish "under tak", a roof). They are blanked before the lexicons are read (`notSentiment`, by kind).
 */
const NOT_SENTIMENT = Object.values(lexicon.notSentiment).flat();

const NOT_SENTIMENT_PATTERN = compileKeywords(NOT_SENTIMENT);
const POSITIVE_PATTERN = compileKeywords(POSITIVE);
const NEGATIVE_PATTERN = compileKeywords(NEGATIVE);
const NEGATION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NEGATIONS.join('|')})\\s+(?:\\p{L}+\\s+)?$`,
  'iu',
);
const POSITIVE_EMOJI = /[😍🥰❤💛💙💚🧡💜👍🙏😊☺🤩👏🎉💯🙌😋]/gu;
const NEGATIVE_EMOJI = /[😡😠🤬😤👎😞😢😭🤢🤮😒🙄💩]/gu;

export interface SentimentResult {
  sentiment: Sentiment;
  /** Positive minus negative evidence. */
  score: number;
}

function withoutSetPhrases(text: string): string {
  let blanked = text;
  for (const match of findKeywords(text, NOT_SENTIMENT_PATTERN)) {
    blanked =
      blanked.slice(0, match.start) +
      ' '.repeat(match.text.length) +
      blanked.slice(match.start + match.text.length);
  }
  return blanked;
}

export function measureSentiment(raw: string): SentimentResult {
  const text = withoutSetPhrases(raw);
  let score = 0;
  const count = (pattern: RegExp | null, sign: number) => {
    for (const match of findKeywords(text, pattern)) {
      const negated = NEGATION_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start));
      score += negated ? -sign : sign;
    }
  };
  count(POSITIVE_PATTERN, 1);
  count(NEGATIVE_PATTERN, -1);
  score += (text.match(POSITIVE_EMOJI)?.length ?? 0) - (text.match(NEGATIVE_EMOJI)?.length ?? 0);
  if (/[!?]{2,}/.test(text) && score < 0) score -= 0.5;
  const sentiment = score >= 1 ? 'positive' : score <= -1 ? 'negative' : 'neutral';
  return { sentiment, score };
}
