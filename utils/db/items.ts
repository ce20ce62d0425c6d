import Dexie from 'dexie';
import { latestPostedAt, oneItemPerKey } from '../model/one-item-per-key';
import type { DetectedItem, Platform } from '../model/detected-item';
import type { DismissReason, Item } from '../model/item';
import type { ResponseLogEntry } from '../model/response-log';
import type { PageScan } from '../messaging/schemas';
import { editDistance } from '../stats/edit-distance';
import type { SvaraDatabase } from './database';
import { notePerson } from './people';
import { adjustWaitingCounts, readWaitingCount, WaitingDeltas } from './counters';

export interface ScanOutcome {
  created: number;
  answered: ResponseLogEntry[];
}

/**
 * Merges one page scan into the stored items: the background's only write path for what content
 * scripts see. Items in threads that are not ours, and our own replies, are not stored. An item
 * that is missing from a scan stays as it was (virtualised lists drop rows); only seeing the
 * owner's reply, or a person dismissing it, ends a wait.
 */
export async function applyPageScan(
  db: SvaraDatabase,
  scan: Extract<PageScan, { layout: 'recognised' }>,
  now: Date,
  agent: string,
  /**
   * Language, intent and sentiment of a new item, computed once when it is first seen; the
   * thread's language so far helps a short reply ("Tak!") that cannot tell its own.
   */
  classify?: (
    text: string,
    threadLanguage: string | undefined,
  ) => Pick<Item, 'language' | 'intent' | 'sentiment'>,
): Promise<ScanOutcome> {
  const nowIso = now.toISOString();
  const relevant = oneItemPerKey(scan.items).filter((item) => item.ownedThread && !item.byOwner);
  const outcome: ScanOutcome = { created: 0, answered: [] };

  await db.transaction('rw', [db.items, db.responses, db.people, db.counters], async () => {
    const stored = await db.items.bulkGet(relevant.map((item) => item.key));
    const writes: Item[] = [];
    const deltas = new WaitingDeltas();
    const threadLanguages = new Map<string, string>();
    for (const item of stored) {
      if (item?.language && item.language !== 'und')
        threadLanguages.set(item.threadKey, item.language);
    }
    for (const [index, detected] of relevant.entries()) {
      const existing = stored[index];
      if (!existing) {
        outcome.created += 1;
        const classified =
          classify && detected.text
            ? classify(detected.text, threadLanguages.get(detected.threadKey))
            : {};
        if (
          classified.language &&
          classified.language !== 'und' &&
          !threadLanguages.has(detected.threadKey)
        ) {
          threadLanguages.set(detected.threadKey, classified.language);
        }
        const item: Item = {
          ...detected,
          ...classified,
          status: detected.waiting ? 'waiting' : 'answered',
          firstSeenAt: nowIso,
          lastSeenAt: nowIso,
        };
        writes.push(item);
        if (item.status === 'waiting') deltas.entered(item.platform);
        await notePerson(db, item);
        continue;
      }
      const merged: Item = {
        ...existing,
        ...detected,
        // A text that has since been shortened on the page is whole again.
        truncated: detected.truncated,
        // Each scan bounds the posting time from below; together they bound it best.
        postedAt: latestPostedAt(existing.postedAt, detected.postedAt),
        status: existing.status,
        lastSeenAt: nowIso,
      };
      if (existing.status === 'waiting' && detected.answered) {
        merged.status = 'answered';
        merged.answeredAt = nowIso;
        deltas.left(existing.platform);
        merged.pendingSuggestion = undefined;
        const entry = responseFor(existing, now, agent, ownerReplyAfter(scan.items, detected));
        entry.id = await db.responses.add(entry);
        outcome.answered.push(entry);
      }
      // Once answered or dismissed, an item stays so: a rescan cannot reopen it.
      merged.waiting = merged.status === 'waiting';
      writes.push(merged);
    }
    await db.items.bulkPut(writes);
    await dropExpandedPlaceholders(db, relevant, deltas);
    await adjustWaitingCounts(db, deltas);
  });
  return outcome;
}

/** A collapsed-replies placeholder gives way to the real replies once they are shown. */
async function dropExpandedPlaceholders(
  db: SvaraDatabase,
  detected: DetectedItem[],
  deltas: WaitingDeltas,
) {
  const expandedParents = new Set(
    detected.filter((item) => !item.collapsed && item.parentKey).map((item) => item.parentKey!),
  );
  if (expandedParents.size === 0) return;
  const threadKeys = [...new Set(detected.map((item) => item.threadKey))];
  const placeholders = await db.items
    .where('threadKey')
    .anyOf(threadKeys)
    .filter((item) => !!item.collapsed && !!item.parentKey && expandedParents.has(item.parentKey))
    .toArray();
  for (const placeholder of placeholders) {
    if (placeholder.status === 'waiting') deltas.left(placeholder.platform);
  }
  await db.items.bulkDelete(placeholders.map((placeholder) => placeholder.key));
}

/** The owner's reply that answered an item: the first one after it in the same thread. */
function ownerReplyAfter(items: DetectedItem[], answered: DetectedItem): DetectedItem | undefined {
  const start = items.findIndex((item) => item.key === answered.key);
  return items.find(
    (item, index) => index > start && item.byOwner && item.threadKey === answered.threadKey,
  );
}

function responseFor(
  item: Item,
  now: Date,
  agent: string,
  ownerReply?: DetectedItem,
): ResponseLogEntry {
  const since = Date.parse(item.postedAt ?? item.firstSeenAt);
  const pending = item.pendingSuggestion;
  const sentText = ownerReply?.text || undefined;
  return {
    itemKey: item.key,
    platform: item.platform,
    kind: item.kind,
    respondedAt: now.toISOString(),
    waitedMs: Math.max(0, now.getTime() - since),
    agent: pending?.agent ?? agent,
    via: pending ? 'suggestion' : 'observed',
    templateId: pending?.templateId,
    suggestedText: pending?.suggestedText,
    sentText,
    editDistance:
      pending && sentText !== undefined
        ? (editDistance(pending.suggestedText, sentText) ?? undefined)
        : undefined,
    language: item.language,
    intent: item.intent,
  };
}

/** The popup's and badge's count: read from the counters, not by counting the index. */
export function countWaiting(db: SvaraDatabase, platform?: Platform) {
  return readWaitingCount(db, platform);
}

/**
 * The longest-waiting item, by when it was posted (else first seen): the earliest posted one from
 * its index, then items in first-seen order only while one could still be older (one without a
 * posted time, first seen before that). Items are seen after they are posted, so that walk
 * usually stops at its first item.
 */
export async function oldestWaiting(db: SvaraDatabase): Promise<Item | undefined> {
  const waitingRange = (index: string) =>
    db.items.where(index).between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey]);
  let oldest = await waitingRange('[status+postedAt]').first();
  await waitingRange('[status+firstSeenAt]')
    .until((item) => oldest !== undefined && item.firstSeenAt >= waitingSince(oldest))
    .each((item) => {
      if (item.postedAt === undefined) oldest = item;
    });
  return oldest;
}

export function waitingSince(item: Pick<Item, 'postedAt' | 'firstSeenAt'>): string {
  return item.postedAt ?? item.firstSeenAt;
}

export async function dismissItem(
  db: SvaraDatabase,
  key: string,
  reason: DismissReason,
  agent: string,
  now = new Date(),
) {
  await db.transaction('rw', db.items, db.responses, db.counters, async () => {
    const item = await db.items.get(key);
    if (!item || item.status !== 'waiting') return;
    await db.items.update(key, { status: 'dismissed', dismissReason: reason, waiting: false });
    await adjustWaitingCounts(db, new Map([[item.platform, -1]]));
    await db.responses.add({
      ...responseFor({ ...item, pendingSuggestion: undefined }, now, agent),
      via: 'dismissed',
      dismissReason: reason,
    });
  });
}

export async function assignItem(db: SvaraDatabase, key: string, assignee: string | undefined) {
  await db.items.update(key, { assignee });
}

/** Remembers the suggestion a person put into the reply box, for the log entry. */
export async function noteSuggestionFilled(
  db: SvaraDatabase,
  key: string,
  suggestion: { templateId?: string; suggestedText: string; agent: string },
  now = new Date(),
) {
  await db.items.update(key, {
    pendingSuggestion: { ...suggestion, filledAt: now.toISOString() },
  });
}
