import type { Translate } from '../utils/i18n/translate';
import type { ValidationProblem } from '../utils/model/problem';

/** A problem's message in the UI language, its type words too; English only without a key. */
export function problemText(problem: ValidationProblem, t: Translate): string {
  if (!problem.messageKey) return problem.message;
  const named = Object.entries(problem.paramKeys ?? {}).map(([name, key]) => [name, t(key)]);
  return t(problem.messageKey, { ...problem.params, ...Object.fromEntries(named) });
}
