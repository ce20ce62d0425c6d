import type { EntityTable } from 'dexie';
import type { Item } from '../model/item';
import { personIdentityOf } from '../model/person';

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

/** The people table's key for an item's author (schema v6 on; see personIdentityOf). */
export function personIdOf(item: Pick<Item, 'platform' | 'author'>): string {
  return personIdentityOf(item.platform, item.author);
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

/**
 * People keyed by personIdentityOf, for rows written under an older key (schema v5 and earlier,
 * old backups): rows that now name the same person become one, with the items of both, the older
 * row's first as notePerson appends them, and the name and profile of the latest sighting.
 */
export function rekeyPeople(people: readonly Person[]): Person[] {
  const byId = new Map<string, Person>();
  const oldestFirst = [...people].sort((a, b) => a.lastSeenAt.localeCompare(b.lastSeenAt));
  for (const person of oldestFirst) {
    const id = personIdentityOf(person.platform, person);
    const known = byId.get(id);
    const itemKeys = known
      ? [...new Set([...known.itemKeys, ...person.itemKeys])]
      : person.itemKeys;
    byId.set(id, { ...person, id, itemKeys });
  }
  return [...byId.values()];
}
