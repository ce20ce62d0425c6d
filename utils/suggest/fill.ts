import { findVariables, type VariableName } from '../tone/variables';

export type VariableValues = Partial<Record<Exclude<VariableName, 'cursor'>, string>>;

export interface FilledText {
  text: string;
  /** Where the editor's caret goes ({cursor} in the template), or null when the template has none. */
  cursor: number | null;
}

/** "Anna-Karin Svensson" → "Anna-Karin"; names that are only initials or symbols give nothing. */
export function firstNameOf(authorName: string | undefined): string | undefined {
  const first = authorName?.trim().split(/\s+/)[0];
  return first && /\p{L}{2,}/u.test(first) ? first : undefined;
}

/**
 * Replaces `{name}` and `{name|fallback}`; an unknown value with no fallback leaves nothing, and
 * the space it leaves before punctuation is tidied ("Hej !" → "Hej!").
 */
export function fillVariables(template: string, values: VariableValues): FilledText {
  let text = '';
  let cursor: number | null = null;
  let from = 0;
  for (const variable of findVariables(template)) {
    text += template.slice(from, variable.start);
    from = variable.end;
    if (variable.name === 'cursor') {
      cursor = text.length;
      continue;
    }
    const value = values[variable.name as keyof VariableValues]?.trim();
    text += value || variable.fallback || '';
  }
  text += template.slice(from);
  return tidy(text, cursor);
}

function tidy(text: string, cursor: number | null): FilledText {
  // Work on the text with a marker character at the caret so offsets survive the clean-up.
  const MARK = '\u0000';
  const marked = cursor === null ? text : text.slice(0, cursor) + MARK + text.slice(cursor);
  const cleaned = marked
    .replace(/[ \t]+([!?.,])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .trim();
  const at = cleaned.indexOf(MARK);
  return at === -1
    ? { text: cleaned, cursor: null }
    : { text: cleaned.replace(MARK, ''), cursor: at };
}
