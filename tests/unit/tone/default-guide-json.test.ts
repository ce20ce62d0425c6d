import { rankTemplates } from '../../../utils/suggest/retrieval';
import { defaultToneGuide, defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { replySurfaceSchema, type Template } from '../../../utils/tone/schema';
import * as legacy from './legacy-default-guide';

// The JSON files keep each language's templates together; the TypeScript guide listed the four
// "other" templates after all languages. Within a language the order is the same.
const LANGUAGES = ['sv', 'da', 'nb', 'en'] as const;
const byLanguage = <T extends Pick<Template, 'language'>>(templates: T[]) =>
  LANGUAGES.flatMap((language) => templates.filter((template) => template.language === language));

describe('the default guide in JSON against the TypeScript guide it replaces', () => {
  it('holds the same guide, as written and as parsed', () => {
    expect(defaultToneGuideInput).toStrictEqual({
      ...legacy.defaultToneGuideInput,
      templates: byLanguage(legacy.defaultToneGuideInput.templates),
    });
    expect(defaultToneGuide).toStrictEqual({
      ...legacy.defaultToneGuide,
      templates: byLanguage(legacy.defaultToneGuide.templates),
    });
  });

  it('ranks the same templates with the same scores for every trigger, language and surface', () => {
    for (const template of legacy.defaultToneGuide.templates) {
      for (const surface of replySurfaceSchema.options) {
        const query = {
          text: template.triggers.join(' '),
          language: template.language,
          surface,
          intents: template.intents,
          limit: 10,
        };
        const ranked = (guide: typeof defaultToneGuide) =>
          rankTemplates(query, guide).map(({ template, score }) => [template.id, score]);
        expect(ranked(defaultToneGuide)).toEqual(ranked(legacy.defaultToneGuide));
      }
    }
  });
});
