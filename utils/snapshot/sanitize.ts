/**
 * Page snapshots for bug reports: a copy of the page (its body) with every person taken out and
 * the structure the adapters read left intact, so the markup can become a fixture (DESIGN.md §7,
 * which lists what is kept). An allow-list, not a block-list: what is not known to be safe goes.
 *
 * Decisions:
 * - Elements keep their names; comments, `<template>`, `<script>`, `<style>`, `<link>`, `<meta>`,
 *   `<noscript>`, frames, plugins and hidden inputs are removed with their contents.
 * - Attributes: only ARIA roles and what the platform's selectors name are kept
 *   (`SNAPSHOT_KEEPS` in utils/platforms/<platform>/selectors.ts, read by ./allow-list.ts): the
 *   classes and ids they select on, attribute values they select on whole, id values by their
 *   prefix with the ids replaced, `href` through `Pseudonyms.url`, `aria-label` and `alt` as
 *   texts (below), `datetime`/`data-utime` when they are times. Images become a 1×1 GIF. Every
 *   other attribute (`title`, `placeholder`, `style`, `data-*` JSON, `data-src`, `srcset`,
 *   `xlink:href`, `value`, handlers) is dropped.
 * - Texts (text nodes, `aria-label`, `alt`): a text stays only as far as it is made of the
 *   platform's UI words, relative times, short numbers and punctuation. Names become "Person N"
 *   everywhere, keeping label shapes such as "Comment by Person 1 2 h"; the callers' item texts
 *   become "Text N lorem ipsum…" of about the same length, and so does every other run of words,
 *   however short (e-mail addresses, phone numbers, headlines, the signed-in account's name).
 * - Ids (comment/post/activity ids, URNs, `comment_id`) are replaced too, because they lead back
 *   to the person on the live site: digits by other digits of the same length, consistently, so
 *   ids stay unique and `href` comment ids still match `data-id` and the items' keys. Times
 *   (`datetime`, `data-utime`, "2 h") are kept: relative-time parsing needs them.
 */
import type { Platform } from '../model/detected-item';
import { parseRelativeTime } from '../platforms/relative-time';
import { allowListOf, type SnapshotAllowList, type SnapshotKeeps } from './allow-list';
import { Pseudonyms, REDACTED_URL, type PersonalItem } from './pseudonyms';

export interface SanitizeOptions {
  platform: Platform;
  /** What the platform's markup may keep (its adapter's `snapshotKeeps`). */
  keeps: SnapshotKeeps;
  /** What the adapter detected: whose names, profile links and texts are on the page. */
  items: PersonalItem[];
  /** More people to hide, such as the owners and the signed-in account. */
  extraPeople?: { name: string; profileUrl?: string }[];
  /** Pass one to sanitise the detected items consistently with the page (`pseudonyms.item()`). */
  pseudonyms?: Pseudonyms;
  now?: Date;
  /** The page's `<html lang>`: kept around the markup, as some time units depend on it. */
  language?: string;
}

/** Every sanitised snapshot's first line says so; fixture:add refuses markup without it. */
export const SANITISED_MARKER = 'Page snapshot sanitised by Svara';

export const BLANK_GIF =
  'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

const REMOVED_ELEMENTS =
  'script, style, link, meta, base, template, noscript, iframe, frame, object, embed, ' +
  'input[type="hidden" i]';

/** WAI-ARIA 1.2 roles: a `role` value is kept only as far as it is one of these. */
const ARIA_ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code ' +
    'columnheader combobox complementary contentinfo definition deletion dialog directory ' +
    'document emphasis feed figure form generic grid gridcell group heading img insertion link ' +
    'list listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox ' +
    'menuitemradio meter navigation none note option paragraph presentation progressbar radio ' +
    'radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript switch tab table tablist tabpanel term ' +
    'textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);
const DIRECTION = /^(ltr|rtl|auto)$/i;
const ISO_TIME = /^\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;
const UNIX_TIME = /^\d{1,13}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** Known placeholders, set apart before a text's words are judged. */
const PERSON_PLACEHOLDER = /(Person \d+)/;
const LETTERS = /[\p{L}\p{M}]+/gu;
const LETTER = /\p{L}/u;
/** More digits than this in one text are a phone, account or order number, not a count. */
const MAX_DIGITS = 5;

/**
 * UI words of the interface languages Svara supports, beside the platforms' own tables: a text
 * made only of these (and of times, counts and placeholders) is kept as it is.
 */
const UI_WORDS = new Set(
  [
    // English; "s" of "Person 1's comment", ordinals of LinkedIn's connection degrees
    'like likes liked reply replies replied share shared comment comments commented send sent',
    'edit edited hide report author top fan follow following verified you your admin moderator',
    'contributor rising most relevant all newest load more previous view see translation',
    'write add a an the by to s st nd rd th of and or other others in on at is this reaction',
    'reactions message messages seen active now just yesterday ago profile photo page post posts',
    'answer public friends less original mention mentions people',
    // Swedish, Danish, Norwegian, German
    'gilla gillar svara svar dela kommentera kommentar kommentarer författare toppfan följ',
    'följer redigerad mest relevanta alla visa fler tidigare av till från på och andra du dig',
    'din ditt igår lik liker svarte del kommenter forfatter følg redigeret redigert relevante',
    'alle flere mere se fra af og til deg synes godt om gefällt mir antworten teilen',
    'kommentieren autor folgen bearbeitet relevanteste kommentare von und weitere',
  ]
    .join(' ')
    .split(' '),
);

/** HTML of a sanitised copy of `container`, headed by a comment saying when and by whom. */
export function sanitizeSnapshot(container: Element, options: SanitizeOptions): string {
  const pseudonyms =
    options.pseudonyms ?? new Pseudonyms(options.platform, options.keeps.textPrefixes);
  const now = options.now ?? new Date();
  const clone = container.cloneNode(true) as Element;

  // Numbered in the items' order, so Person 1 and Text 1 are the first item's.
  for (const item of options.items) {
    pseudonyms.person(item.author.name, item.author.profileUrl);
    if (item.text.trim()) pseudonyms.text(item.text);
  }
  for (const person of options.extraPeople ?? []) pseudonyms.person(person.name, person.profileUrl);
  removeUnsafeNodes(clone);

  const profileLinks = [...clone.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) =>
    pseudonyms.isProfileLink(link.getAttribute('href')!),
  );
  const allowList: SnapshotAllowList = allowListOf(options.keeps);
  const words: Words = { isSafeWord: safeWordTest(allowList, now), now };
  learnNamesFromProfileLinks(profileLinks, pseudonyms, words);
  const context: Context = {
    ...words,
    items: options.items,
    pseudonyms,
    allowList,
    replaceNames: nameReplacer(pseudonyms),
  };
  const settled = replaceItemTexts(clone, options.items, pseudonyms);

  for (const node of textNodesOf(clone)) {
    if (!settled.has(node)) node.data = sanitizeTextNode(node, context);
  }
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    sanitizeAttributes(element, context);
  }

  const note =
    `<!-- ${SANITISED_MARKER} on ${now.toISOString()}: names, profile links, texts, ids ` +
    `and images are placeholders; only allow-listed attributes kept. Review before sharing. -->\n`;
  const language = options.language?.trim();
  return language && LANGUAGE_TAG.test(language)
    ? `${note}<html lang="${language}">${clone.outerHTML}</html>`
    : note + clone.outerHTML;
}

/** Elements whose contents are never page structure, comments, and hidden form values. */
function removeUnsafeNodes(root: Element): void {
  root.querySelectorAll(REMOVED_ELEMENTS).forEach((element) => element.remove());
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** A profile link's first wording that is not UI words is that person's name. */
function learnNamesFromProfileLinks(
  links: HTMLAnchorElement[],
  pseudonyms: Pseudonyms,
  words: Words,
): void {
  for (const link of links) {
    const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent!.trim();
      if (!LETTER.test(text) || isSafeWording(text, words)) continue;
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

/** What tells the platform's UI words and times from anything else. */
interface Words {
  isSafeWord: (word: string) => boolean;
  now: Date;
}

interface Context extends Words {
  items: PersonalItem[];
  pseudonyms: Pseudonyms;
  allowList: SnapshotAllowList;
  replaceNames: (value: string) => string;
}

function sanitizeTextNode(node: Text, context: Context): string {
  const { items, pseudonyms } = context;
  const text = node.data;
  const trimmed = text.trim();
  if (!trimmed) return text;
  const [leading, trailing] = [text.match(/^\s*/)![0], text.match(/\s*$/)![0]];
  const parent = node.parentElement;
  // Drafts in a reply box are the user's words, whatever they are; a link leaving the platform
  // shows its address or its page's title.
  const link = parent?.closest('a[href]');
  if (
    parent?.closest('[contenteditable]:not([contenteditable="false"]), textarea') ||
    (link && pseudonyms.url(link.getAttribute('href')!) === REDACTED_URL)
  ) {
    return leading + pseudonyms.text(trimmed) + trailing;
  }
  if (isSafeWording(text, context)) return text;
  // A piece of an item's text (a paragraph of a comment) is replaced as that text is.
  if (items.some((item) => trimmed.length >= 4 && item.text.includes(trimmed))) {
    return leading + pseudonyms.text(trimmed) + trailing;
  }
  return sanitizeWording(text, context);
}

/**
 * A text or label with names made placeholders and every run of words that are not known UI
 * words, times or short numbers made a text placeholder; a text of known words stays as it is.
 */
function sanitizeWording(value: string, context: Context): string {
  if (isSafeWording(value, context)) return value;
  const named = context.replaceNames(value);
  return named
    .split(PERSON_PLACEHOLDER)
    .map((piece, index) => (index % 2 === 1 ? piece : replaceUnsafeRuns(piece, context)))
    .join('');
}

function isSafeWording(value: string, words: Words): boolean {
  const text = value.replace(/\s+/g, ' ').trim();
  if (parseRelativeTime(text, words.now)) return true;
  const isSafeToken = safeTokenTest(text, words);
  return text.split(' ').every(isSafeToken);
}

/** Whether a word of `text` may stay: UI words and times, and digits unless there are many. */
function safeTokenTest(text: string, { isSafeWord }: Words): (token: string) => boolean {
  const manyDigits = (text.match(/\d/g)?.length ?? 0) > MAX_DIGITS;
  return (token) =>
    !token.includes('@') &&
    !(manyDigits && /\d/.test(token)) &&
    (token.match(LETTERS) ?? []).every((word) => isSafeWord(word.toLocaleLowerCase()));
}

/** Each run of unsafe words (with the spaces between them) becomes one text placeholder. */
function replaceUnsafeRuns(piece: string, context: Context): string {
  const isSafeToken = safeTokenTest(piece, context);
  let result = '';
  let run = '';
  let spaceAfterRun = '';
  const flush = () => {
    if (run) result += context.pseudonyms.text(run) + spaceAfterRun;
    run = '';
    spaceAfterRun = '';
  };
  for (const token of piece.split(/(\s+)/)) {
    if (token === '') continue;
    if (/^\s+$/.test(token)) {
      if (run) spaceAfterRun += token;
      else result += token;
    } else if (isSafeToken(token)) {
      flush();
      result += token;
    } else {
      run = run ? run + spaceAfterRun + token : token;
      spaceAfterRun = '';
    }
  }
  flush();
  return result;
}

/** UI words of the platform and of Svara's languages, and time units ("h", "tim", "week"). */
function safeWordTest(allowList: SnapshotAllowList, now: Date): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let safe = known.get(word);
    if (safe === undefined) {
      safe =
        UI_WORDS.has(word) ||
        allowList.words.has(word) ||
        parseRelativeTime(`2 ${word}`, now) !== undefined;
      known.set(word, safe);
    }
    return safe;
  };
}

function sanitizeAttributes(element: Element, context: Context): void {
  for (const { name, value } of [...element.attributes]) {
    const kept = keptAttributeValue(element.localName, name, value, context);
    if (kept === null) element.removeAttribute(name);
    else if (kept !== value) element.setAttribute(name, kept);
  }
}

/** The value an attribute keeps in the snapshot, or null when it is dropped. */
function keptAttributeValue(
  tag: string,
  name: string,
  value: string,
  context: Context,
): string | null {
  const { allowList, pseudonyms } = context;
  if (name === 'role') return keptTokens(value, (role) => ARIA_ROLES.has(role.toLowerCase()));
  if (name === 'class') return keptTokens(value, (token) => allowList.classes.has(token));
  if (name === 'id') return allowList.ids.has(value) ? value : null;
  if (name === 'dir') return DIRECTION.test(value) ? value : null;
  if (name === 'src') return tag === 'img' ? BLANK_GIF : null;
  const use = allowList.attributes.get(name);
  if (!use) return null;
  if (name === 'href') {
    if (tag === 'image') return BLANK_GIF;
    return value.startsWith('#') ? '#' : pseudonyms.url(value);
  }
  if (name === 'aria-label' || name === 'alt') return sanitizeWording(value, context);
  if (name === 'datetime') return ISO_TIME.test(value.trim()) ? value : null;
  if (name === 'data-utime') return UNIX_TIME.test(value.trim()) ? value : null;
  if (use.values.has(value)) return value;
  if (use.parts.some((part) => value.includes(part))) return keptId(value, context);
  return use.presence ? '' : null;
}

function keptTokens(value: string, keep: (token: string) => boolean): string | null {
  const kept = value.split(/\s+/).filter((token) => token && keep(token));
  return kept.length > 0 ? kept.join(' ') : null;
}

/** An id value (a URN or a component key) with its ids replaced; null when it holds more. */
function keptId(value: string, { allowList, pseudonyms }: Context): string | null {
  const mapped = pseudonyms.ids(value);
  if (!/^[\w:(),.-]+$/.test(mapped)) return null;
  const words = mapped.match(/[A-Za-z]+/g) ?? [];
  return words.every((word) => allowList.idWords.has(word)) ? mapped : null;
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

/** Whitespace-insensitive form: items keep line breaks that the DOM spreads over elements. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
