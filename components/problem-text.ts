import type { Translate } from '../utils/i18n/translate';
import type { ValidationProblem } from '../utils/model/problem';

/** A problem's message in the UI language: Svara's own by key, Zod's as Zod's locale wrote it. */
export function problemText(problem: ValidationProblem, t: Translate): string {
  return problem.messageKey ? t(problem.messageKey, problem.params) : problem.message;
}
