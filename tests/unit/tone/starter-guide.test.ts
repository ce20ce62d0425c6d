import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadToneGuide, starterGuideFiles } from '../../../utils/tone/default-guide';
import { intentSchema } from '../../../utils/tone/schema';
import { expectTemplatesPassOwnChecks } from '../../helpers/guide';

const ALL = ['sv', 'da', 'nb', 'en'] as const;

describe('the starter guide made from the neutral template', () => {
  const { guide } = loadToneGuide(starterGuideFiles({ company: 'Norrsken AB', languages: ALL }));

  it('is the company’s own: its name in the guide, the sign-offs and templates, no café', () => {
    expect(guide.name).toBe('Norrsken AB');
    expect(guide.brand.names).toEqual(['Norrsken AB']);
    for (const language of ALL) {
      expect(guide.locales[language]!.signOffs.join(' ')).toContain('Norrsken AB');
      const texts = guide.templates.filter((t) => t.language === language).map((t) => t.text);
      expect(texts.some((text) => text.includes('Norrsken AB'))).toBe(true);
    }
    const whole = JSON.stringify(guide);
    expect(whole).not.toMatch(/kanel|café|cafe|fika|\[\[company\]\]/i);
  });

  it('covers every intent in every language and passes its own checks', () => {
    for (const language of ALL) {
      const covered = new Set(
        guide.templates.filter((t) => t.language === language).flatMap((t) => t.intents),
      );
      expect([...covered].sort()).toEqual([...intentSchema.options].sort());
    }
    expectTemplatesPassOwnChecks(guide);
  });

  it('holds only the chosen languages, the first as default and English as fallback', () => {
    const { guide: chosen } = loadToneGuide(
      starterGuideFiles({ company: 'Fjord AS', languages: ['nb', 'en'] }),
    );
    expect(chosen.languages).toEqual({
      supported: ['nb', 'en'],
      default: 'nb',
      fallbackOrder: ['en', 'nb'],
    });
    expect(new Set(chosen.templates.map((t) => t.language))).toEqual(new Set(['nb', 'en']));
  });

  it('keeps quotes and backslashes in the company name as text', () => {
    const files = starterGuideFiles({ company: 'Ett "citat" \\ co', languages: ['sv'] });
    expect(loadToneGuide(files).guide.name).toBe('Ett "citat" \\ co');
  });
});

describe('the default guide by build mode', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function defaultGuideIn(mode: string) {
    vi.stubEnv('MODE', mode);
    vi.resetModules();
    return (await import('../../../utils/tone/default-guide')).defaultToneGuide;
  }

  it('is the neutral guide in the production build, with no trace of the demo café', async () => {
    const guide = await defaultGuideIn('production');
    expect(JSON.stringify(guide)).not.toMatch(/kanelkompaniet/i);
    expect(guide.templates.find((t) => t.id === 'en-praise')?.text).toContain('[company name]');
  });

  it('is the demo café’s guide in the demo build', async () => {
    const guide = await defaultGuideIn('demo');
    expect(guide.name).toBe('Kanelkompaniet');
  });
});
