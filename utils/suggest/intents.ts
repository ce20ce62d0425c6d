import { compileKeywords, findKeywords } from '../tone/keywords';
import { intentSchema, type Intent, type LanguageCode, type ToneGuide } from '../tone/schema';

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface IntentResult {
  /** Non-exclusive, in the order of `intentSchema`. */
  intents: Intent[];
  /** The words that made each intent fire, for the reasons shown to the user. */
  evidence: Partial<Record<Intent, string[]>>;
  sentiment: Sentiment;
}

const ALL_INTENTS = intentSchema.options;
const NEGATIVE_EMOJI = /[😡😠🤬😤👎😞😢😭🤢🤮]/u;
const POSITIVE_EMOJI = /[😍🥰❤💛👍🙏😊☺🤩]/u;

// Compiled once per guide and language; the guide object is immutable once parsed.
const compiledByGuide = new WeakMap<ToneGuide, Map<LanguageCode, Map<Intent, RegExp | null>>>();

function intentPatterns(guide: ToneGuide, language: LanguageCode): Map<Intent, RegExp | null> {
  let byLanguage = compiledByGuide.get(guide);
  if (!byLanguage) {
    byLanguage = new Map();
    compiledByGuide.set(guide, byLanguage);
  }
  let patterns = byLanguage.get(language);
  if (!patterns) {
    const lists = guide.intentKeywords[language] ?? {};
    patterns = new Map(ALL_INTENTS.map((intent) => [intent, compileKeywords(lists[intent] ?? [])]));
    byLanguage.set(language, patterns);
  }
  return patterns;
}

export function classifyIntents(
  text: string,
  language: LanguageCode,
  guide: ToneGuide,
): IntentResult {
  const patterns = intentPatterns(guide, language);
  const evidence: Partial<Record<Intent, string[]>> = {};
  for (const intent of ALL_INTENTS) {
    const words = findKeywords(text, patterns.get(intent) ?? null).map((match) =>
      match.text.toLowerCase(),
    );
    if (intent === 'question' && text.includes('?')) words.push('?');
    if (words.length > 0) evidence[intent] = [...new Set(words)];
  }
  // Spam is spam: its "?" and flattery are bait, not a question or praise to answer.
  const intents = evidence.spam
    ? ALL_INTENTS.filter((intent) => intent === 'spam' || intent === 'crisis').filter(
        (intent) => evidence[intent],
      )
    : ALL_INTENTS.filter((intent) => evidence[intent]);
  return { intents, evidence, sentiment: sentimentOf(text, intents) };
}

/** Complaints and crises read negative, praise positive; emoji tip the balance otherwise. */
function sentimentOf(text: string, intents: readonly Intent[]): Sentiment {
  if (intents.includes('complaint') || intents.includes('crisis')) return 'negative';
  if (intents.includes('praise')) return 'positive';
  if (NEGATIVE_EMOJI.test(text)) return 'negative';
  if (POSITIVE_EMOJI.test(text)) return 'positive';
  return 'neutral';
}
