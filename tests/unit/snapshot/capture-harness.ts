import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OwnerIdentity } from '../../../utils/model/owner';
import { onMessage, removeAllListeners, sendMessage } from '../../../utils/messaging/protocol';
import { snapshotReplySchema } from '../../../utils/messaging/schemas';
import { mergeOwners } from '../../../utils/platforms/owners';
import { adapterForUrl } from '../../../utils/platforms/registry';
import type { ExtractResult } from '../../../utils/platforms/types';
import { runContentScript } from '../../../utils/scan/content-main';
import type { PageSnapshot } from '../../../utils/snapshot/schema';
import { parseHtml } from '../../helpers/fixtures';

/**
 * What the side panel's "Save page snapshot" button gets: the page loaded into this test's
 * document at `url`, the platform's real content script started on it (owners answered as the
 * background answers them), then the `tab/snapshot` message the background forwards to the tab
 * answered by that content script.
 */
export async function snapshotThroughContentScript(
  html: string,
  url: string,
  owners: OwnerIdentity[],
): Promise<PageSnapshot> {
  const pageUrl = new URL(url);
  const adapter = adapterForUrl(pageUrl);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  // Imported inertly: the page's scripts and styles are data here, not code.
  const page = parseHtml(html);
  const root = document.importNode(page.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(root);

  const invalidated: (() => void)[] = [];
  const ctx = { onInvalidated: (stop: () => void) => invalidated.push(stop) };
  onMessage('page/owners', () => ({ owners }));
  onMessage('page/scanned', () => ({ accepted: true }));
  try {
    await runContentScript(ctx as unknown as ContentScriptContext, adapter);
    const reply = snapshotReplySchema.parse(await sendMessage('tab/snapshot', undefined));
    if (!reply.ok) throw new Error(`no snapshot: ${reply.reason}`);
    return reply.snapshot;
  } finally {
    // The content script stops once the extension is gone, as it does when it is unloaded.
    const id = fakeBrowser.runtime.id;
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    invalidated.forEach((stop) => stop());
    fakeBrowser.runtime.id = id;
    removeAllListeners();
  }
}

/** What `npm run detect` (scripts/detect.ts) reports for saved markup at `url`, without --owner. */
export function detectAsTheCli(html: string, url: string, now: Date): ExtractResult {
  const pageUrl = new URL(url);
  const adapter = adapterForUrl(pageUrl)!;
  const doc = parseHtml(html);
  return adapter.extract(doc, pageUrl, mergeOwners([], adapter.pageOwners(doc, pageUrl)), now);
}

/** The layout and, per item, what detection decided, without the names and texts. */
export function detectionShape(result: ExtractResult) {
  if (result.layout === 'unknown') return { layout: result.layout, items: [] };
  const keys = result.items.map((item) => item.key);
  return {
    layout: result.layout,
    items: result.items.map((item) => ({
      kind: item.kind,
      postedAt: item.postedAt,
      collapsed: item.collapsed ?? false,
      parent: item.parentKey === undefined ? -1 : keys.indexOf(item.parentKey),
      thread: result.items.findIndex((other) => other.threadKey === item.threadKey),
      answered: item.answered,
      byOwner: item.byOwner,
      ownedThread: item.ownedThread,
      waiting: item.waiting,
    })),
  };
}
