import { z } from 'zod';
import type { browser } from 'wxt/browser';
import type { BadgeState } from './badge';
import type { ScanSender, ScanVerdict } from './scan-handler';

/**
 * The browser refused to store more: shown on the badge and in the popup until the writes that
 * failed have been made. Kept in `storage.session`, which lives in memory: it still takes writes
 * when the disk is full, outlives a worker restart and is gone with the browser session.
 */
export const storageProblemSchema = z.object({
  reason: z.literal('quota'),
  since: z.iso.datetime(),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;

export const STORAGE_PROBLEM_KEY = 'storageProblem';
/** Scans refused for lack of room, oldest first, waiting to be applied again. */
export const HELD_SCANS_KEY = 'storageProblemHeldScans';
/** Session storage holds 10 MB in Chromium; held scans may use half, the oldest dropped first. */
export const MAX_HELD_SCAN_BYTES = 5 * 1024 * 1024;

/** '!' in violet, a colour no waiting count uses, so it cannot be read as a count (attention.ts). */
export const STORAGE_PROBLEM_BADGE: BadgeState = {
  text: '!',
  colour: '#6a1b9a',
  count: 0,
  warning: false,
};

const heldScanSchema = z.object({
  data: z.unknown(),
  sender: z.object({ tabUrl: z.string().optional() }),
});
type HeldScan = z.infer<typeof heldScanSchema>;

type SessionStorage = Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>;
type ApplyScan = (data: unknown, sender: ScanSender) => Promise<ScanVerdict>;

export async function readStorageProblem(storage: SessionStorage): Promise<StorageProblem | null> {
  const stored = await storage.get(STORAGE_PROBLEM_KEY);
  const parsed = storageProblemSchema.safeParse(stored[STORAGE_PROBLEM_KEY]);
  return parsed.success ? parsed.data : null;
}

/** The newest scans that fit in the budget: the oldest are dropped first. */
function withinBudget(held: HeldScan[]): HeldScan[] {
  let bytes = 0;
  const kept: HeldScan[] = [];
  for (const scan of [...held].reverse()) {
    bytes += JSON.stringify(scan).length;
    if (bytes > MAX_HELD_SCAN_BYTES) break;
    kept.unshift(scan);
  }
  return kept;
}

const refusedForQuota = (verdict: ScanVerdict) => !verdict.accepted && verdict.reason === 'quota';

/**
 * Applies a page scan, and keeps it when the browser's storage is full. A refused write is one
 * rolled-back transaction, so nothing already stored is lost. The content script does not send
 * an item again until it changes, so the refused scans are held here and applied again, in
 * order, before the next scan from any tab; while storage stays full the new scan joins them.
 * The problem lasts until every held scan has been applied. Scans dropped for the budget come
 * back when their page is next loaded, since a fresh page reports all it shows.
 */
export function applyScanHoldingOnQuota(
  storage: SessionStorage,
  data: unknown,
  sender: ScanSender,
  applyScan: ApplyScan,
  now: Date,
): Promise<ScanVerdict> {
  // One scan at a time, so two tabs reporting at once cannot overwrite each other's held scans.
  const run = previousScan.then(() => applyInOrder(storage, data, sender, applyScan, now));
  previousScan = run.catch(() => undefined);
  return run;
}

let previousScan: Promise<unknown> = Promise.resolve();

async function applyInOrder(
  storage: SessionStorage,
  data: unknown,
  sender: ScanSender,
  applyScan: ApplyScan,
  now: Date,
): Promise<ScanVerdict> {
  const stored = await storage.get([STORAGE_PROBLEM_KEY, HELD_SCANS_KEY]);
  const problem = storageProblemSchema.safeParse(stored[STORAGE_PROBLEM_KEY]);
  const parsedHeld = z.array(heldScanSchema).safeParse(stored[HELD_SCANS_KEY]);
  const held = parsedHeld.success ? parsedHeld.data : [];
  while (held.length > 0) {
    const verdict = await applyScan(held[0]!.data, held[0]!.sender);
    if (refusedForQuota(verdict)) break;
    held.shift();
  }
  const verdict: ScanVerdict =
    held.length > 0 ? { accepted: false, reason: 'quota' } : await applyScan(data, sender);
  if (refusedForQuota(verdict)) held.push({ data, sender: { tabUrl: sender.tabUrl } });

  if (held.length > 0) {
    const since = problem.success ? problem.data.since : now.toISOString();
    await storage.set({
      [STORAGE_PROBLEM_KEY]: { reason: 'quota', since } satisfies StorageProblem,
      [HELD_SCANS_KEY]: withinBudget(held),
    });
  } else if (problem.success || parsedHeld.success) {
    await storage.remove([STORAGE_PROBLEM_KEY, HELD_SCANS_KEY]);
  }
  return verdict;
}
