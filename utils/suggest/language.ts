import { eld } from 'eld/extrasmall';
import { languageCodeSchema, type LanguageCode } from '../tone/schema';

/**
 * Language of a message: eld (its smallest database, limited to the guide's languages), then a
 * Danish / Norwegian / Swedish tie-break on marker words and letters, because eld's n-grams
 * often confuse the three on short texts.
 */

export interface LanguageGuess {
  language: LanguageCode;
  /** 0..1; below LOW_CONFIDENCE the guess is replaced by a fallback. */
  languageConfidence: number;
  fallback: boolean;
}

export interface LanguageHints {
  /** The thread's last confidently detected language. */
  threadLanguage?: string;
  /** The page's UI language, e.g. from `<html lang>`. */
  pageLanguage?: string;
}

type EldInstance = ReturnType<typeof eld.newInstance>;
type Scandinavian = 'sv' | 'da' | 'nb';

const LOW_CONFIDENCE = 0.3;
/** What one marker word is worth next to eld's 0..1 score. */
const MARKER_WEIGHT = 0.12;
/** A relative lead of this much over the runner-up counts as certain. */
const CERTAIN_MARGIN = 0.2;
/** Texts with at least this many letters count as long enough to judge. */
const ENOUGH_LETTERS = 30;
/** Below this many letters an unsure guess is not worth more than the thread's language. */
const MIN_LETTERS = 12;

/** Danish and Norwegian words that Swedish spells differently (jeg/jag, ikke/inte, og/och). */
const DANO_SHARED = [
  'jeg',
  'og',
  'ikke',
  'er',
  'hvordan',
  'hvorfor',
  'hvis',
  'fra',
  'til',
  'bare',
  'ved',
  'kun',
  'mange',
  'skal',
  'kunne',
  'hjem',
  'hjemme',
  'siden',
  'sammen',
  'hver',
  'alle',
  'denne',
  'allerede',
  'være',
  'snakke',
  'klokken',
  'deres',
  'et',
];

/** Words that are spelled differently in the other two languages (ikke/inte, hvad/hva/vad, jeg/jag …). */
const SCANDINAVIAN_MARKERS: Record<Scandinavian, readonly string[]> = {
  sv: [
    'hej',
    'mig',
    'dig',
    'och',
    'inte',
    'jag',
    'vad',
    'hur',
    'mycket',
    'någon',
    'något',
    'några',
    'tack',
    'kanske',
    'att',
    'ni',
    'hejsan',
    'idag',
    'ska',
    'fick',
    'finns',
    'bara',
    'också',
    'varit',
    'jätte',
    'bulle',
    'bullar',
    'kanelbulle',
    'kanelbullar',
    'fråga',
    'frågor',
    'hade',
    'sen',
    'snälla',
    'mej',
    'dej',
    'sån',
    'kaka',
    'kakor',
    'tjej',
    'kille',
    'nån',
    'nåt',
    'ett',
    'tror',
    'bra',
    'sig',
  ],
  da: [
    ...DANO_SHARED,
    'jeres',
    'mælk',
    'bedste',
    'længe',
    'beskidte',
    'affald',
    'aftes',
    'samarbejde',
    'mod',
    'caféen',
    'hvad',
    'nogen',
    'noget',
    'nogle',
    'meget',
    'mig',
    'dig',
    'sig',
    'hej',
    'tak',
    'af',
    'hvornår',
    'købe',
    'kage',
    'kager',
    'mad',
    'åbent',
    'åbne',
    'åben',
    'bliver',
    'gerne',
    'spørge',
    'spørgsmål',
    'dejlig',
    'dejligt',
    'rigtig',
    'rigtigt',
    'sådan',
    'vores',
    'jer',
    'fik',
    'ud',
    'op',
    'uge',
    'sød',
    'søde',
    'tusind',
    'venlig',
    'lidt',
    'måske',
    'snegl',
    'kanelsnegl',
    'kanelsnegle',
    'sjovt',
    'hedder',
    'købt',
    'weekenden',
    'synes',
    'virkelig',
    'selvom',
    'tilbage',
  ],
  nb: [
    ...DANO_SHARED,
    'melk',
    'beste',
    'lenge',
    'altfor',
    'samarbeid',
    'kassa',
    'jula',
    'lua',
    'kafe',
    'kafé',
    'kafeen',
    'kafeene',
    'hva',
    'noen',
    'noe',
    'mye',
    'meg',
    'deg',
    'seg',
    'hei',
    'takk',
    'etter',
    'når',
    'kjøpe',
    'kake',
    'kaker',
    'åpent',
    'åpne',
    'åpen',
    'blir',
    'gjerne',
    'spørre',
    'spørsmål',
    'deilig',
    'deilige',
    'riktig',
    'nå',
    'sånn',
    'slik',
    'våre',
    'dere',
    'fikk',
    'opp',
    'uke',
    'søt',
    'tusen',
    'vennlig',
    'veldig',
    'litt',
    'kanskje',
    'bolle',
    'boller',
    'kanelbolle',
    'kanelboller',
    'gøy',
    'kjekt',
    'kjøpt',
    'synes',
    'virkelig',
    'selv om',
    'tilbake',
    'ikkje',
    'kjempe',
    'bra',
  ],
};

const SCANDINAVIAN: readonly Scandinavian[] = ['sv', 'da', 'nb'];

/**
 * Spelling habits, with how much each says: Norwegian kj-/skj-/gj-, -sjon and kake-, Danish
 * plural -erne, kage- and snegl, Swedish -arna/-orna/-erna. Danish also writes -ene at times.
 */
const SPELLINGS: [RegExp, Scandinavian, number][] = [
  [/^(kj|skj|gj)\p{L}{2,}/u, 'nb', 1],
  [/\p{L}{3,}sjon(en|er|ene)?$/u, 'nb', 1],
  [/\p{L}{3,}ene$/u, 'nb', 0.5],
  [/^kake\p{L}/u, 'nb', 1],
  [/\p{L}{2,}erne$/u, 'da', 1],
  [/^kage\p{L}/u, 'da', 1],
  [/snegl/u, 'da', 1],
  [/\p{L}{2,}(arna|orna|erna)$/u, 'sv', 1],
];
const markerSets = Object.fromEntries(
  SCANDINAVIAN.map((language) => [language, new Set(SCANDINAVIAN_MARKERS[language])]),
) as Record<Scandinavian, Set<string>>;

/** eld's code for each of ours; eld knows Norwegian only as 'no'. */
const ELD_CODES: Record<LanguageCode, string> = {
  sv: 'sv',
  da: 'da',
  nb: 'no',
  en: 'en',
  de: 'de',
  fi: 'fi',
};

/** Any code we may meet (`nb`, `no`, `nn`, `sv-SE`, `en_GB`) to ours, or undefined. */
export function toLanguageCode(code: string | undefined): LanguageCode | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0];
  if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
  const parsed = languageCodeSchema.safeParse(base);
  return parsed.success ? parsed.data : undefined;
}

const detectors = new Map<string, EldInstance>();

function detectorFor(languages: readonly LanguageCode[]): EldInstance {
  const key = [...languages].sort().join(',');
  let detector = detectors.get(key);
  if (!detector) {
    detector = eld.newInstance();
    detector.setLanguageSubset(languages.map((language) => ELD_CODES[language]));
    detectors.set(key, detector);
  }
  return detector;
}

function cleanForDetection(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/gi, ' ')
    .replace(/[@#][\p{L}\p{N}_.]+/gu, ' ')
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Marker words and letters (ä/ö only in Swedish, æ/ø never in Swedish) per Scandinavian language. */
export function scandinavianMarkers(text: string): Record<Scandinavian, number> {
  const counts: Record<Scandinavian, number> = { sv: 0, da: 0, nb: 0 };
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}]+/gu) ?? [];
  for (const word of words) {
    for (const language of SCANDINAVIAN) if (markerSets[language].has(word)) counts[language] += 1;
    if (/[äö]/.test(word)) counts.sv += 1;
    for (const [spelling, language, weight] of SPELLINGS)
      if (spelling.test(word)) counts[language] += weight;
    if (/[æø]/.test(word)) {
      counts.da += 0.5;
      counts.nb += 0.5;
    }
  }
  // Multi-word markers ("selv om") are few; checked on the whole text.
  for (const language of SCANDINAVIAN) {
    for (const marker of SCANDINAVIAN_MARKERS[language]) {
      if (marker.includes(' ') && lower.includes(marker)) counts[language] += 1;
    }
  }
  return counts;
}

export function detectLanguage(
  text: string,
  supported: readonly LanguageCode[],
  fallbackDefault: LanguageCode,
  hints: LanguageHints = {},
): LanguageGuess {
  const cleaned = cleanForDetection(text);
  const scores = new Map<LanguageCode, number>();
  if (cleaned !== '') {
    const eldScores = detectorFor(supported).detect(cleaned).getScores();
    for (const language of supported) scores.set(language, eldScores[ELD_CODES[language]] ?? 0);
  }
  const markers = scandinavianMarkers(cleaned);
  for (const language of SCANDINAVIAN) {
    if (supported.includes(language)) {
      scores.set(language, (scores.get(language) ?? 0) + MARKER_WEIGHT * markers[language]);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  const letters = cleaned.replace(/[^\p{L}]/gu, '').length;
  let confidence = 0;
  if (best && best[1] > 0) {
    const relativeLead = (best[1] - (second?.[1] ?? 0)) / best[1];
    const lengthFactor = Math.min(1, letters / ENOUGH_LETTERS);
    confidence = Math.min(1, relativeLead / CERTAIN_MARGIN) * (0.4 + 0.6 * lengthFactor);
  }
  const languageConfidence = Math.round(confidence * 100) / 100;
  if (best && confidence >= LOW_CONFIDENCE) {
    return { language: best[0], languageConfidence, fallback: false };
  }
  // Unsure: the thread's, page's or guide's language wins if it is one of the close contenders;
  // a text too short to judge takes it anyway.
  const chain = [hints.threadLanguage, hints.pageLanguage]
    .map(toLanguageCode)
    .filter(
      (language): language is LanguageCode =>
        language !== undefined && supported.includes(language),
    );
  chain.push(fallbackDefault);
  const contenders = best
    ? ranked
        .filter(([, score]) => score > 0 && score >= best[1] * (1 - CERTAIN_MARGIN))
        .map(([language]) => language)
    : [];
  const fromChain = chain.find((language) => contenders.includes(language));
  if (fromChain) return { language: fromChain, languageConfidence, fallback: true };
  if (contenders.length > 0 && letters >= MIN_LETTERS) {
    return { language: contenders[0], languageConfidence, fallback: false };
  }
  return { language: chain[0], languageConfidence, fallback: true };
}
