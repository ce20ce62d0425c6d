import type { Translate } from '../../utils/i18n/translate';
import { parseToneGuideWithSafePatterns } from '../../utils/tone/pattern-safety';
import type { GuideProblem, ToneGuide } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { problemText } from '../problem-text';
import { SaveFailure } from '../SaveFailure';

export type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'problems'; message: string; problems: GuideProblem[] }
  | { kind: 'failed'; error: unknown };

/**
 * Checks a whole guide with the schema and its pattern safety, and hands it to `save` only when
 * it passes: the one way the JSON view and the saved replies editor save a guide.
 */
export async function checkAndSave(
  document: unknown,
  save: (guide: ToneGuide) => Promise<void>,
  t: Translate,
  {
    problemKey,
    okMessage,
  }: { problemKey: 'toneProblemsSave' | 'toneProblemsImport'; okMessage: string },
): Promise<{ outcome: Outcome; saved?: ToneGuide }> {
  try {
    const parsed = await parseToneGuideWithSafePatterns(document);
    if (!parsed.ok) {
      const message = t(problemKey, { n: parsed.problems.length });
      return { outcome: { kind: 'problems', message, problems: parsed.problems } };
    }
    await save(parsed.guide);
    return { outcome: { kind: 'ok', message: okMessage }, saved: parsed.guide };
  } catch (error) {
    return { outcome: { kind: 'failed', error } };
  }
}

/** What came of a save: a status when it worked, an alert listing every problem when not. */
export function OutcomeNotice({
  outcome,
  testId,
  problemsTestId,
}: {
  outcome: Outcome;
  testId: string;
  problemsTestId: string;
}) {
  const t = useT();
  return (
    <div
      role={outcome.kind === 'ok' ? 'status' : 'alert'}
      className={outcome.kind}
      data-testid={testId}
    >
      {outcome.kind === 'failed' ? <SaveFailure error={outcome.error} /> : <p>{outcome.message}</p>}
      {outcome.kind === 'problems' && (
        <ul data-testid={problemsTestId}>
          {outcome.problems.map((problem, index) => (
            <li key={`${problem.path}:${index}`}>
              <code>{problem.path || t('toneProblemWhole')}</code>
              {': '}
              {problemText(problem, t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
