// The saved replies editor's pure part: a reply as the form edits it, and back into a template.
import type { Intent, LanguageCode, ReplySurface, Template } from '../../utils/tone/schema';
import { findVariables, isKnownVariable, type VariableName } from '../../utils/tone/variables';
import { TAKEN_CHORDS } from '../keys';

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

/** Why a reply cannot have the shortcut it was given. */
export type ShortcutClash =
  { kind: 'taken'; by: 'command' | 'browser' } | { kind: 'duplicate'; id: string };

/**
 * Whether `shortcut` is free for the reply `ownId` (undefined for a new one): not a chord the
 * browser or the open-panel command takes, and no other reply's.
 */
export function shortcutClash(
  shortcut: string,
  templates: readonly Pick<Template, 'id' | 'shortcut'>[],
  ownId: string | undefined,
): ShortcutClash | null {
  if (!shortcut) return null;
  const by = TAKEN_CHORDS[shortcut];
  if (by) return { kind: 'taken', by };
  const other = templates.find(
    (template) => template.shortcut === shortcut && template.id !== ownId,
  );
  return other ? { kind: 'duplicate', id: other.id } : null;
}
