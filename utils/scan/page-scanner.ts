import type { DetectedItem, Surface } from '../model/detected-item';
import type { OwnerIdentity } from '../model/owner';
import type { PageScan } from '../messaging/schemas';
import { mergeOwners } from '../platforms/owners';
import type { ExtractResult, PlatformAdapter } from '../platforms/types';
import type { Steps } from '../platforms/steps';
import { runInSlices, type SliceOptions } from './slices';

export interface PageScannerOptions {
  adapter: PlatformAdapter;
  document: Document;
  /** Called with each scan that changed something; the content script sends it on. */
  report: (scan: PageScan) => void;
  now?: () => Date;
  /** How long a page may look unrecognised before it is reported (SPAs render late). */
  unknownGraceMs?: number;
  /** How often, at most, changes outside any known thread trigger a full rescan. */
  fullRescanThrottleMs?: number;
  /**
   * The shortest pause between two full scans, whatever asks for them (navigation, new owners,
   * the page itself): requests in between are coalesced into one scan at the end of the gap, so
   * a page that fakes navigation events cannot make Svara scan more than 4 times a second.
   */
  minFullScanGapMs?: number;
  /** How a full scan is cut into slices with pauses between (utils/scan/slices.ts). */
  slices?: Pick<SliceOptions, 'sliceMs' | 'pause'>;
}

/** What an item looked like when reported: a change to any field is a change. */
function fingerprintOf(item: DetectedItem): string {
  return JSON.stringify(item);
}

/** Items printed between two pauses. */
const ITEMS_PER_STEP = 256;

interface PrintedScan {
  result: ExtractResult;
  /** `fingerprintOf` each recognised item, in order. */
  fingerprints: string[];
}

/** A full scan's steps, then its items' fingerprints in steps: thousands take a while to print. */
function* printed(steps: Steps<ExtractResult>): Steps<PrintedScan> {
  const result = yield* steps;
  const fingerprints: string[] = [];
  const items = result.layout === 'recognised' ? result.items : [];
  for (let i = 0; i < items.length; i += 1) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    fingerprints.push(fingerprintOf(items[i]));
  }
  // The report starts the delivery of the whole scan: in a slice of its own when this one is long.
  yield;
  return { result, fingerprints };
}

/**
 * Keeps a page's detected items current: a full scan on start and navigation, then only the
 * threads that mutations touch (on Facebook, a top-level comment with its replies), and only items
 * that changed are reported; a thread's items travel together, as the background needs them. The
 * cost follows the change, not the page size (DESIGN §3). A full scan runs in slices with pauses
 * between, so a page with thousands of comments never blocks its main thread for long; what changes
 * meanwhile is rescanned after it, and a scan the owners or the address changed under is dropped.
 */
export class PageScanner {
  private owners: OwnerIdentity[] = [];
  /** What each item looked like when last reported; the delivery queue keeps it until acked. */
  private readonly sent = new Map<string, string>();
  private readonly touchedThreads = new Set<Element>();
  private pendingFlush = false;
  private fullRescanTimer: ReturnType<typeof setTimeout> | undefined;
  private unknownTimer: ReturnType<typeof setTimeout> | undefined;
  private coalescedScanTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFullScanAt = -Infinity;
  /** A full scan is running (in slices): thread rescans and further full scans wait for it. */
  private scanning = false;
  private fullScanAgain = false;
  /** Bumped when owners or the page change: a full scan started before reports nothing. */
  private generation = 0;
  /** Elements were added or removed since a running full scan last paused. */
  private changedSincePause = false;
  private stopped = false;
  /** Full scans run so far: what the rate bound is measured by (tests/unit/scan). */
  fullScans = 0;
  private observer: MutationObserver | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: PageScannerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Who counts as an owner on this page now: configured identities and the page's own. */
  get currentOwners(): readonly OwnerIdentity[] {
    return this.owners;
  }

  get url() {
    return new URL(this.options.document.location.href);
  }

  start(configuredOwners: OwnerIdentity[]) {
    this.setOwners(configuredOwners);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.document.body, { childList: true, subtree: true });
  }

  stop() {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.fullRescanTimer);
    clearTimeout(this.unknownTimer);
    clearTimeout(this.coalescedScanTimer);
  }

  /** New identities change who is an owner everywhere on the page: rescan it all. */
  setOwners(configuredOwners: OwnerIdentity[]) {
    const pageOwners = this.options.adapter.pageOwners(this.options.document, this.url);
    this.owners = mergeOwners(configuredOwners, pageOwners);
    this.generation += 1;
    this.fullScan();
  }

  /** After single-page navigation the old items are not on the page any more. */
  navigated() {
    this.sent.clear();
    this.setOwners(this.owners.filter((owner) => owner.source !== 'page'));
  }

  /**
   * Scans the whole page now, or once at the end of the gap when one ran just before, or once
   * more after the one running.
   */
  fullScan() {
    if (this.stopped || this.coalescedScanTimer !== undefined) return;
    if (this.scanning) {
      this.fullScanAgain = true;
      return;
    }
    const gap = this.options.minFullScanGapMs ?? 250;
    const wait = this.lastFullScanAt + gap - performance.now();
    if (wait > 0) {
      this.coalescedScanTimer = setTimeout(() => {
        this.coalescedScanTimer = undefined;
        this.fullScan();
      }, wait);
      return;
    }
    this.fullScans += 1;
    void this.scanWholePage();
  }

  private async scanWholePage() {
    const { adapter, document } = this.options;
    const url = this.url;
    const surface = adapter.surfaceOf(url);
    if (!surface) return;
    const generation = this.generation;
    this.scanning = true;
    this.changedSincePause = false;
    let scan: PrintedScan | undefined;
    try {
      const steps = adapter.extractSteps(document, url, this.owners, this.now());
      scan = await runInSlices(printed(steps), {
        ...this.options.slices,
        // Stopped, or the owners or the address changed: what it would report is stale.
        abandoned: () => this.stopped || generation !== this.generation,
        pageChanged: () => {
          const changed = this.changedSincePause;
          this.changedSincePause = false;
          return changed;
        },
      });
    } finally {
      this.scanning = false;
      // Measured from the end, so a slow page is scanned less often, not back to back.
      this.lastFullScanAt = performance.now();
    }
    if (scan && generation === this.generation) this.reportFullScan(scan, surface);
    if (this.stopped) return;
    if (this.touchedThreads.size > 0) this.rescanTouchedThreads();
    if (this.fullScanAgain) {
      this.fullScanAgain = false;
      this.fullScan();
    }
  }

  private reportFullScan({ result, fingerprints }: PrintedScan, surface: Surface) {
    if (result.layout === 'unknown') {
      clearTimeout(this.unknownTimer);
      this.unknownTimer = setTimeout(() => {
        this.options.report({
          layout: 'unknown',
          platform: this.options.adapter.platform,
          surface,
          reason: result.reason,
        });
      }, this.options.unknownGraceMs ?? 2_000);
      return;
    }
    clearTimeout(this.unknownTimer);
    this.reportItems(result.items, true, fingerprints);
  }

  private onMutations(records: MutationRecord[]) {
    if (this.scanning) this.changedSincePause = true;
    let outsideThreads = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        const thread = this.options.adapter.threadRootOf(node);
        if (thread) this.touchedThreads.add(thread);
        else if (node.nodeType === 1) outsideThreads = true;
      }
    }
    // During a full scan the touched threads wait for it: they are read after it, as they are then.
    if (this.touchedThreads.size > 0 && !this.pendingFlush && !this.scanning) {
      this.pendingFlush = true;
      queueMicrotask(() => this.rescanTouchedThreads());
    }
    if (outsideThreads && this.fullRescanTimer === undefined) {
      this.fullRescanTimer = setTimeout(() => {
        this.fullRescanTimer = undefined;
        this.fullScan();
      }, this.options.fullRescanThrottleMs ?? 1_000);
    }
  }

  private rescanTouchedThreads() {
    this.pendingFlush = false;
    if (this.scanning) return;
    const { adapter } = this.options;
    const url = this.url;
    const now = this.now();
    const items: DetectedItem[] = [];
    for (const thread of this.touchedThreads) {
      if (!thread.isConnected || this.insideTouchedThread(thread)) continue;
      const result = adapter.extract(thread, url, this.owners, now);
      if (result.layout === 'recognised') items.push(...result.items);
    }
    this.touchedThreads.clear();
    this.reportItems(items, false);
  }

  /** A root inside another touched root is rescanned with it: its items are reported once. */
  private insideTouchedThread(thread: Element): boolean {
    for (let el = thread.parentElement; el; el = el.parentElement) {
      if (this.touchedThreads.has(el)) return true;
    }
    return false;
  }

  /** Sends the scanned scope's items when any changed (a full scan always reports, for health). */
  private reportItems(items: DetectedItem[], full: boolean, fingerprints?: string[]) {
    let changed = false;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      const fingerprint = fingerprints?.[i] ?? fingerprintOf(item);
      if (this.sent.get(item.key) !== fingerprint) changed = true;
      this.sent.set(item.key, fingerprint);
    }
    const surface = this.options.adapter.surfaceOf(this.url);
    if (!surface || (!changed && !full)) return;
    this.options.report({
      layout: 'recognised',
      platform: this.options.adapter.platform,
      surface,
      full,
      // A scope's items travel together: an owner reply is what answers the items before it.
      items: changed ? items : [],
      pageOwners: this.owners.filter((owner) => owner.source === 'page'),
    });
  }
}
