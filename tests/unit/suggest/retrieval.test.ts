import { rankTemplates } from '../../../utils/suggest/retrieval';
import { defaultToneGuide, defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { toneGuideSchema, type Template } from '../../../utils/tone/schema';

const rank = (text: string, intents: Template['intents'], extra = {}) =>
  rankTemplates(
    { text, language: 'sv', surface: 'facebook-comment', intents, ...extra },
    defaultToneGuide,
  );

describe('rankTemplates', () => {
  it.each([
    ['Har ni öppet på söndag?', ['question'], 'sv-hours'],
    ['Finns det glutenfria bullar?', ['question'], 'sv-allergy'],
    ['Personalen var otrevlig', ['complaint'], 'sv-complaint-service'],
    ['Kaffet var kallt', ['complaint'], 'sv-complaint-product'],
    ['Vi vill ha catering till ett möte', ['lead'], 'sv-lead'],
    ['Appen tog betalt två gånger', ['support'], 'sv-support'],
  ] as const)('%s → %s first', (text, intents, templateId) => {
    expect(rank(text, [...intents])[0].template.id).toBe(templateId);
  });

  it('returns at most three, each with reasons for language, intent and trigger words', () => {
    const ranked = rank('Har ni öppet på söndag?', ['question']);
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(ranked[0].reasons).toEqual([
      { kind: 'language', language: 'sv' },
      { kind: 'intent', intents: ['question'] },
      { kind: 'triggers', words: ['öppet', 'söndag'] },
    ]);
  });

  it('ranks shared intents above shared words alone', () => {
    const ranked = rank('Tack, men kaffet var kallt', ['complaint']);
    expect(ranked.every((candidate) => candidate.template.intents.includes('complaint'))).toBe(
      true,
    );
  });

  it('searches trigger words only, never the reply text', () => {
    // "alternativ" and "bakverk" are in the allergy template's text but not its triggers.
    expect(rank('alternativ bakverk', [])).toEqual([]);
  });

  it('keeps to the surface: the DM-only lead template never shows for a comment', () => {
    const ids = (surface: 'facebook-comment' | 'facebook-dm') =>
      rankTemplates(
        { text: 'Offert på catering till kontoret', language: 'sv', surface, intents: ['lead'] },
        defaultToneGuide,
      ).map((r) => r.template.id);
    expect(ids('facebook-comment')).not.toContain('sv-lead-dm');
    expect(ids('facebook-dm')).toContain('sv-lead-dm');
  });

  it('uses the fallback order when the language has no templates', () => {
    const input = structuredClone(defaultToneGuideInput);
    input.languages.supported.push('de');
    input.locales.de = {
      address: { form: 'du', avoid: ['Sie'] },
      greetings: ['Hallo'],
      signOffs: ['Viele Grüße'],
    };
    const guide = toneGuideSchema.parse(input);
    const ranked = rankTemplates(
      {
        text: 'Habt ihr am Sonntag open?',
        language: 'de',
        surface: 'facebook-comment',
        intents: ['question'],
      },
      guide,
    );
    expect(ranked[0].template.language).toBe('en');
    expect(ranked[0].reasons[0]).toEqual({ kind: 'language', language: 'en', wanted: 'de' });
  });

  it('limits to the given intents when asked (holding replies)', () => {
    const ranked = rank('Jag blev sjuk', ['complaint'], { onlyIntents: ['crisis'] });
    expect(ranked.map((r) => r.template.id)).toEqual(['sv-crisis-holding']);
  });

  it('builds a new index for a new guide object', () => {
    const input = structuredClone(defaultToneGuideInput);
    input.templates = input.templates.filter((t) => t.id !== 'sv-hours');
    const smaller = toneGuideSchema.parse(input);
    const text = 'Har ni öppet på söndag?';
    expect(rank(text, ['question'])[0].template.id).toBe('sv-hours');
    expect(
      rankTemplates(
        { text, language: 'sv', surface: 'facebook-comment', intents: ['question'] },
        smaller,
      )[0].template.id,
    ).not.toBe('sv-hours');
  });
});
