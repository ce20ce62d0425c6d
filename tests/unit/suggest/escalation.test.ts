import { findEscalation, PATTERN_INPUT_LIMIT } from '../../../utils/suggest/escalation';
import { suggest } from '../../../utils/suggest/suggest';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import { nodeModels } from '../../../scripts/train/node-models';

const models = nodeModels();

describe('escalation', () => {
  it.each([
    ['sv', 'Jag har pratat med min advokat och kommer att stämma er', 'legal', 'none'],
    ['da', 'Vi vil sagsøge jer', 'legal', 'none'],
    ['nb', 'Jeg vurderer å saksøke dere', 'legal', 'none'],
    ['en', "I'm talking to my lawyer about this", 'legal', 'none'],
    ['sv', 'Jag är journalist på Expressen och vill ha en kommentar', 'press', 'none'],
    ['en', 'Reporter here, could you give us a comment for our article?', 'press', 'none'],
    ['sv', 'Min dotter fick en allergisk reaktion av bullen', 'safety', 'holding'],
    ['da', 'Jeg fik madforgiftning af jeres sandwich', 'safety', 'holding'],
    ['nb', 'Jeg fikk en allergisk reaksjon', 'safety', 'holding'],
    ['en', 'I got food poisoning after eating there', 'safety', 'holding'],
    ['sv', 'Detta är en skandal, vi startar en bojkott', 'crisis-other', 'none'],
  ] as const)('%s: %s → %s (%s)', (language, text, ruleId, action) => {
    const result = suggest({ text, surface: 'facebook-comment' }, defaultToneGuide, models);
    expect(result.language).toBe(language);
    expect(result.escalate).toMatchObject({ ruleId, action });
    expect(result.escalate?.handTo).toBeTruthy();
    expect(result.intents).toContain('crisis');
  });

  it('"none" gives no suggestion, only guidance and whom to hand it to', () => {
    const result = suggest(
      { text: 'Min advokat hör av sig', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(result.suggestions).toEqual([]);
    // The guide words its guidance per language; the panel shows the UI language's.
    expect(result.escalate?.guidance).toMatchObject({
      en: expect.stringMatching(/operations/),
      sv: expect.stringMatching(/driften/),
    });
  });

  it('"holding" gives only holding replies', () => {
    const result = suggest(
      { text: 'Jag blev matförgiftad och har varit sjuk i tre dagar', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(result.suggestions.map((s) => s.templateId)).toEqual(['sv-crisis-holding']);
    expect(result.suggestions[0].reasons[0]).toEqual({ kind: 'holding', ruleId: 'safety' });
  });

  it('English crisis words count in any language', () => {
    expect(findEscalation('Min lawyer säger att…', 'sv', [], defaultToneGuide)?.ruleId).toBe(
      'legal',
    );
  });

  it('ordinary complaints are not escalated', () => {
    expect(
      findEscalation('Kaffet var kallt och bullen torr', 'sv', ['complaint'], defaultToneGuide),
    ).toBeNull();
  });

  it('applies regular-expression patterns from the guide', () => {
    const guide = {
      ...defaultToneGuide,
      escalation: [
        {
          id: 'threat',
          intents: [],
          keywords: {},
          patterns: { sv: ['\\b(hämnas|hämnd)\\b'] },
          implies: [],
          action: 'none' as const,
          handTo: 'Security',
          guidance: 'Call security.',
        },
      ],
    };
    expect(findEscalation('Jag ska hämnas', 'sv', [], guide)).toMatchObject({
      ruleId: 'threat',
      matched: ['hämnas'],
    });
  });
});

describe('escalation patterns on long messages', () => {
  const lawyerGuide = {
    ...defaultToneGuide,
    escalation: [
      {
        id: 'legal-pattern',
        intents: [],
        keywords: {},
        // Quadratic: import accepts it (tests/unit/tone/pattern-safety.test.ts); on 200,000
        // characters unbounded it takes about 30 s.
        patterns: { en: ['\\w*lawyer'] },
        implies: [],
        action: 'none' as const,
        handTo: 'The owner',
        guidance: 'Do not answer.',
      },
    ],
  };

  it('bounds what a pattern reads, so a 200,000-character comment does not hang matching', () => {
    const start = performance.now();
    expect(findEscalation('a'.repeat(200_000), 'en', [], lawyerGuide)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it(`still matches within the first ${PATTERN_INPUT_LIMIT} characters`, () => {
    const text = `My lawyer will call. ${'a'.repeat(200_000)}`;
    expect(findEscalation(text, 'en', [], lawyerGuide)?.matched).toEqual(['lawyer']);
  });
});
