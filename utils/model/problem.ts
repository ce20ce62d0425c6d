import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';

/** UI messages of Svara's own checks on imported documents (tone guide, backup). */
export type ProblemMessageKey = Extract<MessageKey, `guide${string}` | `backup${string}`>;

/** One problem of an imported document, as shown to the person importing it. */
export interface ValidationProblem {
  /** Where in the document, such as `templates[3].text`; empty for the document itself. */
  path: string;
  /** English for Svara's own checks (CLI, logs); Zod's follow Zod's configured locale. */
  message: string;
  /** For Svara's own checks: the UI message and its parameters. */
  messageKey?: ProblemMessageKey;
  params?: Record<string, string | number>;
}

/** A custom issue of Svara's own: its English message plus the UI message key and parameters. */
export function ownIssue(
  path: (string | number)[],
  message: string,
  messageKey: ProblemMessageKey,
  params: Record<string, string | number> = {},
): z.core.$ZodRawIssue {
  return { code: 'custom', path, message, params: { ...params, messageKey }, input: undefined };
}

/** The UI message key and parameters an issue made by `ownIssue` carries, if any. */
export function ownMessageOf(
  issue: z.core.$ZodIssue,
): Pick<ValidationProblem, 'messageKey' | 'params'> {
  if (issue.code !== 'custom' || !issue.params) return {};
  const { messageKey, ...params } = issue.params as Record<string, string | number>;
  return typeof messageKey === 'string'
    ? { messageKey: messageKey as ProblemMessageKey, params }
    : {};
}
