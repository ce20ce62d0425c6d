import { languageFeatures, MODEL_LANGUAGES, type ModelLanguage } from './language-features';
import { classProbabilities, type LinearModel } from './linear-model';
import { letterCount } from './text';

/**
 * A message's language as an ISO 639-1 code ("nb" for Bokmål), any language eld knows (60), with
 * a confidence. eld answers first; Svara's six-language model decides among Swedish, Danish and
 * Norwegian (eld confuses them) and for very short texts, which eld reads as Czech or Polish.
 * A short text nobody is sure of takes the thread's, then the page's language.
 */
export interface LanguageHints {
  /** The thread's last confidently detected language. */
  threadLanguage?: string;
  /** The page's UI language, e.g. from `<html lang>`. */
  pageLanguage?: string;
}

/** The part of eld's detector Svara uses (see models.ts for how it is built). */
export interface EldDetector {
  detect(text: string): {
    language: string;
    getScores(): Record<string, number>;
    isReliable(): boolean;
  };
}

export interface LanguageGuess {
  language: string;
  languageConfidence: number;
  /** True when the text could not tell and a hint (thread, page) was used. */
  fallback: boolean;
  /** How it was decided, for the reasons shown to a person. */
  source: 'eld' | 'model' | 'hint' | 'unknown';
}

/** eld's codes that are one of the model's languages under another name, or its neighbours. */
const ELD_TO_ISO: Record<string, string> = { no: 'nb' };
const NORDIC_FROM_ELD = new Set(['sv', 'da', 'no', 'is']);
/** Texts with fewer letters than this are judged by the six-language model first. */
const SHORT_TEXT_LETTERS = 20;
/** The six-language model's probability above which a short text is taken at its word. */
const SHORT_TEXT_CERTAIN = 0.75;
/** Softening of the model's scores when a short text is weighed against the thread's language. */
const SHORT_TEXT_SOFTENING = 4;
const SHORT_TEXT_HINT_PLAUSIBLE = 0.12;

function normaliseCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  if (base === 'no' || base === 'nn') return 'nb';
  return /^[a-z]{2}$/.test(base) ? base : undefined;
}

function best(probabilities: Map<string, number>, among: readonly string[] = MODEL_LANGUAGES) {
  let top: { language: ModelLanguage; probability: number } = { language: 'sv', probability: -1 };
  let total = 0;
  for (const language of among) total += probabilities.get(language) ?? 0;
  for (const language of among) {
    const probability = (probabilities.get(language) ?? 0) / (total || 1);
    if (probability > top.probability) top = { language: language as ModelLanguage, probability };
  }
  return top;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function detectLanguage(
  text: string,
  models: { language: LinearModel; eld: EldDetector },
  hints: LanguageHints = {},
): LanguageGuess {
  const model = models.language;
  const eld = models.eld;
  const letters = letterCount(text);
  const hint = normaliseCode(hints.threadLanguage) ?? normaliseCode(hints.pageLanguage);
  if (letters === 0) {
    return hint
      ? { language: hint, languageConfidence: 0.3, fallback: true, source: 'hint' }
      : { language: 'und', languageConfidence: 0, fallback: true, source: 'unknown' };
  }
  const features = languageFeatures(text);
  const ownScores = classProbabilities(model, features);
  const own = best(ownScores);
  const result = eld.detect(text);
  const eldScores = result.getScores();
  const ranked = Object.entries(eldScores).sort((a, b) => b[1] - a[1]);
  const eldTop = ranked[0]?.[0];
  const eldMargin = ranked.length > 1 ? (ranked[0]![1] - ranked[1]![1]) / ranked[0]![1] : 1;

  if (letters < SHORT_TEXT_LETTERS) {
    // A short text that could well be the thread's language is ("Ok!", "Super!"): the model's
    // scores, softened, must make that language unlikely before the text overrules the thread.
    const foreign =
      eldTop !== undefined &&
      result.isReliable() &&
      !NORDIC_FROM_ELD.has(eldTop) &&
      !(MODEL_LANGUAGES as readonly string[]).includes(ELD_TO_ISO[eldTop] ?? eldTop);
    if (hint && !foreign && (MODEL_LANGUAGES as readonly string[]).includes(hint)) {
      const softened = classProbabilities(
        { ...model, temperature: SHORT_TEXT_SOFTENING },
        features,
      );
      if ((softened.get(hint) ?? 0) >= SHORT_TEXT_HINT_PLAUSIBLE) {
        return { language: hint, languageConfidence: 0.5, fallback: true, source: 'hint' };
      }
    }
    if (own.probability >= SHORT_TEXT_CERTAIN) {
      return {
        language: own.language,
        languageConfidence: round(own.probability),
        fallback: false,
        source: 'model',
      };
    }
    if (hint) return { language: hint, languageConfidence: 0.4, fallback: true, source: 'hint' };
    // A short foreign text eld is sure of ("Gracias!") keeps eld's answer.
    if (eldTop && result.isReliable() && !NORDIC_FROM_ELD.has(eldTop) && own.probability < 0.5) {
      return {
        language: ELD_TO_ISO[eldTop] ?? eldTop,
        languageConfidence: round(0.3 + 0.4 * eldMargin),
        fallback: false,
        source: 'eld',
      };
    }
    return {
      language: own.language,
      languageConfidence: round(own.probability * 0.8),
      fallback: false,
      source: 'model',
    };
  }

  if (!eldTop || NORDIC_FROM_ELD.has(eldTop)) {
    const nordic = best(ownScores, ['sv', 'da', 'nb']);
    return {
      language: nordic.language,
      languageConfidence: round(nordic.probability),
      fallback: false,
      source: 'model',
    };
  }
  const language = ELD_TO_ISO[eldTop] ?? eldTop;
  // eld's neighbours of the six (Dutch for a German-looking text, Estonian for Finnish) are
  // overruled only when the six-language model is close to certain.
  if (
    !(MODEL_LANGUAGES as readonly string[]).includes(language) &&
    own.probability >= 0.97 &&
    !result.isReliable()
  ) {
    return {
      language: own.language,
      languageConfidence: round(own.probability * 0.9),
      fallback: false,
      source: 'model',
    };
  }
  const agrees = own.language === language ? 0.2 : 0;
  return {
    language,
    languageConfidence: round(
      Math.min(1, (result.isReliable() ? 0.6 : 0.35) + 0.3 * eldMargin + agrees),
    ),
    fallback: false,
    source: 'eld',
  };
}
