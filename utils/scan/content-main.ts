import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertIntoEditor } from '../fill/insert-text';
import { onMessage, sendMessage } from '../messaging/protocol';
import {
  fillRequestSchema,
  itemRefSchema,
  ownersReplySchema,
  parseMessage,
} from '../messaging/page-messages';
import type { FillResult } from '../messaging/schemas';
import type { PlatformAdapter } from '../platforms/types';
import { ScanDeliveryQueue } from './delivery-queue';
import { PageScanner } from './page-scanner';
import { capturePageSnapshot } from '../snapshot/capture';

/** How often the address is compared for single-page navigation (as WXT's own watcher does). */
const LOCATION_POLL_MS = 1_000;

/** Scans are queued per address without its fragment: a `#` does not make another page. */
function pageOf(location: Location): string {
  return location.origin + location.pathname + location.search;
}

/**
 * What every platform's content script does: scan, report, and act only when a person asked
 * (reveal an item, fill a reply box). It never clicks, expands, loads or sends anything.
 */
export async function runContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter) {
  const delivery = new ScanDeliveryQueue({
    send: (scan) => sendMessage('page/scanned', scan),
    schedule: (retry, ms) => {
      const timer = setTimeout(retry, ms);
      return () => clearTimeout(timer);
    },
    acknowledged: (ack) => {
      if (!ack.accepted) console.warn('[svara] scan refused:', ack.reason);
    },
  });
  const scanner = new PageScanner({
    adapter,
    document,
    report: (scan) => delivery.enqueue(pageOf(location), scan),
  });
  const ownersReply = await sendMessage('page/owners', undefined).catch(() => ({ owners: [] }));
  const owners = parseMessage(ownersReplySchema, ownersReply);
  scanner.start(owners.ok ? owners.value.owners : []);
  // WXT's context can be invalidated, and its navigation event fired, by anything on the page
  // that knows the extension's id (both travel as DOM events the page can forge). So the
  // scanner stops only when the extension itself is gone, and navigation is read from the
  // address, which a page changes only by really navigating.
  let address = location.href;
  const watcher = setInterval(() => {
    if (!stopIfExtensionGone() && location.href !== address) {
      address = location.href;
      scanner.navigated();
    }
  }, LOCATION_POLL_MS);
  function stopIfExtensionGone(): boolean {
    if (browser.runtime?.id) return false;
    clearInterval(watcher);
    scanner.stop();
    delivery.stop();
    return true;
  }
  ctx.onInvalidated(stopIfExtensionGone);

  onMessage('tab/owners-changed', ({ data }) => {
    const parsed = parseMessage(ownersReplySchema, data);
    if (parsed.ok) scanner.setOwners(parsed.value.owners);
  });

  onMessage('tab/reveal', ({ data }) => {
    const ref = parseMessage(itemRefSchema, data);
    const element = ref.ok ? adapter.findItemElement(document, ref.value) : null;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return { found: element !== null };
  });

  onMessage('tab/snapshot', () => {
    const snapshot = capturePageSnapshot(document, adapter, [...scanner.currentOwners], new Date());
    return snapshot ? { ok: true, snapshot } : { ok: false, reason: 'not-a-platform-page' };
  });

  onMessage('tab/fill', async ({ data }): Promise<FillResult> => {
    const request = parseMessage(fillRequestSchema, data);
    if (!request.ok) return { ok: false, reason: 'item-not-on-page' };
    if (!adapter.findItemElement(document, request.value)) {
      return { ok: false, reason: 'item-not-on-page' };
    }
    const box = adapter.findReplyBox(document, request.value);
    if (!box) return { ok: false, reason: 'reply-box-not-open' };
    const inserted = await insertIntoEditor(box, request.value.text);
    return inserted.ok ? { ok: true } : { ok: false, reason: 'editor-rejected' };
  });
}
