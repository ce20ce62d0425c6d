import type { DetectedItem, Platform, Surface } from '../model/detected-item';
import type { OwnerIdentity } from '../model/owner';
import { oneItemPerKey } from '../model/one-item-per-key';
import type { Steps } from './steps';

export type ExtractResult =
  { layout: 'recognised'; items: DetectedItem[] } | { layout: 'unknown'; reason: string };

/**
 * Everything a platform's DOM knowledge offers to the rest of Svara. Pure: takes what it reads as
 * parameters, imports no browser API, Dexie or React (DESIGN.md §1, §3). `extract` reports each
 * item key once (`withOneItemPerKey`).
 */
/**
 * What a page snapshot may keep of the platform's markup (utils/snapshot/allow-list.ts), declared
 * next to its selectors; each content script carries only its own platform's.
 */
export interface SnapshotKeeps {
  /** Every selector the adapter reads, including the ones it writes inline. */
  readonly selectors: readonly string[];
  /** UI words of the platform's locale tables: texts made only of such words stay as they are. */
  readonly words: readonly string[];
  /** Words an id attribute value may hold besides digits ("urn", "li", "activity", …). */
  readonly idWords?: readonly string[];
  /** Prefixes of item texts that detection reads ("You:"), kept before the text's placeholder. */
  readonly textPrefixes?: readonly string[];
}

export interface PlatformAdapter {
  platform: Platform;
  snapshotKeeps: SnapshotKeeps;
  /** Page kind from the URL alone; null when Svara has nothing to read there. */
  surfaceOf(url: URL): Surface | null;
  /**
   * Full extraction of a page (or of one thread root, for incremental rescans). `now` anchors
   * relative time labels such as "2 h".
   */
  extract(root: ParentNode, url: URL, owners: OwnerIdentity[], now: Date): ExtractResult;
  /**
   * The same extraction as steps that pause every little while (`Steps`), so a scan of a big
   * page can give the page its main thread back in between; `extract` runs them through.
   */
  extractSteps(
    root: ParentNode,
    url: URL,
    owners: OwnerIdentity[],
    now: Date,
  ): Steps<ExtractResult>;
  /**
   * The profile or page address a link pasted into the options page names, normalised; undefined
   * when it is no profile or page of this platform.
   */
  profileAddressOf(link: string): string | undefined;
  /** Identities the page itself reveals: the signed-in profile, the "comment as" switcher. */
  pageOwners(doc: Document, url: URL): OwnerIdentity[];
  /**
   * The smallest element enclosing a changed node that can be rescanned on its own (a comment
   * with its replies, a post, a conversation), so a rescan touches only what changed; null when
   * the node is outside any and a full rescan is needed.
   */
  threadRootOf(node: Node): Element | null;
  /** The element standing for an item on the page, to scroll to it or fill its reply box. */
  findItemElement(doc: Document, item: Pick<DetectedItem, 'key' | 'threadKey'>): Element | null;
  /** The reply box belonging to an item when it is open on the page; never opens one itself. */
  findReplyBox(doc: Document, item: Pick<DetectedItem, 'key' | 'threadKey'>): HTMLElement | null;
}

/** An extraction with each item once: the same comment can be on the page twice. */
export function withOneItemPerKey(result: ExtractResult): ExtractResult {
  return result.layout === 'recognised'
    ? { layout: 'recognised', items: oneItemPerKey(result.items) }
    : result;
}
