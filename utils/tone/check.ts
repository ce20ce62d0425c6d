import { compileKeywords, findKeywords } from './keywords';
import type {
  Intent,
  LanguageCode,
  ReplySurface,
  RuleLevel,
  ToneGuide,
  VocabularyRule,
} from './schema';

export interface ToneFinding {
  ruleId: string;
  level: RuleLevel;
  message: string;
  /** Character offsets in the checked text; an empty span marks a place (e.g. where a greeting is missing). */
  span: { start: number; end: number };
}

export interface ToneContext {
  language: LanguageCode;
  surface: ReplySurface;
  intents: readonly Intent[];
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

function finding(
  ruleId: string,
  level: RuleLevel,
  message: string,
  start: number,
  end: number,
): ToneFinding {
  return { ruleId, level, message, span: { start, end } };
}

function appliesTo(rule: VocabularyRule, language: LanguageCode): boolean {
  return !rule.languages || rule.languages.includes(language);
}

function checkVocabularyRule(text: string, rule: VocabularyRule): ToneFinding[] {
  const report = (start: number, end: number, message = rule.message) =>
    finding(rule.id, rule.level, message, start, end);
  switch (rule.kind) {
    case 'existence':
      return findKeywords(text, compileKeywords(rule.tokens)).map((match) =>
        report(match.start, match.end),
      );
    case 'substitution':
      return Object.entries(rule.swap).flatMap(([avoid, prefer]) =>
        findKeywords(text, compileKeywords([avoid])).map((match) =>
          report(
            match.start,
            match.end,
            rule.message.replaceAll('%s', prefer).replaceAll('%r', match.text),
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
    return emoji.map((e) =>
      finding('emoji.never', 'error', 'The guide says: no emoji.', e.start, e.end),
    );
  }
  const bannedIntent = intents.find((intent) => policy.neverForIntents.includes(intent));
  if (bannedIntent) {
    return emoji.map((e) =>
      finding(
        'emoji.intent',
        'error',
        `No emoji in replies to ${bannedIntent} messages.`,
        e.start,
        e.end,
      ),
    );
  }
  if (policy.policy === 'free') return [];
  const allowed = new Set(policy.allowed.map((e) => e.replace(/\uFE0F/g, '')));
  return [
    ...emoji
      .filter((e) => !allowed.has(e.text.replace(/\uFE0F/g, '')))
      .map((e) =>
        finding(
          'emoji.not-allowed',
          'warning',
          `Use only ${policy.allowed.join(' ')}.`,
          e.start,
          e.end,
        ),
      ),
    ...emoji
      .slice(policy.max)
      .map((e) =>
        finding('emoji.too-many', 'warning', `At most ${policy.max} emoji.`, e.start, e.end),
      ),
  ];
}

function checkExclamations(text: string, guide: ToneGuide): ToneFinding[] {
  return [...text.matchAll(/!/g)]
    .slice(guide.maxExclamations)
    .map((match) =>
      finding(
        'exclamation.limit',
        'warning',
        `At most ${guide.maxExclamations} exclamation marks.`,
        match.index,
        match.index + 1,
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
        `Address the reader as "${locale.address.form}", not "${match.text}".`,
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
        `Start with a greeting: ${locale.greetings.join(', ')}.`,
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
        `End with a sign-off: ${locale.signOffs.join(' / ')}.`,
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
        `${text.length} characters; ${context.surface} allows ${rules.maxLength}.`,
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
      finding('brand.spelling', 'error', `Spelled ${name}.`, match.start, match.end),
    ),
  );
  const findings = [
    ...guide.rules
      .filter((rule) => appliesTo(rule, context.language))
      .flatMap((rule) => checkVocabularyRule(text, rule)),
    ...brandFindings,
    ...checkEmoji(text, guide, context.intents),
    ...checkExclamations(text, guide),
    ...checkLocale(text, guide, context),
  ];
  return findings.sort((a, b) => a.span.start - b.span.start);
}
