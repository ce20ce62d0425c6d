import type { SvaraDatabase } from '../db/database';
import { applyPageScan, type ScanOutcome } from '../db/items';
import { withQuotaHandling } from '../db/quota';
import { getSettings } from '../db/settings';
import { cachedActiveToneGuide } from '../db/tone-guides';
import { classifyMessage } from '../suggest/classify';
import { packagedModels } from '../models/packaged';
import { listExemplars } from '../db/exemplars';
import { pageScanSchema, parseMessage, type PageScan } from '../messaging/schemas';
import { platformOfHost } from './platform-hosts';

export type ScanVerdict =
  { accepted: true; scan: PageScan; outcome?: ScanOutcome } | { accepted: false; reason: string };

export interface ScanSender {
  tabUrl?: string;
}

/**
 * Validates a content script's report and merges it. Refuses, with a reason, anything malformed,
 * oversized, or about another platform than the page that sent it.
 */
export async function handlePageScan(
  db: SvaraDatabase,
  data: unknown,
  sender: ScanSender,
  now: Date,
): Promise<ScanVerdict> {
  const parsed = parseMessage(pageScanSchema, data);
  if (!parsed.ok) return { accepted: false, reason: `malformed page/scanned: ${parsed.reason}` };
  const scan = parsed.value;
  let senderPlatform: string | null = null;
  try {
    senderPlatform = sender.tabUrl ? platformOfHost(new URL(sender.tabUrl).hostname) : null;
  } catch {
    senderPlatform = null;
  }
  if (senderPlatform !== scan.platform) {
    return {
      accepted: false,
      reason: `a ${senderPlatform ?? 'non-platform'} page reported ${scan.platform} items`,
    };
  }
  if (scan.layout === 'unknown') return { accepted: true, scan };
  const prefix = `${scan.platform}:`;
  const foreign = scan.items.find(
    (item) =>
      item.platform !== scan.platform ||
      !item.key.startsWith(prefix) ||
      !item.threadKey.startsWith(prefix),
  );
  if (foreign)
    return { accepted: false, reason: `item ${foreign.key} is not a ${scan.platform} item` };
  const [settings, guide, models, exemplars] = await Promise.all([
    getSettings(db),
    cachedActiveToneGuide(db),
    packagedModels(),
    listExemplars(db),
  ]);
  // A full disk rolls the one transaction back whole: the refusal says 'quota', nothing is lost.
  const written = await withQuotaHandling(() =>
    applyPageScan(db, scan, now, settings.agentName, (text, threadLanguage) => {
      const { language, intent, sentiment } = classifyMessage(text, guide, models, exemplars, {
        threadLanguage,
      });
      return { language, intent, sentiment };
    }),
  );
  if (!written.ok) return { accepted: false, reason: written.reason };
  return { accepted: true, scan, outcome: written.value };
}
