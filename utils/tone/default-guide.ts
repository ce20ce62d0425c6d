import escalation from './default-guide/kanelkompaniet/escalation.json';
import shared from './default-guide/kanelkompaniet/guide.json';
import rules from './default-guide/kanelkompaniet/rules.json';
import da from './default-guide/kanelkompaniet/da.json';
import en from './default-guide/kanelkompaniet/en.json';
import nb from './default-guide/kanelkompaniet/nb.json';
import sv from './default-guide/kanelkompaniet/sv.json';
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

const kanelkompaniet = loadToneGuide(kanelkompanietFiles);

/** The default guide as written in its JSON files, before the schema fills in defaults. */
export const defaultToneGuideInput: ToneGuideInput = kanelkompaniet.input;

/** Parsed once; the guide is checked by tests/unit/tone/default-guide.test.ts. */
export const defaultToneGuide: ToneGuide = kanelkompaniet.guide;
