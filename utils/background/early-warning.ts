import type { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SvaraDatabase } from '../db/database';
import type { Item } from '../model/item';
import type { BackgroundTranslate } from '../i18n/background-translate';
import { DAY_MS, HOUR_MS } from '../stats/inputs';
import { detectComplaintSpike, type SpikeReport } from '../stats/spikes';

/** Row in the settings table remembering the last warning, so one spike is announced once. */
export const EARLY_WARNING_STATE_KEY = 'early-warning';
export const EARLY_WARNING_WINDOW_HOURS = 3;
const HISTORY_WEEKS = 4;
export const EARLY_WARNING_NOTIFICATION_ID = 'svara-early-warning';
/** Items named in the notification; the stats view lists them all. */
const NOTIFIED_ITEMS = 3;
const SNIPPET_LENGTH = 80;

export interface EarlyWarning {
  report: SpikeReport;
  windowHours: number;
  /** The complaints behind it, newest first. */
  items: Pick<Item, 'key' | 'platform' | 'kind' | 'author' | 'text'>[];
}

const earlyWarningStateSchema = z.strictObject({ notifiedAt: z.iso.datetime() });
type EarlyWarningState = z.infer<typeof earlyWarningStateSchema>;

/** The stored state, parsed: a damaged row counts as no warning yet, never as a crash. */
async function readState(db: SvaraDatabase): Promise<EarlyWarningState | undefined> {
  const parsed = earlyWarningStateSchema.safeParse(
    (await db.settings.get(EARLY_WARNING_STATE_KEY))?.value,
  );
  return parsed.success ? parsed.data : undefined;
}

/**
 * Runs spike detection over the stored items of the last weeks and returns what to announce, or
 * null when nothing spikes or this window was already announced (a later spike, once the window
 * has moved past the last warning, is announced again). Records the announcement.
 */
export async function checkEarlyWarning(
  db: SvaraDatabase,
  now: Date,
): Promise<EarlyWarning | null> {
  const windowMs = EARLY_WARNING_WINDOW_HOURS * HOUR_MS;
  return db.transaction('rw', [db.items, db.settings], async () => {
    const state = await readState(db);
    if (state && Date.parse(state.notifiedAt) > now.getTime() - windowMs) return null;

    // An item is first seen after it was posted, so this covers every window compared.
    const since = new Date(now.getTime() - HISTORY_WEEKS * 7 * DAY_MS - windowMs).toISOString();
    const [items, earliest] = await Promise.all([
      db.items.where('firstSeenAt').aboveOrEqual(since).toArray(),
      db.items.orderBy('firstSeenAt').first(),
    ]);
    const report = detectComplaintSpike(items, {
      now,
      windowHours: EARLY_WARNING_WINDOW_HOURS,
      historyWeeks: HISTORY_WEEKS,
      historySince: earliest?.firstSeenAt ?? now,
    });
    if (!report.spiking) return null;

    await db.settings.put({
      key: EARLY_WARNING_STATE_KEY,
      value: { notifiedAt: now.toISOString() } satisfies EarlyWarningState,
    });
    const byKey = new Map(items.map((item) => [item.key, item]));
    return {
      report,
      windowHours: EARLY_WARNING_WINDOW_HOURS,
      items: report.itemKeys.map((key) => {
        const { platform, kind, author, text } = byKey.get(key)!;
        return { key, platform, kind, author, text };
      }),
    };
  });
}

/** Whether a spike was announced within the current window: the badge shows it meanwhile. */
export async function spikeAnnouncedRecently(db: SvaraDatabase, now: Date): Promise<boolean> {
  const state = await readState(db);
  const windowMs = EARLY_WARNING_WINDOW_HOURS * HOUR_MS;
  return !!state && Date.parse(state.notifiedAt) > now.getTime() - windowMs;
}

function snippet(text: string) {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > SNIPPET_LENGTH ? `${oneLine.slice(0, SNIPPET_LENGTH - 1)}…` : oneLine;
}

/** Shows the warning as a system notification (plain text only: notifications render no markup). */
export async function notifySpike(
  notifications: Pick<typeof browser.notifications, 'create'>,
  warning: EarlyWarning,
  t: BackgroundTranslate,
) {
  const lines = warning.items
    .slice(0, NOTIFIED_ITEMS)
    .map((item) => t('earlyWarningItemLine', { name: item.author.name, text: snippet(item.text) }));
  await notifications.create(EARLY_WARNING_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: t('earlyWarningTitle'),
    message: [
      t('earlyWarningSummary', {
        count: warning.report.recentCount,
        hours: warning.windowHours,
      }),
      ...lines,
    ].join('\n'),
  });
}
