import { checkTone, groupFindings, type ToneContext } from '../../../utils/tone/check';
import { defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { toneGuideSchema, type ToneGuideInput } from '../../../utils/tone/schema';

const sv: ToneContext = { language: 'sv', surface: 'facebook-comment', intents: ['question'] };

function guideWith(change: (g: ToneGuideInput) => void) {
  const input = structuredClone(defaultToneGuideInput);
  change(input);
  return toneGuideSchema.parse(input);
}

const defaultGuide = guideWith(() => {});
const ruleIds = (text: string, context: ToneContext = sv, guide = defaultGuide) =>
  checkTone(text, guide, context).map((finding) => finding.ruleId);

describe('checkTone: vocabulary rules', () => {
  const guide = guideWith((g) => {
    g.rules = [
      {
        id: 'no-synergy',
        kind: 'existence',
        level: 'error',
        message: 'No jargon.',
        tokens: ['synerg*'],
      },
      {
        id: 'guest',
        kind: 'substitution',
        level: 'warning',
        message: 'Say "%s", not "%r".',
        swap: { kund: 'gäst' },
        languages: ['sv'],
      },
      {
        id: 'one-sorry',
        kind: 'occurrence',
        level: 'suggestion',
        message: 'Once.',
        token: 'förlåt',
        max: 1,
      },
      {
        id: 'swish',
        kind: 'capitalization',
        level: 'warning',
        message: 'Swish.',
        spelling: 'Swish',
      },
      {
        id: 'allergy',
        kind: 'conditional',
        level: 'warning',
        message: 'Mention staff.',
        if: ['allerg*'],
        then: ['personal*'],
      },
    ];
  });
  const check = (text: string, language: ToneContext['language'] = 'sv') =>
    checkTone(text, guide, { ...sv, language });

  it('existence: reports each banned word with its span', () => {
    const text = 'Hej! Vilka synergier.';
    expect(check(text).filter((f) => f.ruleId === 'no-synergy')).toEqual([
      { ruleId: 'no-synergy', level: 'error', message: 'No jargon.', span: { start: 11, end: 20 } },
    ]);
  });

  it('substitution: names the preferred word, only in its languages', () => {
    const [finding] = check('Hej! Varje kund är viktig.').filter((f) => f.ruleId === 'guest');
    expect(finding.message).toBe('Say "gäst", not "kund".');
    expect(check('Hi! Every kund matters.', 'en').some((f) => f.ruleId === 'guest')).toBe(false);
  });

  it('occurrence: reports uses beyond the maximum', () => {
    expect(check('Hej! Förlåt, förlåt.').filter((f) => f.ruleId === 'one-sorry')).toHaveLength(1);
    expect(check('Hej! Förlåt.').some((f) => f.ruleId === 'one-sorry')).toBe(false);
  });

  it('capitalization: reports any other spelling', () => {
    expect(
      check('Hej! Betala med SWISH eller swish.').filter((f) => f.ruleId === 'swish'),
    ).toHaveLength(2);
    expect(check('Hej! Betala med Swish.').some((f) => f.ruleId === 'swish')).toBe(false);
  });

  it('conditional: if the first words appear, the second must too', () => {
    expect(ruleIds('Hej! Allergiinfo finns vid kassan.', sv, guide)).toContain('allergy');
    expect(ruleIds('Hej! Allergiinfo finns hos personalen.', sv, guide)).not.toContain('allergy');
    expect(ruleIds('Hej! Välkommen.', sv, guide)).not.toContain('allergy');
  });

  it('brand names: wrong capitalization is an error, web and mail addresses are not', () => {
    expect(ruleIds('Hej! Välkommen till KANELKOMPANIET.')).toContain('brand.spelling');
    expect(
      ruleIds('Hej! Läs mer på kanelkompaniet.se eller mejla info@kanelkompaniet.se.'),
    ).not.toContain('brand.spelling');
  });
});

describe('checkTone: emoji and exclamations', () => {
  it.each([
    ['sparingly: an allowed emoji is fine', 'Hej! Välkommen ☕', [], []],
    ['sparingly: one too many', 'Hej! Välkommen ☕ 💛', ['emoji.too-many'], []],
    ['sparingly: not on the list', 'Hej! Välkommen 🤑', ['emoji.not-allowed'], []],
    ['never in replies to complaints', 'Hej. Förlåt ☕', ['emoji.intent'], ['complaint']],
  ] as const)('%s', (_name, text, expected, intents) => {
    const found = ruleIds(text, {
      ...sv,
      intents: intents.length ? [...intents] : ['question'],
    }).filter((id) => id.startsWith('emoji'));
    expect(found).toEqual(expected);
  });

  it('policy never: every emoji is an error', () => {
    const guide = guideWith((g) => {
      g.emoji = { policy: 'never' };
    });
    expect(checkTone('Hej! ☕', guide, sv)).toContainEqual(
      expect.objectContaining({ ruleId: 'emoji.never', level: 'error' }),
    );
  });

  it('policy free: anything goes', () => {
    const guide = guideWith((g) => {
      g.emoji = { policy: 'free' };
    });
    expect(checkTone('Hej! 🤑🤑🤑', guide, sv).filter((f) => f.ruleId.startsWith('emoji'))).toEqual(
      [],
    );
  });

  it('reports exclamation marks beyond the limit', () => {
    const findings = checkTone('Hej! Kul! Välkommen!', defaultGuide, sv).filter(
      (f) => f.ruleId === 'exclamation.limit',
    );
    expect(findings).toEqual([expect.objectContaining({ span: { start: 19, end: 20 } })]);
  });
});

describe('checkTone: locale and surface', () => {
  it.each([
    ['sv', 'Hej! Har ni varit här förut?', 'ni'],
    ['da', 'Hej! Vil De have en kop kaffe?', 'De'],
    ['nb', 'Hei! Vil De ha en kopp kaffe?', 'De'],
  ] as const)(
    '%s: formal address "%s" is reported when the guide says du',
    (language, text, word) => {
      const found = checkTone(text, defaultGuide, { ...sv, language }).filter(
        (f) => f.ruleId === 'address.form',
      );
      expect(found.map((f) => text.slice(f.span.start, f.span.end))).toEqual([word]);
    },
  );

  it('does not mistake Danish "de" (they) for the formal De', () => {
    expect(ruleIds('Hej! Vi håber, de smager.', { ...sv, language: 'da' })).not.toContain(
      'address.form',
    );
  });

  it('asks for a greeting where the surface wants one', () => {
    expect(ruleIds('Välkommen in!')).toContain('greeting.missing');
    expect(ruleIds('Hej Anna! Välkommen in!')).not.toContain('greeting.missing');
  });

  it('asks for a sign-off in DMs, with any name in its variable', () => {
    const dm: ToneContext = { ...sv, surface: 'facebook-dm' };
    expect(ruleIds('Hej! Välkommen.', dm)).toContain('signoff.missing');
    expect(ruleIds('Hej! Välkommen.\n\nHälsningar, Sara på Kanelkompaniet', dm)).not.toContain(
      'signoff.missing',
    );
    expect(ruleIds('Hej! Välkommen.')).not.toContain('signoff.missing');
  });

  it('reports text beyond the surface length as an error from the limit on', () => {
    const text = `Hej! ${'a'.repeat(500)}`;
    expect(checkTone(text, defaultGuide, sv)).toContainEqual({
      ruleId: 'length.surface',
      level: 'error',
      message: '505 characters; facebook-comment allows 400.',
      messageKey: 'toneFindingLength',
      params: { length: 505, max: 400 },
      span: { start: 400, end: 505 },
    });
    expect(ruleIds(text, { ...sv, surface: 'linkedin-dm' })).not.toContain('length.surface');
  });
});

describe('checkTone: requests for card numbers, identity numbers and passwords', () => {
  const asks = (text: string, language: ToneContext['language'] = 'en') =>
    checkTone(text, defaultGuide, { ...sv, language })
      .filter((f) => f.ruleId.startsWith('sensitive.'))
      .map((f) => [f.ruleId, text.slice(f.span.start, f.span.end)]);

  it.each([
    [
      'en',
      'Hi! Please send us your card number and we will refund you.',
      'sensitive.card',
      'card number',
    ],
    ['en', "Hi! What's your password?", 'sensitive.password', 'password'],
    [
      'en',
      'Hi! Reply with your social security number.',
      'sensitive.id-number',
      'social security number',
    ],
    ['sv', 'Hej! Skicka ditt personnummer i ett DM.', 'sensitive.id-number', 'personnummer'],
    ['sv', 'Hej! Skriv kortnumret här så löser vi det.', 'sensitive.card', 'kortnumret'],
    ['sv', 'Hej! Vilket lösenord använder du?', 'sensitive.password', 'lösenord'],
    ['da', 'Hej! Oplys dit CPR-nummer, så finder vi ordren.', 'sensitive.id-number', 'CPR-nummer'],
    ['da', 'Hej! Send os din adgangskode.', 'sensitive.password', 'adgangskode'],
    ['nb', 'Hei! Send oss fødselsnummeret ditt.', 'sensitive.id-number', 'fødselsnummeret'],
    ['nb', 'Hei! Hva er passordet ditt?', 'sensitive.password', 'passordet'],
    ['de', 'Hallo! Schick uns deine Kreditkartennummer.', 'sensitive.card', 'Kreditkartennummer'],
    ['fi', 'Hei! Lähetä henkilötunnuksesi.', 'sensitive.id-number', 'henkilötunnuksesi'],
  ] as const)('%s: "%s" asks for what it must not', (language, text, ruleId, word) => {
    expect(asks(text, language)).toEqual([[ruleId, word]]);
  });

  it('is an error in the UI language, whatever the guide says', () => {
    const [finding] = checkTone('Hej! Skicka ditt personnummer.', defaultGuide, sv).filter(
      (f) => f.ruleId === 'sensitive.id-number',
    );
    expect(finding).toMatchObject({ level: 'error', messageKey: 'toneFindingAsksIdNumber' });
  });

  it.each([
    ['en', 'Hi! We will never ask for your card number or password.'],
    ['sv', 'Hej! Vi frågar aldrig efter ditt lösenord eller personnummer.'],
    ['da', 'Hej! Vi beder aldrig om dit CPR-nummer.'],
    ['nb', 'Hei! Vi spør aldri om passordet ditt.'],
    ['sv', 'Hej! Kortbetalning fungerar igen i alla våra caféer.'],
  ] as const)('%s: "%s" asks for nothing', (language, text) => {
    expect(asks(text, language)).toEqual([]);
  });

  it('a denial excuses only its own sentence', () => {
    expect(asks('Hi! We never share data. Send us your card number.')).toEqual([
      ['sensitive.card', 'card number'],
    ]);
  });
});

describe('checkTone: messages in the UI language', () => {
  it('gives every finding of its own checks a UI message with its parameters', () => {
    const text = 'Välkommen in, ni! Kul! Jättekul! 🤑🤑 KANELKOMPANIET';
    const findings = checkTone(text, defaultGuide, sv);
    const keys = new Map(findings.map((f) => [f.ruleId, [f.messageKey, f.params]]));
    expect(Object.fromEntries(keys)).toEqual({
      'greeting.missing': ['toneFindingGreeting', { greetings: expect.any(String) }],
      'address.form': ['toneFindingAddress', { form: 'du', word: 'ni' }],
      'exclamation.limit': ['toneFindingExclamations', { max: 2 }],
      'emoji.not-allowed': ['toneFindingEmojiNotAllowed', { allowed: expect.any(String) }],
      'emoji.too-many': ['toneFindingEmojiTooMany', { max: 1 }],
      'brand.spelling': ['toneFindingBrandSpelling', { name: 'Kanelkompaniet' }],
    });
  });

  it('keeps a guide rule written per language in every language, filled in', () => {
    const guide = guideWith((g) => {
      g.rules = [
        {
          id: 'plain',
          kind: 'substitution',
          level: 'warning',
          message: { sv: 'Skriv "%s", inte "%r".', en: 'Say "%s", not "%r".' },
          swap: { nyttja: 'använda' },
        },
      ];
    });
    const [finding] = checkTone('Hej! Nyttja rabatten.', guide, sv).filter(
      (f) => f.ruleId === 'plain',
    );
    expect(finding.message).toBe('Say "använda", not "Nyttja".');
    expect(finding.localized).toEqual({
      sv: 'Skriv "använda", inte "Nyttja".',
      en: 'Say "använda", not "Nyttja".',
    });
  });
});

describe('groupFindings', () => {
  it('makes three emoji off the list one warning per kind, with every place', () => {
    const text = 'Hej! Välkommen 🤑 🤑 🍕';
    const findings = checkTone(text, defaultGuide, sv);
    const emoji = findings.filter((f) => f.ruleId.startsWith('emoji'));
    expect(emoji).toHaveLength(5);
    const groups = groupFindings(emoji);
    expect(groups.map((g) => [g.ruleId, g.spans.map((s) => text.slice(s.start, s.end))])).toEqual([
      ['emoji.not-allowed', ['🤑', '🤑', '🍕']],
      ['emoji.too-many', ['🤑', '🍕']],
    ]);
  });

  it('keeps findings apart that say different things under one rule', () => {
    const guide = guideWith((g) => {
      g.rules = [
        {
          id: 'plain',
          kind: 'substitution',
          level: 'warning',
          message: 'Say "%s", not "%r".',
          swap: { utilize: 'use', purchase: 'buy' },
        },
      ];
    });
    const text = 'Hi! Utilize it, purchase it, utilize it.';
    const groups = groupFindings(
      checkTone(text, guide, { ...sv, language: 'en' }).filter((f) => f.ruleId === 'plain'),
    );
    expect(groups.map((g) => [g.message, g.spans.length])).toEqual([
      ['Say "use", not "Utilize".', 1],
      ['Say "buy", not "purchase".', 1],
      ['Say "use", not "utilize".', 1],
    ]);
  });
});
