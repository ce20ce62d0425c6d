import { replySurfaceFor, rewriteSuggestions, suggest } from '../../../utils/suggest/suggest';
import type { SuggestionRewriter } from '../../../utils/suggest/rewriter';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import { nodeModels } from '../../../scripts/train/node-models';

const models = nodeModels();

describe('suggest', () => {
  it('answers a Swedish opening-hours question in Swedish, passing the guide', () => {
    const result = suggest(
      {
        text: 'Hej! Har ni öppet på söndag?',
        authorName: 'Anna Svensson',
        surface: 'facebook-comment',
      },
      defaultToneGuide,
      models,
    );
    expect(result).toMatchObject({
      language: 'sv',
      escalate: null,
      spam: false,
      sentiment: 'neutral',
    });
    expect(result.intents).toContain('question');
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions[0]).toMatchObject({ templateId: 'sv-hours', cursor: null });
    expect(result.suggestions[0].text).toMatch(/^Hej Anna! Öppettiderna/);
    for (const suggestion of result.suggestions) {
      expect(suggestion.findings.filter((finding) => finding.level === 'error')).toEqual([]);
    }
  });

  it('adds the sign-off in DMs, with the agent name, and says so', () => {
    const result = suggest(
      {
        text: 'Hei, kaffen jeg kjøpte i dag var helt kald og smakte vondt. Skuffet!',
        surface: 'facebook-dm',
        agentName: 'Sara',
        authorName: 'Ola Nordmann',
      },
      defaultToneGuide,
      models,
    );
    const [first] = result.suggestions;
    expect(first.text).toMatch(/^Hei Ola\./);
    expect(first.text).toMatch(/\n\nHilsen Sara i Kanelkompaniet$/);
    expect(first.reasons).toContainEqual({ kind: 'signOff', surface: 'facebook-dm' });
    expect(first.findings.filter((finding) => finding.ruleId === 'signoff.missing')).toEqual([]);
  });

  it('returns the caret position of templates that leave room to write', () => {
    const result = suggest(
      {
        text: 'Hej! Vi vill beställa catering till en konferens för 40 personer, kan ni leverera?',
        surface: 'facebook-dm',
      },
      defaultToneGuide,
      models,
    );
    const open = result.suggestions.find((s) => s.templateId === 'sv-lead-dm');
    expect(open).toBeDefined();
    expect(open!.cursor).toBe(open!.text.indexOf('förslag.') + 'förslag. '.length);
  });

  it('starts the editor with a suggestion only when sure of the message, in its language', () => {
    const sure = suggest(
      { text: 'Hej! Har ni öppet på söndag?', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(sure.prefill).toBe(true);
    expect(sure.suggestions[0].templateId).toBe('sv-hours');

    // Unsure of what they want: the best of several intents, none in the editor.
    const vague = suggest(
      { text: 'Jag har en fråga', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(Math.max(...Object.values(vague.intentScores))).toBeLessThan(0.5);
    expect(vague.suggestions.length).toBeGreaterThan(0);
    expect(vague.prefill).toBe(false);

    // Templates in a language the person chose count as the right language; a message in a
    // language the guide lacks gets none in the editor.
    const otherLanguage = suggest(
      { text: 'Hej! Har ni öppet på söndag?', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
      { templateLanguage: 'en' },
    );
    expect(otherLanguage.prefill).toBe(true);
    expect(otherLanguage.suggestions[0].templateId).toMatch(/^en-/);
    const notInGuide = suggest(
      { text: 'Hallo! Habt ihr am Sonntag geöffnet?', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(notInGuide.languageInGuide).toBe(false);
    expect(notInGuide.prefill).toBe(false);

    const legal = suggest(
      { text: 'Jag ska kontakta min advokat om det här', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(legal.escalate).not.toBeNull();
    expect(legal.prefill).toBe(false);
  });

  it('never offers a template that is only a greeting and a caret', () => {
    const stub = defaultToneGuide.templates.find((t) => t.id === 'sv-question')!;
    expect(stub.text).toBe('Hej {firstName|där}! Tack för att du hör av dig. {cursor}');
    // Its trigger word is in the message and its intent ranks first, yet it is not offered.
    const result = suggest(
      { text: 'Hej, jag har en fråga', authorName: 'Anna Svensson', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(result.intents[0]).toBe('question');
    // Unsure, it offers the best template of each listed intent, never one it barely scores.
    const offered = result.suggestions.map((s) =>
      defaultToneGuide.templates.find((t) => t.id === s.templateId)!,
    );
    for (const template of offered) {
      expect(template.intents.some((intent) => result.intents.includes(intent))).toBe(true);
    }
    expect(result.suggestions.map((s) => s.templateId)).not.toContain('sv-spam');
    expect(result.suggestions.map((s) => s.templateId)).not.toContain('sv-question');
    for (const suggestion of result.suggestions) {
      expect(suggestion.text).not.toMatch(/^Hej Anna! Tack för att du hör av dig\.\s*$/);
    }

    // A guide whose only question template is the stub offers nothing for a sure question.
    const onlyStub = {
      ...defaultToneGuide,
      templates: defaultToneGuide.templates.filter(
        (t) => !(t.language === 'sv' && t.intents.includes('question')) || t.id === 'sv-question',
      ),
    };
    const sure = suggest(
      { text: 'Hej! Har ni öppet på söndag?', surface: 'facebook-comment' },
      onlyStub,
      models,
    );
    expect(sure.intents[0]).toBe('question');
    expect(sure.suggestions).toEqual([]);
    expect(sure.prefill).toBe(false);
  });

  it('flags spam', () => {
    const result = suggest(
      { text: 'Want more followers? Click here: www.example.biz', surface: 'facebook-comment' },
      defaultToneGuide,
      models,
    );
    expect(result).toMatchObject({ spam: true, intents: ['spam'] });
  });

  it('falls back to the thread language for a too-short message', () => {
    const result = suggest(
      { text: '👍', surface: 'facebook-comment', threadLanguage: 'da' },
      defaultToneGuide,
      models,
    );
    expect(result).toMatchObject({ language: 'da', languageFallback: true });
  });
});

describe("the guide's escalation words", () => {
  // The café guide's safety rule lists "sjukhus*" and "akuten" (utils/tone/default-guide).
  const safety = (text: string) =>
    suggest({ text, surface: 'facebook-comment' }, defaultToneGuide, models).escalate?.ruleId;

  it('escalate a complaint that uses them', () => {
    expect(safety('Min dotter hamnade på sjukhus efter er räkmacka igår. Vad har ni i den?')).toBe(
      'safety',
    );
  });

  it('do not escalate thanks the model is sure of, as the crisis rule lists do not', () => {
    const text =
      'Ni på akuten i Örebro var helt fantastiska med min mormor igår. Tack för att ni tog er tid med henne ❤️';
    expect(suggest({ text, surface: 'facebook-comment' }, defaultToneGuide, models)).toMatchObject({
      escalate: null,
      intents: expect.arrayContaining(['praise']),
    });
    expect(safety('Fick åka till akuten i natt efter ert kycklingspett. Vem ersätter det?')).toBe(
      'safety',
    );
  });
});

describe('rewriteSuggestions', () => {
  const input = { text: 'Har ni öppet på söndag?', surface: 'facebook-comment' as const };

  it('without a rewriter returns the same result', async () => {
    const result = suggest(input, defaultToneGuide, models);
    await expect(rewriteSuggestions(result, input, defaultToneGuide)).resolves.toBe(result);
  });

  it('with a rewriter checks the rewritten text again', async () => {
    const shouting: SuggestionRewriter = { rewrite: async (text) => `${text.toUpperCase()}!!!` };
    const result = await rewriteSuggestions(
      suggest(input, defaultToneGuide, models),
      input,
      defaultToneGuide,
      shouting,
    );
    expect(result.suggestions[0].reasons).toContainEqual({ kind: 'rewritten' });
    expect(result.suggestions[0].text).toMatch(/^HEJ.*!!!$/s);
    expect(result.suggestions[0].findings.map((f) => f.ruleId)).toContain('exclamation.limit');
  });
});

describe('replySurfaceFor', () => {
  it.each([
    ['facebook', 'comment', 'facebook-comment'],
    ['facebook', 'dm', 'facebook-dm'],
    ['linkedin', 'comment', 'linkedin-comment'],
    ['linkedin', 'dm', 'linkedin-dm'],
  ] as const)('%s %s → %s', (platform, kind, surface) => {
    expect(replySurfaceFor({ platform, kind })).toBe(surface);
  });
});

describe('hostile and huge messages', () => {
  it.each([
    ['emoji only', '🧡'.repeat(40_000)],
    ['markup', '<script>alert(1)</script>'.repeat(4_000)],
  ])('%s of 100 KB are analysed from their opening and still get an answer', (_what, text) => {
    const result = suggest({ text, surface: 'facebook-comment' }, defaultToneGuide, models);
    expect(defaultToneGuide.languages.supported).toContain(result.templateLanguage);
    expect(result.intents.length).toBeGreaterThan(0);
  });
});
