import type { DetectedItem } from '../../model/detected-item';
import type { OwnerIdentity } from '../../model/owner';
import { normaliseName } from '../owners';
import { runToEnd, type Steps } from '../steps';
import { withOneItemPerKey, type ExtractResult, type PlatformAdapter } from '../types';
import { extractLegacyComments, isLegacyGeneration } from './extract-comments-legacy';
import { extractSduiComments, isSduiGeneration, sduiPostOf } from './extract-comments-sdui';
import {
  conversationKey,
  extractConversations,
  extractMessaging,
  hasMessagingMarkup,
} from './extract-messaging';
import { linkedinSurfaceOf } from './pages';
import {
  EDITORS,
  IDENTITY,
  LEGACY,
  MESSAGING,
  SDUI,
  SDUI_COMMENT_KEY_PREFIX,
  SNAPSHOT_KEEPS,
  labelsOf,
} from './selectors';
import { COMMENT_KEY_PREFIX } from './items';
import { cleanProfileUrl, profileAddressOf } from './links';
import { cleanText, elementOf } from './text';

type Generation = 'legacy' | 'sdui' | 'both' | 'none';

/**
 * Which comment generation the root speaks, decided before any extraction so their selectors
 * never mix. A legacy post with its comments still closed shows only its `data-urn` wrapper.
 */
export function commentGeneration(root: ParentNode): Generation {
  const sdui = isSduiGeneration(root);
  const self = elementOf(root);
  const legacy =
    isLegacyGeneration(root) ||
    (!sdui && (self?.matches(LEGACY.post) === true || root.querySelector(LEGACY.post) !== null));
  if (legacy && sdui) return 'both';
  return legacy ? 'legacy' : sdui ? 'sdui' : 'none';
}

function* extractLinkedin(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
): Steps<ExtractResult> {
  const surface = linkedinSurfaceOf(url);
  if (!surface) return { layout: 'unknown', reason: `not a LinkedIn page Svara reads: ${url}` };
  // An incremental rescan of one overlay bubble, on whatever page it floats over.
  if (elementOf(root)?.matches(MESSAGING.conversation)) {
    return { layout: 'recognised', items: extractConversations(root, url) };
  }
  if (surface === 'linkedin-messaging') {
    return hasMessagingMarkup(root)
      ? { layout: 'recognised', items: extractMessaging(root, url) }
      : { layout: 'unknown', reason: 'no known LinkedIn messaging markup (list or messages)' };
  }
  const generation = commentGeneration(root);
  if (generation === 'none') {
    return { layout: 'unknown', reason: 'no known LinkedIn post or comment markup' };
  }
  if (generation === 'both') {
    return { layout: 'unknown', reason: 'both LinkedIn comment markup generations at once' };
  }
  const comments =
    generation === 'legacy'
      ? yield* extractLegacyComments(root, owners, now)
      : yield* extractSduiComments(root, owners, now);
  return { layout: 'recognised', items: [...comments, ...extractConversations(root, url)] };
}

function* extractSteps(
  root: ParentNode,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
): Steps<ExtractResult> {
  return withOneItemPerKey(yield* extractLinkedin(root, url, owners, now));
}

function pageOwner(name: string, url?: string): OwnerIdentity {
  return { platform: 'linkedin', name, ...(url ? { url } : {}), source: 'page' };
}

/** The viewer ("• You" links, the nav "Me" photo) and the "comment as" switcher's identity. */
function linkedinPageOwners(doc: Document): OwnerIdentity[] {
  const found: OwnerIdentity[] = [];
  const viewerMarkers = labelsOf('viewerMarker');
  for (const link of doc.querySelectorAll(IDENTITY.viewerLink)) {
    const label = link.getAttribute('aria-label') ?? '';
    if (!viewerMarkers.some((marker) => label.includes(marker))) continue;
    const name = cleanText(link.querySelector(`${LEGACY.postActorName}, ${LEGACY.authorName}`));
    if (name) found.push(pageOwner(name, cleanProfileUrl(link.getAttribute('href'))));
    break;
  }
  const navName = doc.querySelector(IDENTITY.navMePhoto)?.getAttribute('alt')?.trim();
  if (navName) found.push(pageOwner(navName));
  const switcherAlt = doc.querySelector(IDENTITY.switcherImage)?.getAttribute('alt')?.trim() ?? '';
  const prefix = labelsOf('photoOf').find((p) => switcherAlt.startsWith(p));
  if (prefix && switcherAlt.length > prefix.length) {
    found.push(pageOwner(switcherAlt.slice(prefix.length).trim()));
  }
  const seen = new Set<string>();
  return found.filter((owner) => {
    const id = normaliseName(owner.name);
    return !seen.has(id) && seen.add(id);
  });
}

/** The document and the shadow root LinkedIn renders some posts and composers into. */
function searchRoots(doc: Document): ParentNode[] {
  const shadow = doc.querySelector(EDITORS.shadowHost)?.shadowRoot;
  return shadow ? [doc, shadow] : [doc];
}

function threadRootOf(node: Node): Element | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return null;
  return (
    element.closest(MESSAGING.conversation) ??
    element.closest(LEGACY.post) ??
    sduiPostOf(element) ??
    element.closest(MESSAGING.list)
  );
}

function findConversation(doc: Document, key: string): Element | null {
  for (const root of searchRoots(doc)) {
    for (const conversation of root.querySelectorAll(MESSAGING.conversation)) {
      if (extractConversations(conversation, new URL(doc.URL))[0]?.key === key) {
        return conversation;
      }
    }
    for (const row of root.querySelectorAll(MESSAGING.listRow)) {
      if (conversationKey(cleanText(row.querySelector(MESSAGING.rowNames))) === key) return row;
    }
  }
  return null;
}

function findItemElement(doc: Document, item: Pick<DetectedItem, 'key' | 'threadKey'>) {
  if (item.key.startsWith(conversationKey(''))) return findConversation(doc, item.key);
  if (!item.key.startsWith(COMMENT_KEY_PREFIX)) return null;
  // `#n` marks the n-th element carrying a repeated URN (see uniqueKeys).
  const parsed = /^(urn:li:comment:[^"\\#]+)(?:#(\d+))?$/.exec(
    item.key.slice(COMMENT_KEY_PREFIX.length),
  );
  if (!parsed) return null;
  const [, urn, nth] = parsed;
  const selector = `${LEGACY.comment}[data-id="${urn}"], ${SDUI.comment}[componentkey="${SDUI_COMMENT_KEY_PREFIX}${urn}"]`;
  const matches = searchRoots(doc).flatMap((root) => [...root.querySelectorAll(selector)]);
  return matches[nth ? Number(nth) - 1 : 0] ?? null;
}

/** The open editor inside the item, else inside the comment it replies to; never opens one. */
function findReplyBox(doc: Document, item: Pick<DetectedItem, 'key' | 'threadKey'>) {
  const element = findItemElement(doc, item);
  if (!element) return null;
  if (element.matches(MESSAGING.conversation)) {
    return element.querySelector<HTMLElement>(MESSAGING.composer);
  }
  const editors = `${EDITORS.quill}, ${EDITORS.prosemirror}`;
  const parent = element.parentElement?.closest(`${LEGACY.comment}, ${SDUI.comment}`);
  return (
    element.querySelector<HTMLElement>(editors) ??
    parent?.querySelector<HTMLElement>(editors) ??
    null
  );
}

export const linkedinAdapter: Readonly<PlatformAdapter> = {
  platform: 'linkedin',
  snapshotKeeps: SNAPSHOT_KEEPS,
  surfaceOf: linkedinSurfaceOf,
  extract: (root, url, owners, now) => runToEnd(extractSteps(root, url, owners, now)),
  extractSteps,
  profileAddressOf,
  pageOwners: linkedinPageOwners,
  threadRootOf,
  findItemElement,
  findReplyBox,
};
