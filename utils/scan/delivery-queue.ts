import {
  MAX_ITEMS_PER_SCAN,
  MAX_MESSAGE_BYTES,
  scanAckSchema,
  type ScanAck,
} from '../messaging/page-messages';
import type { PageScan } from '../messaging/schemas';

type Recognised = Extract<PageScan, { layout: 'recognised' }>;

/**
 * Pauses between attempts to deliver the same scan; the last one repeats for as long as the
 * background does not answer, since a stopped worker may stay away for a while.
 */
export const DELIVERY_BACKOFF_MS = [250, 500, 1_000, 2_000, 4_000, 5_000] as const;

/**
 * A page's unacknowledged scans after `next` arrives, oldest first. A newer scan supersedes what
 * it renews: its items replace the same items of the scan before it and go after the rest (so
 * an owner's reply still follows what it answers), its layout report replaces older ones. Items
 * it does not mention are kept, since nothing else will send them again. Two scans are merged
 * only while the result stays within what the background accepts in one message.
 */
export function supersede(pending: readonly PageScan[], next: PageScan): PageScan[] {
  // Only scans that carry items outlive a newer report about the page's layout.
  const kept = pending.filter(
    (scan): scan is Recognised => scan.layout === 'recognised' && scan.items.length > 0,
  );
  if (next.layout === 'unknown') return [...kept, next];
  const last = pending.at(-1);
  if (last?.layout !== 'recognised') return [...kept, next];
  const renewed = new Set(next.items.map((item) => item.key));
  const merged: Recognised = {
    ...next,
    full: last.full || next.full,
    items: [...last.items.filter((item) => !renewed.has(item.key)), ...next.items],
  };
  if (!fitsOneMessage(merged)) return [...kept, next];
  return [...kept.filter((scan) => scan !== last), merged];
}

function fitsOneMessage(scan: Recognised): boolean {
  return (
    scan.items.length <= MAX_ITEMS_PER_SCAN && JSON.stringify(scan).length <= MAX_MESSAGE_BYTES
  );
}

export interface DeliveryQueueOptions {
  /** Sends one scan to the background; resolves with its reply, rejects when nobody answered. */
  send: (scan: PageScan) => Promise<unknown>;
  /** Runs `retry` after `ms` (setTimeout in the content script; a fake clock in tests). */
  schedule: (retry: () => void, ms: number) => () => void;
  /** Told of every acknowledgement, e.g. to log a refusal. */
  acknowledged?: (ack: ScanAck, scan: PageScan) => void;
}

/**
 * The content script's unsent scans, per page, until the background acknowledges them. One
 * scan is in flight at a time; a failed attempt (the worker was stopped mid-write, or is
 * starting) is repeated with backoff, without end, and a reply counts only when it parses as
 * an acknowledgement. The queue lives in the page, so it outlives any number of worker
 * restarts; applying a scan twice is harmless, losing one is not.
 */
export class ScanDeliveryQueue {
  private readonly pages = new Map<string, PageScan[]>();
  private inFlight = false;
  private failures = 0;
  private cancelRetry: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly options: DeliveryQueueOptions) {}

  /** Scans waiting for an acknowledgement, over all pages. */
  get size(): number {
    let size = 0;
    for (const scans of this.pages.values()) size += scans.length;
    return size;
  }

  enqueue(page: string, scan: PageScan) {
    if (this.stopped) return;
    this.pages.set(page, supersede(this.pages.get(page) ?? [], scan));
    this.sendNext();
  }

  /** The extension is gone: nothing can be delivered any more. */
  stop() {
    this.stopped = true;
    this.cancelRetry?.();
    this.pages.clear();
  }

  private sendNext() {
    if (this.stopped || this.inFlight || this.cancelRetry) return;
    const next = this.pages.entries().next();
    if (next.done) return;
    const [page, scans] = next.value;
    const scan = scans[0]!;
    this.inFlight = true;
    this.options.send(scan).then(
      (reply) => {
        this.inFlight = false;
        const ack = scanAckSchema.safeParse(reply);
        if (!ack.success) return this.retryLater();
        this.failures = 0;
        // A scan that arrived meanwhile may have been merged into this one: the merged scan
        // stays, to be sent whole (what was acknowledged again, harmlessly, with what is new).
        const pending = (this.pages.get(page) ?? []).filter((queued) => queued !== scan);
        if (pending.length > 0) this.pages.set(page, pending);
        else this.pages.delete(page);
        this.options.acknowledged?.(ack.data, scan);
        this.sendNext();
      },
      () => {
        this.inFlight = false;
        this.retryLater();
      },
    );
  }

  private retryLater() {
    if (this.stopped) return;
    const pause = DELIVERY_BACKOFF_MS[Math.min(this.failures, DELIVERY_BACKOFF_MS.length - 1)]!;
    this.failures += 1;
    this.cancelRetry = this.options.schedule(() => {
      this.cancelRetry = undefined;
      this.sendNext();
    }, pause);
  }
}
