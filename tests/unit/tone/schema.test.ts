import { defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { formatPath, parseToneGuide, type ToneGuideInput } from '../../../utils/tone/schema';

/** A fresh, valid guide to break in one place per test. */
function guide(): ToneGuideInput & Record<string, unknown> {
  return structuredClone(defaultToneGuideInput) as ToneGuideInput & Record<string, unknown>;
}

function problemsOf(json: unknown) {
  const result = parseToneGuide(json);
  if (result.ok) throw new Error('expected the guide to be refused');
  return result.problems;
}

describe('parseToneGuide', () => {
  it('accepts the default guide', () => {
    expect(parseToneGuide(guide())).toMatchObject({ ok: true });
  });

  it('names every problem by path: unknown variable, unsupported default, missing sign-off', () => {
    const broken = guide();
    broken.templates[3].text = 'Hej {fistName}! {cursor}';
    broken.templates[3].variables = ['cursor'];
    broken.languages.default = 'fi';
    broken.locales.da!.signOffs = [];
    const paths = problemsOf(broken).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['templates[3].text', 'languages.default', 'locales.da.signOffs']),
    );
    expect(paths).toHaveLength(3);
  });

  it('reports shape errors and cross-field errors of other sections together', () => {
    const broken = guide();
    (broken as Record<string, unknown>).maxExclamations = 'two';
    broken.templates[0].text = 'Hej {nickname}!';
    broken.templates[0].variables = [];
    expect(problemsOf(broken).map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['maxExclamations', 'templates[0].text']),
    );
  });

  it.each([
    [
      'duplicate template id',
      (g: ToneGuideInput) => {
        g.templates[1].id = g.templates[0].id;
      },
      'templates[1].id',
    ],
    [
      'declared variable that the text never uses',
      (g: ToneGuideInput) => {
        g.templates[0].variables = ['firstName', 'agentName'];
      },
      'templates[0].variables[1]',
    ],
    [
      'variable used but not declared',
      (g: ToneGuideInput) => {
        g.templates[0].variables = [];
      },
      'templates[0].variables',
    ],
    [
      'language without greetings',
      (g: ToneGuideInput) => {
        g.locales.nb!.greetings = [];
      },
      'locales.nb.greetings',
    ],
    [
      'supported language without a locale',
      (g: ToneGuideInput) => {
        delete g.locales.en;
      },
      'locales.en',
    ],
    [
      'fallback language that is not supported',
      (g: ToneGuideInput) => {
        g.languages.fallbackOrder = ['en', 'de'];
      },
      'languages.fallbackOrder[1]',
    ],
    [
      'template in an unsupported language',
      (g: ToneGuideInput) => {
        g.templates[2].language = 'fi';
      },
      'templates[2].language',
    ],
    [
      'escalation pattern that is not a regular expression',
      (g: ToneGuideInput) => {
        g.escalation![0].patterns = { sv: ['(unclosed'] };
      },
      'escalation[0].patterns.sv[0]',
    ],
    [
      'escalation rule that matches nothing',
      (g: ToneGuideInput) => {
        g.escalation![0].keywords = {};
      },
      'escalation[0]',
    ],
    [
      'unknown emoji policy',
      (g: ToneGuideInput) => {
        (g as Record<string, unknown>).emoji = { policy: 'often' };
      },
      'emoji.policy',
    ],
    [
      'rule with an unknown level',
      (g: ToneGuideInput) => {
        (g.rules![0] as Record<string, unknown>).level = 'fatal';
      },
      'rules[0].level',
    ],
    [
      'surface without limits',
      (g: ToneGuideInput) => {
        delete (g.surfaces as Record<string, unknown>)['linkedin-dm'];
      },
      'surfaces.linkedin-dm',
    ],
  ])('refuses a %s at %s', (_name, breakIt, path) => {
    const broken = guide();
    breakIt(broken);
    expect(problemsOf(broken).map((problem) => problem.path)).toContain(path);
  });

  it('accepts the {name|fallback} syntax', () => {
    const valid = guide();
    valid.templates[0].text = 'Hej {firstName|där}! {cursor}';
    valid.templates[0].variables = ['firstName', 'cursor'];
    expect(parseToneGuide(valid).ok).toBe(true);
  });

  it('takes a reply shortcut as optional, refuses a malformed one and one used twice', () => {
    const withShortcuts = guide();
    withShortcuts.templates[0].shortcut = 'Alt+1';
    withShortcuts.templates[1].shortcut = 'Alt+Shift+K';
    expect(parseToneGuide(withShortcuts)).toMatchObject({ ok: true });

    const malformed = guide();
    malformed.templates[0].shortcut = 'Ctrl+1';
    expect(problemsOf(malformed).map((problem) => problem.path)).toEqual(['templates[0].shortcut']);

    const twice = guide();
    twice.templates[0].shortcut = 'Alt+1';
    twice.templates[2].shortcut = 'Alt+1';
    expect(problemsOf(twice)).toEqual([
      expect.objectContaining({
        path: 'templates[2].shortcut',
        messageKey: 'guideDuplicateShortcut',
        params: { shortcut: 'Alt+1', first: 'templates[0]' },
      }),
    ]);
  });
});

describe('formatPath', () => {
  it.each([
    [['languages', 'default'], 'languages.default'],
    [['templates', 3, 'text'], 'templates[3].text'],
    [['escalation', 0, 'patterns', 'sv', 2], 'escalation[0].patterns.sv[2]'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
