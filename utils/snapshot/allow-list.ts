/**
 * What a page snapshot may keep of a platform's markup, derived from the selectors its adapter
 * reads (declared beside them as `SNAPSHOT_KEEPS` in utils/platforms/<platform>/selectors.ts), so
 * platform DOM knowledge stays in one place: a selector added there is kept here without a second
 * list to update.
 */

import type { SnapshotKeeps } from '../platforms/types';

export type { SnapshotKeeps };

/** How the selectors use one attribute. */
export interface AttributeUse {
  /** Selected on its presence alone (`[aria-label]`, `[data-utime]`). */
  presence: boolean;
  /** Whole values selected on (`[role="article"]`, `[data-view-name="…"]`). */
  values: Set<string>;
  /** Values selected on by their start or a part (`[data-id^="urn:li:comment:"]`). */
  parts: string[];
}

export interface SnapshotAllowList {
  attributes: Map<string, AttributeUse>;
  classes: Set<string>;
  ids: Set<string>;
  words: Set<string>;
  idWords: Set<string>;
}

// `[name]`, `[name="value"]`, `[name^="value"]`, `[name*="value"]` as the selectors write them.
const ATTRIBUTE_SELECTOR = /\[([\w:-]+)(?:([*^$~|]?)=(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/g;
// `.class` and `#id` outside attribute selectors (those are cut out first).
const CLASS_SELECTOR = /\.(-?[_a-zA-Z][\w-]*)/g;
const ID_SELECTOR = /#(-?[_a-zA-Z][\w-]*)/g;

export function allowListOf(keeps: SnapshotKeeps): SnapshotAllowList {
  const attributes = new Map<string, AttributeUse>();
  const classes = new Set<string>();
  const ids = new Set<string>();
  const idWords = new Set(keeps.idWords ?? []);
  for (const selector of keeps.selectors) {
    for (const match of selector.matchAll(ATTRIBUTE_SELECTOR)) {
      const [, name, operator, ...quoted] = match;
      const value = quoted.find((part) => part !== undefined);
      const use = attributes.get(name) ?? { presence: false, values: new Set(), parts: [] };
      attributes.set(name, use);
      if (value === undefined) use.presence = true;
      else if (operator === '') use.values.add(value);
      else {
        use.parts.push(value);
        for (const word of value.match(/[A-Za-z]+/g) ?? []) idWords.add(word);
      }
    }
    const outsideAttributes = selector.replace(ATTRIBUTE_SELECTOR, ' ');
    for (const [, name] of outsideAttributes.matchAll(CLASS_SELECTOR)) classes.add(name);
    for (const [, name] of outsideAttributes.matchAll(ID_SELECTOR)) ids.add(name);
  }
  const words = new Set(
    keeps.words.flatMap((phrase) => phrase.toLocaleLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []),
  );
  return { attributes, classes, ids, words, idWords };
}
