import type { ItemStatus } from '../model/item';
import type { SharedItem } from './documents';

/**
 * How strongly a status settles an item: any decision beats waiting, and when two browsers
 * decided differently the one that did the most for the customer wins (an answer over an
 * escalation over a dismissal).
 */
const STATUS_RANK: Record<ItemStatus, number> = {
  waiting: 0,
  dismissed: 1,
  escalated: 2,
  answered: 3,
};

/** Fields that belong to the decision and travel with the winning status. */
type DecisionField = 'status' | 'answeredAt' | 'dismissReason';

/**
 * The one item two replicas' versions of `item:<key>` become. A join: commutative, associative
 * and idempotent, so every replica that has seen the same versions holds the same item, in
 * whatever order they arrived and however often.
 *
 * - status: the highest rank; answeredAt and dismissReason come from the versions with that
 *   status (the earliest answer, the first reason in sort order);
 * - firstSeenAt: the earliest;
 * - lastSeenAt and what the page showed (text, author, flags, understanding): from the version
 *   seen last.
 */
export function mergeSharedItems(a: SharedItem, b: SharedItem): SharedItem {
  if (a.key !== b.key) throw new Error(`cannot merge item ${a.key} with item ${b.key}`);
  const status = STATUS_RANK[a.status] >= STATUS_RANK[b.status] ? a.status : b.status;
  const decided = [a, b].filter((version) => version.status === status);
  const shown = compareShown(a, b) >= 0 ? a : b;
  return withoutUndefined({
    ...pageContent(shown),
    status,
    answeredAt: earliest(decided.map((version) => version.answeredAt)),
    dismissReason: decided
      .map((version) => version.dismissReason)
      .filter((reason) => reason !== undefined)
      .sort()[0],
    firstSeenAt: earliest([a.firstSeenAt, b.firstSeenAt])!,
    lastSeenAt: shown.lastSeenAt,
  });
}

/** Every version of one item merged; the order of `versions` does not matter. */
export function mergeAllSharedItems([first, ...rest]: [SharedItem, ...SharedItem[]]) {
  return rest.reduce(mergeSharedItems, first);
}

function pageContent(item: SharedItem): Omit<SharedItem, DecisionField | 'firstSeenAt'> {
  const { status, answeredAt, dismissReason, firstSeenAt, ...content } = item;
  return content;
}

/**
 * A total order on what versions showed: the later sighting, then (one instant spelled two ways)
 * the spelling, then the content, so the winner never depends on argument order.
 */
function compareShown(a: SharedItem, b: SharedItem): number {
  const byTime = Date.parse(a.lastSeenAt) - Date.parse(b.lastSeenAt);
  if (byTime !== 0) return byTime;
  if (a.lastSeenAt !== b.lastSeenAt) return a.lastSeenAt < b.lastSeenAt ? 1 : -1;
  const contentA = canonicalJson(pageContent(a));
  const contentB = canonicalJson(pageContent(b));
  return contentA === contentB ? 0 : contentA > contentB ? 1 : -1;
}

/** The earliest instant; of two spellings of one instant, the one that sorts first. */
function earliest(times: (string | undefined)[]): string | undefined {
  return times
    .filter((time) => time !== undefined)
    .sort((x, y) => Date.parse(x) - Date.parse(y) || (x < y ? -1 : x > y ? 1 : 0))[0];
}

/** JSON with object keys sorted, so equal values always print the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}
