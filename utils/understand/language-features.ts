import { vectorize, type FeatureVector } from './features';
import { normalise } from './text';

/**
 * Features for Svara's own language model over the six languages it is trained on (sv, da, nb,
 * en, de, fi). It answers where eld is weakest: Swedish / Danish / Norwegian Bokmål, which eld
 * confuses, and very short texts ("Tak!", "Kult!") that eld reads as Czech or Polish. Character
 * 1–4-grams with accents kept (æø against äö, "ck", "kj", "-sjon", "-hed"), whole words
 * (ikke/inte, hva/hvad/vad, meg/mig, takk/tak/tack) and word pairs.
 */
export const LANGUAGE_FEATURE_BITS = 16;
export const MODEL_LANGUAGES = ['sv', 'da', 'nb', 'en', 'de', 'fi'] as const;
export type ModelLanguage = (typeof MODEL_LANGUAGES)[number];

export function languageFeatureNames(raw: string): string[] {
  const { words } = normalise(raw);
  const names: string[] = [];
  for (const word of words) {
    names.push(`w:${word}`);
    const padded = ` ${word} `;
    for (let size = 1; size <= 4; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        names.push(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  for (let index = 0; index + 1 < words.length; index += 1) {
    names.push(`b:${words[index]} ${words[index + 1]}`);
  }
  return names;
}

export function languageFeatures(raw: string): FeatureVector {
  return vectorize(languageFeatureNames(raw), LANGUAGE_FEATURE_BITS);
}
