import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../utils/i18n/translate';

/*
 * Names and messages from a page may be right-to-left or carry direction controls (U+202E turns
 * everything after it around). Each is shown inside its own <bdi>, so it keeps its direction to
 * itself; where no element can go (attributes, <option>), the first-strong and pop isolate
 * characters do the same.
 */

/** Page text isolated by characters, for attribute values and <option> labels. */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}

// No catalogue message contains NUL, so it can mark where page text goes.
const SLOT = '\u0000';

/** A translated message whose `pageText` placeholders each render inside their own <bdi>. */
export function translateIsolated(
  t: Translate,
  key: MessageKey,
  pageText: Record<string, string>,
  params: Record<string, string | number> = {},
): ReactNode {
  const names = Object.keys(pageText);
  const slots = Object.fromEntries(names.map((name, index) => [name, `${SLOT}${index}${SLOT}`]));
  return t(key, { ...params, ...slots })
    .split(SLOT)
    .map((part, index) =>
      index % 2 === 1 ? <bdi key={index}>{pageText[names[Number(part)]!]}</bdi> : part,
    );
}
