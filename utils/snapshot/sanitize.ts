/**
 * Page snapshots for bug reports: a copy of the comment or conversation container with every
 * person taken out and the structure the adapters read left intact (roles, classes, data-*,
 * nesting, counts), so the markup can become a fixture (DESIGN.md §7).
 *
 * Decisions:
 * - People: names become "Person N" everywhere (text, aria-label, alt, title), keeping label shapes
 *   such as "Comment by Person 1 2 h"; profile links become `…/placeholder-N` with the same N.
 * - Texts: the callers' item texts, and any other text longer than `minTextLength` that is not a
 *   known UI label, become "Text N lorem ipsum…" of about the same length.
 * - Ids (comment/post/activity ids, URNs, `comment_id`) are replaced too, because they lead back
 *   to the person on the live site: digits by other digits of the same length, consistently, so
 *   ids stay unique and `href` comment ids still match `data-id` and the items' keys. Times
 *   (`datetime`, `data-utime`) are kept: relative-time parsing needs them.
 * - Images become a 1×1 GIF; scripts, styles, frames, inline event handlers and tracking attributes
 *   are removed; links leaving the platform point to example.invalid and their text is replaced.
 */
import type { Platform } from '../model/detected-item';
import { Pseudonyms, REDACTED_URL, type PersonalItem } from './pseudonyms';

export interface SanitizeOptions {
  platform: Platform;
  /** What the adapter detected: whose names, profile links and texts are on the page. */
  items: PersonalItem[];
  /** More names to hide, such as the owners' staff names or the signed-in user. */
  extraNames?: string[];
  /** Other text nodes longer than this are replaced unless they are known UI labels. */
  minTextLength?: number;
  /** Pass one to sanitise the detected items consistently with the page (`pseudonyms.item()`). */
  pseudonyms?: Pseudonyms;
  now?: Date;
}

/** Every sanitised snapshot's first line says so; fixture:add refuses markup without it. */
export const SANITISED_MARKER = 'Page snapshot sanitised by Svara';

export const BLANK_GIF =
  'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

const REMOVED_ELEMENTS = 'script, style, link, iframe, frame, object, embed, noscript';
// Attributes that carry times, not ids: relative-time parsing needs the digits as they are.
const TIME_ATTRIBUTE = /^(datetime|data-utime|data-time|data-timestamp)$/;
// Image sources and tracking beacons (Facebook's `attributionsrc` carries a per-view token).
const DROPPED_ATTRIBUTES = new Set(['srcset', 'poster', 'ping', 'attributionsrc']);
const UNTOUCHED_ATTRIBUTES = new Set(['class', 'role', 'dir', 'tabindex', 'contenteditable']);
const LETTER = /\p{L}/u;

/**
 * UI words that may be long or sit inside profile links, in the interface languages Svara
 * supports. Only needed for texts longer than `minTextLength` or inside profile links; shorter
 * labels elsewhere are kept anyway.
 */
const UI_LABELS = new Set(
  [
    'like', 'reply', 'share', 'comment', 'send', 'edit', 'hide', 'report', 'gilla', 'svara',
    'dela', 'kommentera', 'lik', 'svar', 'del', 'kommenter', 'synes godt om', 'gefällt mir',
    'antworten', 'teilen', 'kommentieren', 'author', 'top fan', 'follow', 'following', 'verified', 'edited', 'you', '• you', 'admin',
    'moderator', 'top contributor', 'rising contributor', 'most relevant', 'all comments',
    'newest', 'load more comments', 'load previous replies', 'view more comments', 'see more',
    'see translation', 'write a comment…', 'write a comment...', 'add a comment…',
    'författare', 'toppfan', 'följ', 'redigerad', 'mest relevanta', 'alla kommentarer',
    'forfatter', 'følg', 'redigeret', 'redigert', 'mest relevante', 'alle kommentarer',
    'autor', 'folgen', 'bearbeitet', 'relevanteste', 'alle kommentare',
  ].map((label) => label.toLowerCase()),
); // prettier-ignore
const CONNECTION_DEGREE = /^[•·\s]*(1st|2nd|3rd\+?|[123]\.?)$/i;

/** HTML of a sanitised copy of `container`, headed by a comment saying when and by whom. */
export function sanitizeSnapshot(container: Element, options: SanitizeOptions): string {
  const pseudonyms = options.pseudonyms ?? new Pseudonyms(options.platform);
  const minTextLength = options.minTextLength ?? 20;
  const clone = container.cloneNode(true) as Element;

  // Numbered in the items' order, so Person 1 and Text 1 are the first item's.
  for (const item of options.items) {
    pseudonyms.person(item.author.name, item.author.profileUrl);
    if (item.text.trim()) pseudonyms.text(item.text);
  }
  for (const name of options.extraNames ?? []) pseudonyms.person(name);
  clone.querySelectorAll(REMOVED_ELEMENTS).forEach((element) => element.remove());

  const profileLinks = [...clone.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) =>
    pseudonyms.isProfileLink(link.getAttribute('href')!),
  );
  learnNamesFromProfileLinks(profileLinks, pseudonyms);
  const settled = replaceItemTexts(clone, options.items, pseudonyms);

  const context: TextContext = {
    items: options.items,
    pseudonyms,
    profileLinks: new Set(profileLinks),
    replaceNames: nameReplacer(pseudonyms),
    minTextLength,
  };
  for (const node of textNodesOf(clone)) {
    if (!settled.has(node)) node.data = sanitizeText(node, context);
  }

  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    sanitizeAttributes(element, context);
  }

  const capturedAt = (options.now ?? new Date()).toISOString();
  return (
    `<!-- ${SANITISED_MARKER} on ${capturedAt}: names, profile links, texts, ids ` +
    `and images are placeholders; scripts and styles removed. Review before sharing. -->\n` +
    clone.outerHTML
  );
}

/** A profile link's first wording that is not a UI label is that person's name. */
function learnNamesFromProfileLinks(links: HTMLAnchorElement[], pseudonyms: Pseudonyms): void {
  for (const link of links) {
    const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent!.trim();
      if (!LETTER.test(text) || isUiLabel(text)) continue;
      pseudonyms.person(text, link.getAttribute('href')!);
      break;
    }
  }
}

/**
 * The innermost element holding exactly an item's text gets the placeholder in its first text node
 * and its other text nodes emptied (child elements stay), so the adapter reads the same placeholder
 * that `pseudonyms.item()` puts into the expected item. Returns the text nodes it has settled.
 */
function replaceItemTexts(root: Element, items: PersonalItem[], pseudonyms: Pseudonyms): Set<Text> {
  const settled = new Set<Text>();
  const wanted = new Map(
    items.filter((item) => item.text.trim()).map((item) => [squash(item.text), item.text]),
  );
  if (wanted.size === 0) return settled;
  const replaced: Element[] = [];
  for (const element of [...root.querySelectorAll('*')].reverse()) {
    const original = wanted.get(squash(element.textContent ?? ''));
    if (!original || replaced.some((inner) => element.contains(inner))) continue;
    const textNodes = textNodesOf(element);
    textNodes.forEach((node, index) => {
      node.data = index === 0 ? pseudonyms.text(original) : '';
      settled.add(node);
    });
    replaced.push(element);
  }
  return settled;
}

function textNodesOf(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

interface TextContext {
  items: PersonalItem[];
  pseudonyms: Pseudonyms;
  profileLinks: Set<Element>;
  replaceNames: (value: string) => string;
  minTextLength: number;
}

function sanitizeText(node: Text, context: TextContext): string {
  const { items, pseudonyms, profileLinks, replaceNames, minTextLength } = context;
  const text = node.data;
  const trimmed = text.trim();
  if (!trimmed || isNumberOrSymbol(trimmed)) return text;
  const [leading, trailing] = [text.match(/^\s*/)![0], text.match(/\s*$/)![0]];
  const parent = node.parentElement;
  // Drafts in a reply box are the user's words, however short.
  if (parent?.closest('[contenteditable]:not([contenteditable="false"]), textarea')) {
    return leading + pseudonyms.text(trimmed) + trailing;
  }
  if (isUiLabel(trimmed)) return text;
  const named = replaceNames(text);
  if (named !== text) return named;
  const partOfItem = items.some((item) => trimmed.length >= 4 && item.text.includes(trimmed));
  // Inside a profile link, words that are neither the name nor a UI label describe the person;
  // a link leaving the platform shows its address or its page's title.
  const link = parent?.closest('a[href]');
  const inProfileLink = link != null && profileLinks.has(link);
  const inOutboundLink =
    link != null && pseudonyms.url(link.getAttribute('href')!) === REDACTED_URL;
  if (partOfItem || inProfileLink || inOutboundLink || trimmed.length > minTextLength) {
    return leading + pseudonyms.text(trimmed) + trailing;
  }
  return text;
}

function sanitizeAttributes(element: Element, { items, pseudonyms, replaceNames }: TextContext) {
  const tag = element.tagName.toLowerCase();
  for (const { name, value } of [...element.attributes]) {
    if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) {
      element.removeAttribute(name);
    } else if (name === 'src' || (tag === 'image' && /(^|:)href$/.test(name))) {
      element.setAttribute(name, BLANK_GIF);
    } else if (name === 'href' || name === 'action' || name === 'formaction') {
      if (!value.startsWith('#')) element.setAttribute(name, pseudonyms.url(value));
    } else if (name === 'style') {
      element.setAttribute(name, value.replace(/url\([^)]*\)/g, 'none'));
    } else if (name === 'value') {
      element.setAttribute(name, '');
    } else if (!UNTOUCHED_ATTRIBUTES.has(name) && !TIME_ATTRIBUTE.test(name)) {
      element.setAttribute(
        name,
        pseudonyms.ids(replaceItemTextsIn(replaceNames(value), items, pseudonyms)),
      );
    }
  }
}

/** Replaces known names wherever they occur, whatever spaces the page put between their parts. */
function nameReplacer(pseudonyms: Pseudonyms): (value: string) => string {
  const names = pseudonyms.knownNames(); // longest first, so "Anna Berg" wins over "Anna"
  if (names.length === 0) return (value) => value;
  const placeholders = new Map(
    names.map(([real, placeholder]) => [normaliseSpaces(real), placeholder]),
  );
  const pattern = new RegExp(
    names.map(([real]) => real.split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+')).join('|'),
    'giu',
  );
  return (value) =>
    value.replace(pattern, (match) => placeholders.get(normaliseSpaces(match)) ?? match);
}

function normaliseSpaces(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replaceItemTextsIn(value: string, items: PersonalItem[], pseudonyms: Pseudonyms): string {
  let result = value;
  for (const { text } of items) {
    if (text.trim().length >= 4) result = result.replaceAll(text, pseudonyms.text(text));
  }
  return result;
}

/** Counts, times and bullets stay; long digit runs are phone or order numbers. */
function isNumberOrSymbol(text: string): boolean {
  return !LETTER.test(text) && (text.match(/\d/g)?.length ?? 0) < 6;
}

function isUiLabel(text: string): boolean {
  const label = text.trim().toLowerCase();
  return UI_LABELS.has(label) || CONNECTION_DEGREE.test(label);
}

/** Whitespace-insensitive form: items keep line breaks that the DOM spreads over elements. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
