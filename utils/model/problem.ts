import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';

/** UI messages of checks on imported documents (tone guide, backup): Svara's own and Zod's. */
export type ProblemMessageKey = Extract<
  MessageKey,
  `guide${string}` | `backup${string}` | `schema${string}`
>;

/** One problem of an imported document, as shown to the person importing it. */
export interface ValidationProblem {
  /** Where in the document, such as `templates[3].text`; empty for the document itself. */
  path: string;
  /** English, for the CLI and logs: Svara's own words, or Zod's. */
  message: string;
  /** The UI message and its parameters. */
  messageKey?: ProblemMessageKey;
  params?: Record<string, string | number>;
  /** Parameters that are themselves UI messages, such as the type words "text" or "a list". */
  paramKeys?: Record<string, MessageKey>;
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

type UiMessage = Pick<ValidationProblem, 'messageKey' | 'params' | 'paramKeys'>;

type TypeKey = Extract<MessageKey, `schemaType${string}`>;

const TYPE_KEYS: Readonly<Record<string, TypeKey>> = {
  string: 'schemaTypeText',
  number: 'schemaTypeNumber',
  int: 'schemaTypeWholeNumber',
  boolean: 'schemaTypeBoolean',
  array: 'schemaTypeList',
  tuple: 'schemaTypeList',
  object: 'schemaTypeObject',
  record: 'schemaTypeObject',
  null: 'schemaTypeNull',
};

const typeKey = (type: string): TypeKey =>
  Object.hasOwn(TYPE_KEYS, type) ? TYPE_KEYS[type] : 'schemaTypeOther';

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** A size limit in whole units: "more than 0 characters" is "at least 1". */
function sizeLimit(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  limit: number | bigint,
): UiMessage {
  const small = issue.code === 'too_small';
  const exclusiveStep = issue.inclusive === false ? (small ? 1 : -1) : 0;
  const n = Number(limit) + exclusiveStep;
  if (issue.origin === 'string' || issue.origin === 'array') {
    if (small && n === 1) return { messageKey: 'schemaEmpty' };
    const text = issue.origin === 'string';
    const key = small
      ? text
        ? 'schemaTextAtLeast'
        : 'schemaListAtLeast'
      : text
        ? 'schemaTextAtMost'
        : 'schemaListAtMost';
    return { messageKey: key, params: { n } };
  }
  if (issue.origin === 'number' || issue.origin === 'int') {
    const inclusive = issue.inclusive !== false;
    const key = small
      ? inclusive
        ? 'schemaNumberAtLeast'
        : 'schemaNumberAbove'
      : inclusive
        ? 'schemaNumberAtMost'
        : 'schemaNumberBelow';
    return { messageKey: key, params: { n: Number(limit) } };
  }
  return { messageKey: 'schemaInvalid' };
}

/**
 * Zod's own checks as UI messages over the issue codes, so an import lists its problems in the UI
 * language with the type words translated too (Zod's locales leave "string" and "object" in
 * English). `invalid_type` tells a missing field from a wrong one only when the parse reported
 * its input (`reportInput`).
 */
function schemaMessageOf(issue: z.core.$ZodIssue): UiMessage {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeKey(issue.expected);
      if (issue.input === undefined)
        return { messageKey: 'schemaMissing', paramKeys: { expected } };
      return {
        messageKey: 'schemaExpected',
        paramKeys: { expected, received: typeKey(typeOfInput(issue.input)) },
      };
    }
    case 'too_small':
      return sizeLimit(issue, issue.minimum);
    case 'too_big':
      return sizeLimit(issue, issue.maximum);
    case 'invalid_value':
      return issue.values.length === 1
        ? { messageKey: 'schemaExactly', params: { value: quoted(issue.values[0]) } }
        : { messageKey: 'schemaOneOf', params: { values: issue.values.map(quoted).join(', ') } };
    case 'invalid_format':
      if (issue.format === 'datetime') return { messageKey: 'schemaDateTime' };
      if (issue.format === 'regex' && issue.pattern)
        return { messageKey: 'schemaPattern', params: { pattern: issue.pattern } };
      return { messageKey: 'schemaFormat', params: { format: issue.format } };
    case 'not_multiple_of':
      return { messageKey: 'schemaMultipleOf', params: { n: issue.divisor } };
    case 'unrecognized_keys':
      return {
        messageKey: issue.keys.length > 1 ? 'schemaUnknownFields' : 'schemaUnknownField',
        params: { keys: issue.keys.join(', ') },
      };
    case 'invalid_union':
      // The path already names the discriminator field: say which values it takes.
      if (issue.discriminator && 'options' in issue && issue.options?.length)
        return {
          messageKey: 'schemaOneOf',
          params: { values: issue.options.map(quoted).join(', ') },
        };
      if (issue.discriminator)
        return { messageKey: 'schemaUnknownKind', params: { field: issue.discriminator } };
      return { messageKey: 'schemaNoForm' };
    case 'invalid_key':
      return { messageKey: 'schemaInvalidKey' };
    default:
      return { messageKey: 'schemaInvalid' };
  }
}

/** The form of a union that took the value's type: its issues say what is wrong inside it. */
function formThatFits(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.discriminator) return undefined;
  const fitting = issue.errors.filter(
    (form) => !form.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The issues to show: a union that is one text or one per language, given a per-language record
 * with one wrong entry, names that entry, as if the union were not there.
 */
export function issuesToReport(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    const inner = formThatFits(issue);
    if (!inner) return [issue];
    return issuesToReport(
      inner.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] })),
    );
  });
}

/** The UI message of an issue: Svara's own from `ownIssue`, else Zod's by its code. */
export function uiMessageOf(issue: z.core.$ZodIssue): UiMessage {
  if (issue.code === 'custom' && issue.params) {
    const { messageKey, ...params } = issue.params as Record<string, string | number>;
    if (typeof messageKey === 'string')
      return { messageKey: messageKey as ProblemMessageKey, params };
  }
  return schemaMessageOf(issue);
}
