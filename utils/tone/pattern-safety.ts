import type { ProblemMessageKey } from '../model/problem';
import { formatPath, parseToneGuide, PATTERN_FLAGS, type GuideProblem } from './schema';
import type { ParseToneGuideResult, ToneGuide } from './schema';

/** The part of recheck's diagnostics Svara acts on. */
export interface PatternDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: {
    type: 'constant' | 'linear' | 'safe' | 'polynomial' | 'exponential';
    degree?: number;
  };
}

export type PatternAnalyser = (source: string, flags: string) => PatternDiagnostics;

/**
 * The escalation matcher reads at most PATTERN_INPUT_LIMIT characters (utils/suggest/escalation.ts),
 * so a quadratic pattern costs at most about 25 million steps there; from the third degree on, or
 * exponentially, one comment can still freeze the service worker.
 */
const HIGHEST_ACCEPTED_DEGREE = 2;

interface Refusal {
  message: string;
  key: ProblemMessageKey;
  params?: Record<string, string | number>;
}

/** Why a pattern is refused, or null when it cannot backtrack catastrophically. */
export function refusalOf(diagnostics: PatternDiagnostics): Refusal | null {
  if (diagnostics.status === 'safe') return null;
  if (diagnostics.status === 'unknown') {
    return {
      message: 'could not be proven free of catastrophic backtracking in time; simplify it',
      key: 'guidePatternUnchecked',
    };
  }
  const complexity = diagnostics.complexity;
  if (complexity?.type === 'polynomial' && (complexity.degree ?? 0) <= HIGHEST_ACCEPTED_DEGREE) {
    return null;
  }
  if (complexity?.type === 'polynomial') {
    return {
      message: `backtracks catastrophically: time grows with the length of the text to the power ${complexity.degree}`,
      key: 'guidePatternPolynomial',
      params: { degree: complexity.degree ?? 0 },
    };
  }
  return {
    message: 'backtracks catastrophically: time doubles with each character of some texts',
    key: 'guidePatternExponential',
  };
}

/** Every escalation pattern that can backtrack catastrophically, by its path in the guide. */
export function unsafePatternProblems(guide: ToneGuide, analyse: PatternAnalyser): GuideProblem[] {
  const problems: GuideProblem[] = [];
  guide.escalation.forEach((rule, index) => {
    for (const [language, patterns] of Object.entries(rule.patterns)) {
      patterns?.forEach((pattern, patternIndex) => {
        const refusal = refusalOf(analyse(pattern, PATTERN_FLAGS));
        if (!refusal) return;
        problems.push({
          path: formatPath(['escalation', index, 'patterns', language, patternIndex]),
          message: refusal.message,
          messageKey: refusal.key,
          params: refusal.params ?? {},
        });
      });
    }
  });
  return problems;
}

const hasPatterns = (guide: ToneGuide) =>
  guide.escalation.some((rule) => Object.values(rule.patterns).some((list) => list?.length));

// recheck's analysis takes up to seconds; a guide is checked again on every save with mostly the
// same patterns. The seed makes its fuzzing give the same verdict every time.
const RECHECK_PARAMS = { timeout: 3_000, randomSeed: 15 };
const verdicts = new Map<string, PatternDiagnostics>();
let loading: Promise<PatternAnalyser> | undefined;

/**
 * recheck's pure JavaScript build (no native binary, no JVM), the same in the options page and in
 * Node; about 700 KB gzip, so it is loaded only when a guide has patterns to check.
 */
function loadAnalyser(): Promise<PatternAnalyser> {
  loading ??= import('recheck/lib/browser.js').then((loaded) => {
    const checkSync = loaded.default?.checkSync ?? loaded.checkSync;
    if (!checkSync) throw new Error('recheck/lib/browser.js exports no checkSync');
    return (source, flags) => {
      const key = `${flags}/${source}`;
      let diagnostics = verdicts.get(key);
      if (!diagnostics) {
        diagnostics = checkSync(source, flags, RECHECK_PARAMS);
        verdicts.set(key, diagnostics);
      }
      return diagnostics;
    };
  });
  return loading;
}

/**
 * What import and edit use: the whole schema, then every escalation pattern through recheck.
 * A guide whose patterns can backtrack catastrophically is refused with each one's path.
 */
export async function parseToneGuideWithSafePatterns(json: unknown): Promise<ParseToneGuideResult> {
  const parsed = parseToneGuide(json);
  if (!parsed.ok || !hasPatterns(parsed.guide)) return parsed;
  const problems = unsafePatternProblems(parsed.guide, await loadAnalyser());
  return problems.length === 0 ? parsed : { ok: false, problems };
}
