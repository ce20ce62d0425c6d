/**
 * The tone guide's cross-field checks (languages, templates and their variables, escalation
 * patterns), run by toneGuideSchema once the sections they read are well-formed.
 */
import type { z } from 'zod';
import type { ProblemMessageKey } from '../model/problem';
import type { toneGuideObjectSchema } from './schema';
import { findVariables, isKnownVariable, KNOWN_VARIABLES } from './variables';

/** Escalation patterns are matched case-insensitively, with Unicode classes such as `\p{L}`. */
export const PATTERN_FLAGS = 'iu';

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, PATTERN_FLAGS);
    return true;
  } catch {
    return false;
  }
}

export type GuideShape = z.output<typeof toneGuideObjectSchema>;
/**
 * A problem of Svara's own: the English message (CLI, logs) and the UI message key with its
 * parameters, so the options page can show it in the UI language.
 */
export type Problem = (
  path: (string | number)[],
  message: string,
  key: ProblemMessageKey,
  params?: Record<string, string | number>,
) => void;

export function checkLanguages(guide: GuideShape, problem: Problem) {
  const supported = new Set(guide.languages.supported);
  if (!supported.has(guide.languages.default)) {
    problem(
      ['languages', 'default'],
      `"${guide.languages.default}" is not a supported language`,
      'guideUnsupportedLanguage',
      { language: guide.languages.default },
    );
  }
  guide.languages.fallbackOrder.forEach((language, index) => {
    if (!supported.has(language)) {
      problem(
        ['languages', 'fallbackOrder', index],
        `"${language}" is not a supported language`,
        'guideUnsupportedLanguage',
        { language },
      );
    }
  });
  for (const language of guide.languages.supported) {
    const locale = guide.locales[language];
    if (!locale) {
      problem(
        ['locales', language],
        `no greetings, sign-offs or address form for "${language}"`,
        'guideMissingLocale',
        { language },
      );
      continue;
    }
    if (locale.greetings.length === 0) {
      problem(
        ['locales', language, 'greetings'],
        'at least one greeting is needed',
        'guideNoGreeting',
      );
    }
    if (locale.signOffs.length === 0) {
      problem(
        ['locales', language, 'signOffs'],
        'at least one sign-off is needed',
        'guideNoSignOff',
      );
    }
  }
}

export function checkTemplates(guide: GuideShape, problem: Problem) {
  const supported = new Set(guide.languages.supported);
  const firstIndexById = new Map<string, number>();
  const firstIndexByShortcut = new Map<string, number>();
  guide.templates.forEach((template, index) => {
    if (template.shortcut !== undefined) {
      const first = firstIndexByShortcut.get(template.shortcut);
      if (first === undefined) firstIndexByShortcut.set(template.shortcut, index);
      else
        problem(
          ['templates', index, 'shortcut'],
          `${template.shortcut} is already the shortcut of templates[${first}]`,
          'guideDuplicateShortcut',
          { shortcut: template.shortcut, first: `templates[${first}]` },
        );
    }
    const firstIndex = firstIndexById.get(template.id);
    if (firstIndex === undefined) firstIndexById.set(template.id, index);
    else
      problem(
        ['templates', index, 'id'],
        `"${template.id}" is already used by templates[${firstIndex}]`,
        'guideDuplicateTemplateId',
        { id: template.id, first: `templates[${firstIndex}]` },
      );
    if (!supported.has(template.language)) {
      problem(
        ['templates', index, 'language'],
        `"${template.language}" is not a supported language`,
        'guideUnsupportedLanguage',
        { language: template.language },
      );
    }
    const used = new Set<string>();
    for (const variable of findVariables(template.text)) {
      used.add(variable.name);
      if (!isKnownVariable(variable.name)) {
        const known = KNOWN_VARIABLES.map((name) => `{${name}}`).join(', ');
        problem(
          ['templates', index, 'text'],
          `unknown variable {${variable.name}}; known: ${known}`,
          'guideUnknownVariable',
          { variable: `{${variable.name}}`, known },
        );
      } else if (!template.variables.includes(variable.name)) {
        problem(
          ['templates', index, 'variables'],
          `{${variable.name}} is used but not declared`,
          'guideUndeclaredVariable',
          { variable: `{${variable.name}}` },
        );
      }
    }
    template.variables.forEach((name, variableIndex) => {
      if (!used.has(name)) {
        problem(
          ['templates', index, 'variables', variableIndex],
          `{${name}} is declared but not used`,
          'guideUnusedVariable',
          { variable: `{${name}}` },
        );
      }
    });
  });
}

export function checkEscalation(guide: GuideShape, problem: Problem) {
  guide.escalation.forEach((rule, index) => {
    const matchesNothing =
      rule.intents.length === 0 &&
      Object.keys(rule.keywords).length === 0 &&
      Object.keys(rule.patterns).length === 0;
    if (matchesNothing)
      problem(
        ['escalation', index],
        'needs intents, keywords or patterns to match on',
        'guideEscalationMatchesNothing',
      );
    for (const [language, patterns] of Object.entries(rule.patterns)) {
      patterns?.forEach((pattern, patternIndex) => {
        if (!isValidRegExp(pattern)) {
          problem(
            ['escalation', index, 'patterns', language, patternIndex],
            'not a valid regular expression',
            'guideInvalidPattern',
          );
        }
      });
    }
  });
}
