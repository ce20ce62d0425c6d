// The saved replies editor's pure part: a reply as the form edits it, and back into a template.
import type { Intent, LanguageCode, ReplySurface, Template } from '../../utils/tone/schema';
import { findVariables, isKnownVariable, type VariableName } from '../../utils/tone/variables';

export interface ReplyDraft {
  id: string;
  language: LanguageCode;
  intents: Intent[];
  text: string;
  /** Comma-separated, as typed. */
  triggers: string;
  shortcut: string;
  surfaces: ReplySurface[];
}

export const draftOf = (template: Template): ReplyDraft => ({
  id: template.id,
  language: template.language,
  intents: [...template.intents],
  text: template.text,
  triggers: template.triggers.join(', '),
  shortcut: template.shortcut ?? '',
  surfaces: [...template.surfaces],
});

/**
 * The template a draft makes. The declared variables are the known ones the text uses, so a
 * person never keeps that list by hand; an unknown one is left for the schema to report.
 */
export function templateOf(draft: ReplyDraft): Template {
  const used = findVariables(draft.text)
    .map((variable) => variable.name)
    .filter(isKnownVariable);
  return {
    id: draft.id.trim(),
    language: draft.language,
    intents: draft.intents,
    surfaces: draft.surfaces,
    triggers: draft.triggers
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean),
    text: draft.text,
    variables: [...new Set<VariableName>(used)],
    ...(draft.shortcut && { shortcut: draft.shortcut }),
  };
}

/** `base`, or `base-2`, `base-3`, … : the first id no template has. */
export function freeId(base: string, templates: readonly Template[]): string {
  const taken = new Set(templates.map((template) => template.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export interface ReplyFilter {
  query: string;
  language: LanguageCode | '';
  intent: Intent | '';
}

/** Whether a reply's text or id holds the query (any case) and it has the chosen language and intent. */
export function matchesFilter(template: Template, filter: ReplyFilter): boolean {
  const query = filter.query.trim().toLocaleLowerCase();
  const found =
    !query ||
    template.id.toLocaleLowerCase().includes(query) ||
    template.text.toLocaleLowerCase().includes(query);
  return (
    found &&
    (!filter.language || template.language === filter.language) &&
    (!filter.intent || template.intents.includes(filter.intent))
  );
}

/** The text with `inserted` in place of the selection, and where the caret goes after it. */
export function insertAt(text: string, start: number, end: number, inserted: string) {
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    caret: start + inserted.length,
  };
}

/**
 * The chord a key press records as a shortcut ("Alt+1", "Alt+Shift+K"), read from the physical
 * key so Alt's special characters on macOS do not matter; null for any other press.
 */
export function shortcutOf(press: {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  code: string;
}): string | null {
  const key = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(press.code);
  if (!key || !press.altKey || press.ctrlKey || press.metaKey) return null;
  return `Alt+${press.shiftKey ? 'Shift+' : ''}${key[1] ?? key[2]}`;
}
