import {
  defaultToneGuide,
  defaultToneGuideInput,
  kanelkompanietFiles,
  loadToneGuide,
} from '../../../utils/tone/default-guide';
import { z } from 'zod';
import { intentSchema, parseToneGuide, templateSchema } from '../../../utils/tone/schema';
import { expectTemplatesPassOwnChecks } from '../../helpers/guide';

describe('default guide (Kanelkompaniet)', () => {
  it('parses with zero problems', () => {
    const result = parseToneGuide(JSON.parse(JSON.stringify(defaultToneGuideInput)));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has at least 40 templates and every intent in every language', () => {
    expect(defaultToneGuide.templates.length).toBeGreaterThanOrEqual(40);
    for (const language of ['sv', 'da', 'nb', 'en'] as const) {
      const covered = new Set(
        defaultToneGuide.templates.filter((t) => t.language === language).flatMap((t) => t.intents),
      );
      expect([...covered].sort()).toEqual([...intentSchema.options].sort());
    }
  });

  it('passes its own checks with no error on every surface a template is for', () => {
    expectTemplatesPassOwnChecks(defaultToneGuide);
  });

  it('keeps each language in its own file, one file for every supported language', () => {
    const files = Object.entries(kanelkompanietFiles.languages);
    expect(files.map(([language]) => language).sort()).toEqual(
      [...defaultToneGuide.languages.supported].sort(),
    );
    for (const [language, file] of files) {
      const templates = z.array(templateSchema).parse(file.templates);
      const languages = new Set(templates.map((template) => template.language));
      expect({ file: language, languages: [...languages] }).toEqual({
        file: language,
        languages: [language],
      });
    }
  });
});

describe('loadToneGuide', () => {
  it('refuses files that do not make a valid guide, naming each problem by its path', () => {
    const da = structuredClone(kanelkompanietFiles.languages.da!);
    da.templates[0] = { ...templateSchema.parse(da.templates[0]), text: 'Hej {fistName}!' };
    const broken = { ...kanelkompanietFiles, languages: { ...kanelkompanietFiles.languages, da } };
    const firstDanish = defaultToneGuide.templates.findIndex((t) => t.language === 'da');
    expect(() => loadToneGuide(broken)).toThrow(
      `templates[${firstDanish}].text: unknown variable {fistName}`,
    );
  });
});
