import { defaultToneGuideInput } from '../../../utils/tone/default-guide';
import { parseToneGuideWithSafePatterns, refusalOf } from '../../../utils/tone/pattern-safety';
import type { ToneGuideInput } from '../../../utils/tone/schema';

/** The default guide with one more escalation rule matching on `patterns`, and where it sits. */
function guideWithPatterns(patterns: Record<string, string[]>) {
  const guide: ToneGuideInput = structuredClone(defaultToneGuideInput);
  guide.escalation ??= [];
  const index = guide.escalation.length;
  guide.escalation.push({
    id: 'hostile',
    patterns,
    action: 'holding',
    handTo: 'The owner',
    guidance: 'Answer with a holding reply.',
  });
  return { guide, index };
}

// recheck's first analysis loads and warms a 3 MB module.
const ANALYSIS_TIMEOUT = 30_000;

describe('escalation patterns on import and edit', () => {
  it(
    'refuses ^(a+)+$ with its path and the exponential reason',
    async () => {
      const { guide, index } = guideWithPatterns({ sv: ['\\bmatförgiftning\\b'], en: ['^(a+)+$'] });
      const result = await parseToneGuideWithSafePatterns(guide);
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            path: `escalation[${index}].patterns.en[0]`,
            message: expect.stringContaining('backtracks catastrophically'),
            messageKey: 'guidePatternExponential',
            params: {},
          },
        ],
      });
    },
    ANALYSIS_TIMEOUT,
  );

  it(
    'refuses overlapping alternatives and cubic patterns that a star-height check misses',
    async () => {
      const { guide, index } = guideWithPatterns({ en: ['(a|aa)+$', '\\d+\\d+x'] });
      const result = await parseToneGuideWithSafePatterns(guide);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(
        result.problems.map(({ path, messageKey, params }) => ({ path, messageKey, params })),
      ).toEqual([
        {
          path: `escalation[${index}].patterns.en[0]`,
          messageKey: 'guidePatternExponential',
          params: {},
        },
        {
          path: `escalation[${index}].patterns.en[1]`,
          messageKey: 'guidePatternPolynomial',
          params: { degree: 3 },
        },
      ]);
    },
    ANALYSIS_TIMEOUT,
  );

  it(
    'accepts linear and quadratic patterns, whose cost the matcher bounds',
    async () => {
      const { guide } = guideWithPatterns({
        sv: ['\\b(hämnas|hämnd)\\b'],
        en: ['\\w*lawyer', 'refund.*lawyer'],
      });
      const result = await parseToneGuideWithSafePatterns(guide);
      expect(result.ok).toBe(true);
    },
    ANALYSIS_TIMEOUT,
  );

  it('reports schema problems without running the analyser', async () => {
    const { guide } = guideWithPatterns({ en: ['(unclosed'] });
    const result = await parseToneGuideWithSafePatterns(guide);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.messageKey)).toEqual(['guideInvalidPattern']);
  });
});

describe('refusalOf', () => {
  it('refuses what recheck could not decide, and accepts up to quadratic', () => {
    expect(refusalOf({ status: 'unknown' })?.key).toBe('guidePatternUnchecked');
    expect(refusalOf({ status: 'safe', complexity: { type: 'linear' } })).toBeNull();
    expect(
      refusalOf({ status: 'vulnerable', complexity: { type: 'polynomial', degree: 2 } }),
    ).toBeNull();
    expect(
      refusalOf({ status: 'vulnerable', complexity: { type: 'polynomial', degree: 4 } }),
    ).toMatchObject({ key: 'guidePatternPolynomial', params: { degree: 4 } });
    expect(refusalOf({ status: 'vulnerable', complexity: { type: 'exponential' } })?.key).toBe(
      'guidePatternExponential',
    );
  });
});
