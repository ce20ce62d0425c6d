import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/schema';
import type { Item } from '../../../utils/model/item';
import { countWaiting, oldestWaiting } from '../../../utils/db/items';
import type { CounterRow } from '../../../utils/db/counters';

/** A row as each earlier version wrote it. */
const FIRST_ITEM: Item = {
  platform: 'facebook',
  kind: 'comment',
  key: 'facebook:comment:1',
  threadKey: 'facebook:post:1',
  author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
  text: 'Har ni öppet?',
  answered: false,
  byOwner: false,
  ownedThread: true,
  waiting: true,
  status: 'waiting',
  firstSeenAt: '2026-11-01T10:00:00.000Z',
  lastSeenAt: '2026-11-01T10:00:00.000Z',
};

const SECOND_VERSION_ITEMS: Item[] = [
  FIRST_ITEM,
  { ...FIRST_ITEM, key: 'linkedin:urn:li:comment:2', platform: 'linkedin' },
  { ...FIRST_ITEM, key: 'facebook:comment:3', status: 'answered', waiting: false },
];

const THIRD_VERSION = {
  items: [
    ...SECOND_VERSION_ITEMS,
    {
      ...FIRST_ITEM,
      key: 'facebook:comment:4',
      postedAt: '2026-10-30T09:00:00.000Z',
      firstSeenAt: '2026-11-02T10:00:00.000Z',
    },
  ],
  counters: [
    { key: 'waiting:facebook', value: 2 },
    { key: 'waiting:linkedin', value: 1 },
  ],
};

const WRITTEN_BY: Record<number, { items: Item[]; counters?: CounterRow[] }> = {
  1: { items: [FIRST_ITEM] },
  2: { items: SECOND_VERSION_ITEMS },
  3: THIRD_VERSION,
  // Version 4 added indexes only: its rows are version 3's.
  4: THIRD_VERSION,
};

describe.each(SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION))(
  'a database written by schema version $version',
  ({ version, stores }) => {
    it('opens with the current code, its data intact', async () => {
      const name = `migration-${version}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.table('items').bulkAdd(WRITTEN_BY[version].items);
      if (WRITTEN_BY[version].counters) {
        await old.table('counters').bulkAdd(WRITTEN_BY[version].counters);
      }
      await old.table('responses').add({ itemKey: 'facebook:comment:1', via: 'observed' });
      old.close();

      const db = new SvaraDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const byKey = (a: Item, b: Item) => a.key.localeCompare(b.key);
      expect((await db.items.toArray()).sort(byKey)).toEqual(
        [...WRITTEN_BY[version].items].sort(byKey),
      );
      expect(await db.responses.count()).toBe(1);
      // The upgrade to version 2 derives engagement from the items already stored.
      if (version < 2) {
        expect(await db.people.get('facebook:https://www.facebook.com/anna')).toMatchObject({
          itemKeys: ['facebook:comment:1'],
        });
      }
      // Version 3 keeps waiting counts beside the items.
      const waiting = WRITTEN_BY[version].items.filter((item) => item.status === 'waiting');
      expect(await countWaiting(db)).toBe(waiting.length);
      expect(await countWaiting(db, 'linkedin')).toBe(
        waiting.filter((item) => item.platform === 'linkedin').length,
      );
      // Version 4 finds the oldest waiting item from indexes built over the rows already there.
      const oldestPosted = WRITTEN_BY[version].items.find((item) => item.postedAt);
      expect((await oldestWaiting(db))?.key).toBe(oldestPosted?.key ?? FIRST_ITEM.key);
      await db.delete();
    });
  },
);

it('has an example of every earlier version', () => {
  for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) expect(WRITTEN_BY[version]).toBeDefined();
});
