import type { MessageKey } from '../i18n/translate';
import { compileKeywords, findKeywords } from './keywords';
import {
  guideTextIn,
  type Intent,
  type LanguageCode,
  type ReplySurface,
  type RuleLevel,
  type ToneGuide,
  type VocabularyRule,
} from './schema';
import { findSensitiveRequests, type SensitiveKind } from './sensitive-requests';

/** UI messages of the tone check's own findings. */
export type ToneMessageKey = Extract<MessageKey, `toneFinding${string}`>;

type Span = { start: number; end: number };

export interface ToneFinding {
  ruleId: string;
  level: RuleLevel;
  /** English for Svara's own checks, the guide's words for its rules (CLI, logs). */
  message: string;
  /** Svara's own checks: the UI message and its parameters (`intent` is an intent's code). */
  messageKey?: ToneMessageKey;
  params?: Record<string, string | number>;
  /** A guide rule written per language: the UI shows its own language's text. */
  localized?: Partial<Record<LanguageCode, string>>;
  /** Character offsets in the checked text; an empty span marks a place (e.g. where a greeting is missing). */
  span: Span;
}

export interface ToneContext {
  language: LanguageCode;
  surface: ReplySurface;
  intents: readonly Intent[];
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

type OwnMessage = {
  message: string;
  key: ToneMessageKey;
  params?: Record<string, string | number>;
};

/** A finding of Svara's own check, in English and as a UI message. */
function finding(
  ruleId: string,
  level: RuleLevel,
  { message, key, params }: OwnMessage,
  start: number,
  end: number,
): ToneFinding {
  return { ruleId, level, message, messageKey: key, params, span: { start, end } };
}

/** A finding of one of the guide's rules, in its own words (`%s`, `%r` filled in). */
function ruleFinding(rule: VocabularyRule, fill: (text: string) => string, span: Span) {
  const { id: ruleId, level, message } = rule;
  const localized =
    typeof message === 'string'
      ? undefined
      : Object.fromEntries(Object.entries(message).map(([code, text]) => [code, fill(text)]));
  return {
    ruleId,
    level,
    message: fill(guideTextIn(message, rule.languages ?? [])),
    ...(localized && { localized }),
    span,
  } satisfies ToneFinding;
}

function appliesTo(rule: VocabularyRule, language: LanguageCode): boolean {
  return !rule.languages || rule.languages.includes(language);
}

function checkVocabularyRule(text: string, rule: VocabularyRule): ToneFinding[] {
  const report = (start: number, end: number, fill = (message: string) => message) =>
    ruleFinding(rule, fill, { start, end });
  switch (rule.kind) {
    case 'existence':
      return findKeywords(text, compileKeywords(rule.tokens)).map((match) =>
        report(match.start, match.end),
      );
    case 'substitution':
      return Object.entries(rule.swap).flatMap(([avoid, prefer]) =>
        findKeywords(text, compileKeywords([avoid])).map((match) =>
          report(match.start, match.end, (message) =>
            message.replaceAll('%s', prefer).replaceAll('%r', match.text),
          ),
        ),
      );
    case 'occurrence':
      return findKeywords(text, compileKeywords([rule.token]))
        .slice(rule.max)
        .map((match) => report(match.start, match.end));
    case 'capitalization':
      return wrongSpellings(text, rule.spelling).map((match) => report(match.start, match.end));
    case 'conditional': {
      const triggers = findKeywords(text, compileKeywords(rule.if));
      if (triggers.length === 0 || findKeywords(text, compileKeywords(rule.then)).length > 0)
        return [];
      return [report(triggers[0].start, triggers[0].end)];
    }
  }
}

/** Inside a web or mail address ("kanelkompaniet.se", "info@kanelkompaniet.se") case does not matter. */
function isInAddress(text: string, start: number, end: number): boolean {
  return /[@/.]/.test(text[start - 1] ?? '') || /^\.\p{L}/u.test(text.slice(end, end + 2));
}

function wrongSpellings(text: string, spelling: string) {
  return findKeywords(text, compileKeywords([spelling])).filter(
    (match) => match.text !== spelling && !isInAddress(text, match.start, match.end),
  );
}

function checkEmoji(text: string, guide: ToneGuide, intents: readonly Intent[]): ToneFinding[] {
  const emoji = [...text.matchAll(EMOJI)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const policy = guide.emoji;
  if (policy.policy === 'never') {
    const never = { message: 'The guide says: no emoji.', key: 'toneFindingEmojiNever' } as const;
    return emoji.map((e) => finding('emoji.never', 'error', never, e.start, e.end));
  }
  const bannedIntent = intents.find((intent) => policy.neverForIntents.includes(intent));
  if (bannedIntent) {
    const banned: OwnMessage = {
      message: `No emoji in replies to ${bannedIntent} messages.`,
      key: 'toneFindingEmojiIntent',
      params: { intent: bannedIntent },
    };
    return emoji.map((e) => finding('emoji.intent', 'error', banned, e.start, e.end));
  }
  if (policy.policy === 'free') return [];
  const allowed = new Set(policy.allowed.map((e) => e.replace(/\uFE0F/g, '')));
  const onlyAllowed: OwnMessage = {
    message: `Use only ${policy.allowed.join(' ')}.`,
    key: 'toneFindingEmojiNotAllowed',
    params: { allowed: policy.allowed.join(' ') },
  };
  const tooMany: OwnMessage = {
    message: `At most ${policy.max} emoji.`,
    key: 'toneFindingEmojiTooMany',
    params: { max: policy.max },
  };
  return [
    ...emoji
      .filter((e) => !allowed.has(e.text.replace(/\uFE0F/g, '')))
      .map((e) => finding('emoji.not-allowed', 'warning', onlyAllowed, e.start, e.end)),
    ...emoji
      .slice(policy.max)
      .map((e) => finding('emoji.too-many', 'warning', tooMany, e.start, e.end)),
  ];
}

function checkExclamations(text: string, guide: ToneGuide): ToneFinding[] {
  const limit: OwnMessage = {
    message: `At most ${guide.maxExclamations} exclamation marks.`,
    key: 'toneFindingExclamations',
    params: { max: guide.maxExclamations },
  };
  return [...text.matchAll(/!/g)]
    .slice(guide.maxExclamations)
    .map((match) => finding('exclamation.limit', 'warning', limit, match.index, match.index + 1));
}

const SENSITIVE_MESSAGES: Record<SensitiveKind, OwnMessage> = {
  card: {
    message: 'Never ask for card numbers in a reply: anyone may be reading.',
    key: 'toneFindingAsksCard',
  },
  'id-number': {
    message: 'Never ask for a personal identity number in a reply: anyone may be reading.',
    key: 'toneFindingAsksIdNumber',
  },
  password: {
    message: 'Never ask for a password in a reply: anyone may be reading.',
    key: 'toneFindingAsksPassword',
  },
};

/** Asking for a card number, an identity number or a password is always wrong, whatever the guide. */
function checkSensitiveRequests(text: string): ToneFinding[] {
  return findSensitiveRequests(text).map((match) =>
    finding(
      `sensitive.${match.kind}`,
      'error',
      SENSITIVE_MESSAGES[match.kind],
      match.start,
      match.end,
    ),
  );
}

/** A sign-off with variables matches whatever they were filled with. */
function signOffPattern(signOff: string): RegExp {
  const source = signOff
    .split(/\{[^{}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('.+?');
  return new RegExp(`${source}\\s*$`, 'iu');
}

function checkLocale(text: string, guide: ToneGuide, context: ToneContext): ToneFinding[] {
  const locale = guide.locales[context.language];
  if (!locale) return [];
  const findings: ToneFinding[] = [];
  const avoid = compileKeywords(locale.address.avoid, 'gu');
  for (const match of findKeywords(text, avoid)) {
    findings.push(
      finding(
        'address.form',
        'warning',
        {
          message: `Address the reader as "${locale.address.form}", not "${match.text}".`,
          key: 'toneFindingAddress',
          params: { form: locale.address.form, word: match.text },
        },
        match.start,
        match.end,
      ),
    );
  }
  const rules = guide.surfaces[context.surface];
  const opening = text.trimStart();
  const greets = findKeywords(opening, compileKeywords(locale.greetings))[0]?.start === 0;
  if (rules.greet && !greets) {
    findings.push(
      finding(
        'greeting.missing',
        'warning',
        {
          message: `Start with a greeting: ${locale.greetings.join(', ')}.`,
          key: 'toneFindingGreeting',
          params: { greetings: locale.greetings.join(', ') },
        },
        0,
        0,
      ),
    );
  }
  const signsOff = locale.signOffs.some((signOff) => signOffPattern(signOff).test(text));
  if (rules.signOff && !signsOff) {
    findings.push(
      finding(
        'signoff.missing',
        'warning',
        {
          message: `End with a sign-off: ${locale.signOffs.join(' / ')}.`,
          key: 'toneFindingSignOff',
          params: { signOffs: locale.signOffs.join(' / ') },
        },
        text.length,
        text.length,
      ),
    );
  }
  if (text.length > rules.maxLength) {
    findings.push(
      finding(
        'length.surface',
        'error',
        {
          message: `${text.length} characters; ${context.surface} allows ${rules.maxLength}.`,
          key: 'toneFindingLength',
          params: { length: text.length, max: rules.maxLength },
        },
        rules.maxLength,
        text.length,
      ),
    );
  }
  return findings;
}

/**
 * Every finding the guide has to say about one reply. Pure and fast enough to run on each
 * keystroke in the editor.
 */
export function checkTone(text: string, guide: ToneGuide, context: ToneContext): ToneFinding[] {
  const brandFindings = guide.brand.names.flatMap((name) =>
    wrongSpellings(text, name).map((match) =>
      finding(
        'brand.spelling',
        'error',
        { message: `Spelled ${name}.`, key: 'toneFindingBrandSpelling', params: { name } },
        match.start,
        match.end,
      ),
    ),
  );
  const findings = [
    ...guide.rules
      .filter((rule) => appliesTo(rule, context.language))
      .flatMap((rule) => checkVocabularyRule(text, rule)),
    ...brandFindings,
    ...checkEmoji(text, guide, context.intents),
    ...checkExclamations(text, guide),
    ...checkSensitiveRequests(text),
    ...checkLocale(text, guide, context),
  ];
  return findings.sort((a, b) => a.span.start - b.span.start);
}

/** Findings that say the same thing, with every place they point at (in text order). */
export interface ToneFindingGroup extends Omit<ToneFinding, 'span'> {
  spans: Span[];
}

/**
 * One entry per rule and message: three emoji off the list are one warning with three places,
 * not three warnings. Groups keep the order of their first place.
 */
export function groupFindings(findings: readonly ToneFinding[]): ToneFindingGroup[] {
  const groups = new Map<string, ToneFindingGroup>();
  for (const { span, ...said } of findings) {
    const key = JSON.stringify([said.ruleId, said.level, said.message, said.params]);
    const group = groups.get(key);
    if (group) group.spans.push(span);
    else groups.set(key, { ...said, spans: [span] });
  }
  return [...groups.values()];
}
