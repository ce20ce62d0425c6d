import escalation from './default-guide/kanelkompaniet/escalation.json';
import shared from './default-guide/kanelkompaniet/guide.json';
import rules from './default-guide/kanelkompaniet/rules.json';
import da from './default-guide/kanelkompaniet/da.json';
import en from './default-guide/kanelkompaniet/en.json';
import nb from './default-guide/kanelkompaniet/nb.json';
import sv from './default-guide/kanelkompaniet/sv.json';
import neutralEscalation from './default-guide/neutral/escalation.json';
import neutralShared from './default-guide/neutral/guide.json';
import neutralRules from './default-guide/neutral/rules.json';
import neutralDa from './default-guide/neutral/da.json';
import neutralEn from './default-guide/neutral/en.json';
import neutralNb from './default-guide/neutral/nb.json';
import neutralSv from './default-guide/neutral/sv.json';
import { parseToneGuide, type LanguageCode, type ToneGuide, type ToneGuideInput } from './schema';

/**
 * A tone guide kept as data, one folder per guide under utils/tone/default-guide/: guide.json holds
 * what all languages share, rules.json and escalation.json those sections, and each language has
 * its own file with its address form and greetings (`locale`), intent words and templates, so a
 * language is added or translated in one file.
 */
export interface ToneGuideFiles {
  shared: object;
  rules: unknown[];
  escalation: unknown[];
  languages: Partial<
    Record<LanguageCode, { locale: unknown; intentKeywords: unknown; templates: unknown[] }>
  >;
}

/** The guide document the files make up, unchecked: the schema decides whether it is a guide. */
function assembleToneGuide(files: ToneGuideFiles): unknown {
  const languages = Object.entries(files.languages);
  return {
    ...files.shared,
    locales: Object.fromEntries(languages.map(([code, file]) => [code, file.locale])),
    rules: files.rules,
    escalation: files.escalation,
    intentKeywords: Object.fromEntries(
      languages.map(([code, file]) => [code, file.intentKeywords]),
    ),
    templates: languages.flatMap(([, file]) => file.templates),
  };
}

/** The guide that ships with Svara: Kanelkompaniet, a fictional café chain in SE, DK and NO. */
export const kanelkompanietFiles: ToneGuideFiles = {
  shared,
  rules,
  escalation,
  languages: { sv, da, nb, en },
};

/** The guide the files make up, as written and as parsed; throws listing every problem. */
export function loadToneGuide(files: ToneGuideFiles): { input: ToneGuideInput; guide: ToneGuide } {
  const document = assembleToneGuide(files);
  const parsed = parseToneGuide(document);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw new Error(`the tone guide files are not a valid guide: ${problems.join('; ')}`);
  }
  // The schema has just accepted this very document, so it is a guide as written.
  return { input: document as ToneGuideInput, guide: parsed.guide };
}

/**
 * The neutral guide every company starts from: no café, no links, `[[company]]` where the
 * company's name goes (guide name, brand, sign-offs, some templates). Filled in by
 * `starterGuideFiles`; never loaded as it is.
 */
export const neutralFiles: ToneGuideFiles = {
  shared: neutralShared,
  rules: neutralRules,
  escalation: neutralEscalation,
  languages: { sv: neutralSv, da: neutralDa, nb: neutralNb, en: neutralEn },
};

export const STARTER_LANGUAGES = ['sv', 'da', 'nb', 'en'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

const COMPANY_SLOT = '[[company]]';

/** Shown where the name goes until the first-run setup has asked for it. */
const UNNAMED_COMPANY: Record<StarterLanguage, string> = {
  sv: '[företagets namn]',
  da: '[virksomhedens navn]',
  nb: '[firmaets navn]',
  en: '[company name]',
};

/** The name is put in as JSON text, so quotes and backslashes in it stay text. */
function fillCompany<T>(value: T, company: string): T {
  const asJsonText = JSON.stringify(company).slice(1, -1);
  return JSON.parse(JSON.stringify(value).replaceAll(COMPANY_SLOT, () => asJsonText)) as T;
}

/**
 * A company's own starter guide: the neutral guide in the chosen languages (first = default),
 * with its name filled in. English is the fallback when chosen, then the chosen order.
 */
export function starterGuideFiles(setup: {
  company: string | Record<StarterLanguage, string>;
  languages: readonly StarterLanguage[];
}): ToneGuideFiles {
  const nameIn = (language: StarterLanguage) =>
    typeof setup.company === 'string' ? setup.company : setup.company[language];
  const ordered = [...new Set(setup.languages)];
  const fallbackOrder = [...ordered].sort((a, b) => Number(b === 'en') - Number(a === 'en'));
  return {
    ...neutralFiles,
    shared: {
      ...fillCompany(neutralFiles.shared, nameIn(ordered[0] ?? 'en')),
      languages: { supported: ordered, default: ordered[0], fallbackOrder },
    },
    languages: Object.fromEntries(
      ordered.map((language) => [
        language,
        fillCompany(neutralFiles.languages[language]!, nameIn(language)),
      ]),
    ),
  };
}

/**
 * The guide in force until one is saved. Only the demo build ships the demo café's guide, with
 * the unit tests (Vitest's mode `test`) and the scripts run by tsx (no build mode) written
 * against it; every other build starts from the neutral guide, which the first-run setup makes
 * the company's own. Literal conditions, so a production bundle leaves the café's files out.
 */
const defaultGuide = loadToneGuide(
  !import.meta.env || import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test'
    ? kanelkompanietFiles
    : starterGuideFiles({ company: UNNAMED_COMPANY, languages: STARTER_LANGUAGES }),
);

/** The default guide as written in its JSON files, before the schema fills in defaults. */
export const defaultToneGuideInput: ToneGuideInput = defaultGuide.input;

/** Parsed once; the guide is checked by tests/unit/tone/default-guide.test.ts. */
export const defaultToneGuide: ToneGuide = defaultGuide.guide;
