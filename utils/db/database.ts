import Dexie, { type EntityTable } from 'dexie';
import type { Item } from '../model/item';
import type { ResponseLogEntry } from '../model/response-log';
import { recountWaitingIn, type CounterRow, type CounterTables } from './counters';
import type { ExemplarRecord, ExemplarTables } from './exemplars';
import { personIdOf, rekeyPeople, type Person, type PeopleTables } from './people';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import type { ToneGuideRevision, ToneGuideTables } from './tone-guides';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The modules whose rows and upgrades this class is built from (people, counters, tone guides,
 * exemplars) take only the tables they use, not SvaraDatabase, so none of them imports this file
 * back: utils/db has no import circle (tests/unit/db/no-import-circle.test.ts).
 */
export class SvaraDatabase
  extends Dexie
  implements PeopleTables, CounterTables, ToneGuideTables, ExemplarTables
{
  items!: EntityTable<Item, 'key'>;
  responses!: EntityTable<ResponseLogEntry, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  people!: EntityTable<Person, 'id'>;
  toneGuides!: EntityTable<ToneGuideRevision, 'revision'>;
  counters!: EntityTable<CounterRow, 'key'>;
  exemplars!: EntityTable<ExemplarRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    const [v1, v2, v3, v4, v5, v6] = SCHEMA_VERSIONS;
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version)
      .stores(v2.stores)
      .upgrade(async (tx) => {
        // v2 added `people`: derive it from the items stored so far, so no engagement is lost.
        const people = new Map<string, Person>();
        await tx.table<Item>('items').each((item) => {
          const id = personIdOf(item);
          const seenAt = item.postedAt ?? item.firstSeenAt;
          const person = people.get(id) ?? {
            id,
            platform: item.platform,
            name: item.author.name,
            profileUrl: item.author.profileUrl,
            itemKeys: [],
            lastSeenAt: seenAt,
          };
          person.itemKeys.push(item.key);
          if (seenAt > person.lastSeenAt) person.lastSeenAt = seenAt;
          people.set(id, person);
        });
        await tx.table<Person>('people').bulkPut([...people.values()]);
      });
    this.version(v3.version)
      .stores(v3.stores)
      .upgrade((tx) => recountWaitingIn(tx.table('items'), tx.table('counters')));
    this.version(v4.version).stores(v4.stores);
    this.version(v5.version).stores(v5.stores);
    this.version(v6.version)
      .stores(v6.stores)
      .upgrade(async (tx) => {
        const people = tx.table<Person>('people');
        const rekeyed = rekeyPeople(await people.toArray());
        await people.clear();
        await people.bulkPut(rekeyed);
      });
  }
}

/** The one database of the extension origin; content scripts never import this (DESIGN §1). */
export const db = new SvaraDatabase();
