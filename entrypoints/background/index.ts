import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../utils/db/database';
import { getSettings, updateSettings } from '../../utils/db/settings';
import { badgeApiOf, computeBadge, showBadge } from '../../utils/background/badge';
import { openPanelOnCommand } from '../../utils/background/commands';
import { checkEarlyWarning, notifySpike } from '../../utils/background/early-warning';
import { pruneAutomatically } from '../../utils/db/retention';
import { createBackgroundTranslator } from '../../utils/i18n/background-translate';
import { pickLocale } from '../../utils/i18n/locale';
import { effectiveOwners } from '../../utils/background/owners';
import { handlePageScan } from '../../utils/background/scan-handler';
import { applyScanHoldingOnQuota } from '../../utils/background/storage-problem';
import { badgeWithAttention, readAttention } from '../../utils/background/attention';
import { PAGE_HEALTH_KEY, readPageHealthMap } from '../../utils/background/page-health';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import {
  fillRequestSchema,
  itemRefSchema,
  parseMessage,
  type FillResult,
} from '../../utils/messaging/schemas';

const DEMO_BUILD = import.meta.env.MODE === 'demo';

/** Which tab last showed each thread, so fill and reveal reach the page that has the item. */
const tabOfThread = new Map<string, number>();

export default defineBackground(() => {
  // Colour changes with time even when nothing is scanned; spikes and retention are periodic.
  void ensureAlarm('badge-refresh', 1);
  void ensureAlarm('early-warning', 15);
  void ensureAlarm('retention-prune', 24 * 60);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'badge-refresh') void refreshBadge();
    if (alarm.name === 'early-warning') void warnOfSpike();
    if (alarm.name === 'retention-prune') void pruneAutomatically(db, new Date());
  });
  browser.runtime.onInstalled.addListener(() => void presetDemo());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).then(refreshBadge));
  browser.commands.onCommand.addListener(openPanelOnCommand);

  onMessage('page/scanned', async ({ data, sender }) => {
    const now = new Date();
    const verdict = await applyScanHoldingOnQuota(
      browser.storage.session,
      data,
      { tabUrl: sender.tab?.url ?? sender.url },
      (scan, scanSender) => handlePageScan(db, scan, scanSender, now),
      now,
    );
    if (!verdict.accepted) {
      console.warn('[svara] refused page/scanned:', verdict.reason);
      if (verdict.reason === 'quota') await refreshBadge();
      return { accepted: false, reason: verdict.reason };
    }
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      if (verdict.scan.layout === 'recognised') {
        for (const item of verdict.scan.items) tabOfThread.set(item.threadKey, tabId);
      }
      await notePageHealth(tabId, sender.tab?.url ?? '', verdict.scan);
    }
    await refreshBadge();
    return { accepted: true };
  });

  onMessage('page/owners', async () => ({
    owners: effectiveOwners(await getSettings(db), DEMO_BUILD),
  }));

  onMessage('ui/items-changed', async ({ sender }) => {
    if (isOwnPage(sender)) await refreshBadge();
  });

  onMessage('ui/settings-changed', async ({ sender }) => {
    if (!isOwnPage(sender)) return;
    const owners = effectiveOwners(await getSettings(db), DEMO_BUILD);
    const tabs = await browser.tabs.query({});
    await Promise.allSettled(
      tabs.map((tab) => (tab.id ? sendMessage('tab/owners-changed', { owners }, tab.id) : null)),
    );
    await refreshBadge();
  });

  onMessage('ui/fill', async ({ data, sender }): Promise<FillResult> => {
    const request = parseMessage(fillRequestSchema, data);
    if (!isOwnPage(sender) || !request.ok) return { ok: false, reason: 'no-tab' };
    const tabId = await tabFor(request.value.threadKey);
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    return sendMessage('tab/fill', request.value, tabId).catch(() => ({
      ok: false as const,
      reason: 'no-tab' as const,
    }));
  });

  onMessage('ui/snapshot', async ({ sender }) => {
    if (!isOwnPage(sender)) return { ok: false, reason: 'no-tab' };
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id === undefined) return { ok: false, reason: 'no-tab' };
    return sendMessage('tab/snapshot', undefined, active.id).catch(() => ({
      ok: false as const,
      reason: 'not-a-platform-page' as const,
    }));
  });

  onMessage('ui/reveal', async ({ data, sender }) => {
    const ref = parseMessage(itemRefSchema, data);
    if (!isOwnPage(sender) || !ref.ok) return { found: false };
    const tabId = await tabFor(ref.value.threadKey);
    if (tabId === undefined) return { found: false };
    await browser.tabs.update(tabId, { active: true });
    return sendMessage('tab/reveal', ref.value, tabId).catch(() => ({ found: false }));
  });

  // The worker may have been stopped: the badge is always recomputed from Dexie on start.
  void refreshBadge();
});

async function ensureAlarm(name: string, periodInMinutes: number) {
  // Creating it again would restart the period on every worker start-up.
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { periodInMinutes });
}

async function warnOfSpike() {
  const warning = await checkEarlyWarning(db, new Date());
  await refreshBadge();
  if (!warning) return;
  const t = createBackgroundTranslator(pickLocale([browser.i18n.getUILanguage()]));
  await notifySpike(browser.notifications, warning, t);
}

async function refreshBadge() {
  const [badge, settings] = await Promise.all([computeBadge(db, new Date()), getSettings(db)]);
  const attention = await readAttention(browser.storage.session, settings, DEMO_BUILD);
  await showBadge(
    badgeApiOf(browser as unknown as Parameters<typeof badgeApiOf>[0]),
    badgeWithAttention(badge, attention),
  );
}

async function presetDemo() {
  if (!DEMO_BUILD) return;
  await updateSettings(db, (settings) => ({
    ...settings,
    demo: true,
    agentName: settings.agentName || 'Demo',
  }));
  await refreshBadge();
}

function isOwnPage(sender: { id?: string; url?: string; tab?: unknown }) {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

async function tabFor(threadKey: string): Promise<number | undefined> {
  const known = tabOfThread.get(threadKey);
  if (known !== undefined) return known;
  // After a worker restart the map is empty: the active tab of the focused window is the best guess.
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id;
}

async function notePageHealth(
  tabId: number,
  url: string,
  scan: { layout: 'recognised' | 'unknown'; surface: string; reason?: string },
) {
  const stored = await browser.storage.session.get(PAGE_HEALTH_KEY);
  const map = readPageHealthMap(stored[PAGE_HEALTH_KEY]);
  map[String(tabId)] = {
    tabId,
    url,
    surface: scan.surface as never,
    layout: scan.layout,
    reason: scan.reason,
    scannedAt: new Date().toISOString(),
  };
  await browser.storage.session.set({ [PAGE_HEALTH_KEY]: map });
}

async function forgetTab(tabId: number) {
  for (const [thread, tab] of tabOfThread) if (tab === tabId) tabOfThread.delete(thread);
  const stored = await browser.storage.session.get(PAGE_HEALTH_KEY);
  const map = readPageHealthMap(stored[PAGE_HEALTH_KEY]);
  delete map[String(tabId)];
  await browser.storage.session.set({ [PAGE_HEALTH_KEY]: map });
}
