/** Text as LinkedIn markup holds it: collapsed whitespace, first text nodes, time labels. */
import { parseRelativeTime } from '../relative-time';

/** The root as an element (a Document stands for its <html>); no `instanceof`, which is per realm. */
export function elementOf(root: ParentNode): Element | null {
  const node = root as Node;
  if (node.nodeType === 1) return root as Element;
  return node.nodeType === 9 ? (root as Document).documentElement : null;
}

/** textContent with the template indentation collapsed; never innerText (it forces layout). */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first non-blank text node under a node: a name link also holds headline and degree. */
export function firstText(node: Node | null | undefined): string {
  if (!node) return '';
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = cleanText(text);
    if (value) return value;
  }
  return '';
}

/** A relative label ("2h", "1w", "3 d", "2 tim") possibly followed by "• Edited" or "(edited)". */
export function parseTimeLabel(label: string, now: Date): string | undefined {
  const trimmed = label.trim();
  if (!trimmed) return undefined;
  return parseRelativeTime(trimmed, now) ?? parseRelativeTime(trimmed.split(/[•(]/)[0], now);
}
