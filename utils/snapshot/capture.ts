import type { OwnerIdentity } from '../model/owner';
import { mergeOwners } from '../platforms/owners';
import type { PlatformAdapter } from '../platforms/types';
import { Pseudonyms } from './pseudonyms';
import { sanitizeSnapshot } from './sanitize';
import type { PageSnapshot } from './schema';

/**
 * A bug-report snapshot of the page a person is looking at: its body sanitised, with
 * what detection made of it, names and ids replaced consistently in both.
 */
export function capturePageSnapshot(
  doc: Document,
  adapter: PlatformAdapter,
  owners: OwnerIdentity[],
  now: Date,
): PageSnapshot | null {
  const url = new URL(doc.location.href);
  const surface = adapter.surfaceOf(url);
  if (!surface) return null;
  const result = adapter.extract(doc, url, owners, now);
  const items = result.layout === 'recognised' ? result.items : [];
  const pseudonyms = new Pseudonyms(adapter.platform, adapter.snapshotKeeps.textPrefixes);
  // The whole body: the signed-in identity, Messenger's conversation list and LinkedIn's message
  // bubbles sit outside the main column, and detection on the snapshot must see what it saw.
  const container = doc.body;
  // The signed-in account and the owners are hidden wherever the page names them, even where
  // nothing detected is theirs (the "comment as" switcher, a greeting).
  const known = mergeOwners(owners, adapter.pageOwners(doc, url));
  const html = sanitizeSnapshot(container, {
    platform: adapter.platform,
    keeps: adapter.snapshotKeeps,
    items,
    extraPeople: known.map((owner) => ({ name: owner.name, profileUrl: owner.url })),
    pseudonyms,
    now,
    language: doc.documentElement.lang,
  });
  return {
    url: pseudonyms.url(url.href),
    capturedAt: now.toISOString(),
    platform: adapter.platform,
    surface,
    uiLanguage: doc.documentElement.lang || undefined,
    html,
    detected:
      result.layout === 'recognised'
        ? { layout: 'recognised', items: items.map((item) => pseudonyms.item(item)) }
        : { layout: 'unknown', reason: result.reason, items: [] },
  };
}
