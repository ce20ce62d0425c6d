import type { EntityTable } from 'dexie';
import type { Item } from '../model/item';
import { normaliseName } from '../platforms/owners';

/** Everyone who wrote to us, for engagement scores and "erase this person". */
export interface Person {
  id: string;
  platform: Item['platform'];
  name: string;
  profileUrl?: string;
  itemKeys: string[];
  lastSeenAt: string;
}

/** The part of the database this module uses (see SvaraDatabase for why not all of it). */
export interface PeopleTables {
  people: EntityTable<Person, 'id'>;
}

export function personIdOf(item: Pick<Item, 'platform' | 'author'>): string {
  return `${item.platform}:${item.author.profileUrl ?? normaliseName(item.author.name)}`;
}

/** Records that this person wrote this item; called inside the items write transaction. */
export async function notePerson(db: PeopleTables, item: Item) {
  const id = personIdOf(item);
  const seenAt = item.postedAt ?? item.firstSeenAt;
  const existing = await db.people.get(id);
  if (existing?.itemKeys.includes(item.key)) return;
  await db.people.put({
    id,
    platform: item.platform,
    name: item.author.name,
    profileUrl: item.author.profileUrl,
    itemKeys: [...(existing?.itemKeys ?? []), item.key],
    lastSeenAt: existing && existing.lastSeenAt > seenAt ? existing.lastSeenAt : seenAt,
  });
}
