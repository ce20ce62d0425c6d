import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readStoredWaitingCounts, readWaitingCounts } from '../../../utils/db/counters';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan } from '../../../utils/db/items';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { detected, scanOf } from '../../helpers/items';

const NOW = new Date('2026-11-20T10:00:00Z');
const names = async () => (await indexedDB.databases()).map((database) => database.name);

describe('readStoredWaitingCounts (the popup’s first read, without Dexie)', () => {
  it('reads what the counters hold', async () => {
    const name = `stored-${crypto.randomUUID()}`;
    const db = new SvaraDatabase(name);
    await applyPageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1' }),
        detected({ key: 'facebook:comment:2' }),
        detected({ key: 'linkedin:comment:3', platform: 'linkedin' }),
      ]),
      NOW,
      'Eva',
    );
    const expected = await readWaitingCounts(db);
    expect(expected).toEqual({ facebook: 2, linkedin: 1 });
    expect(await readStoredWaitingCounts(name)).toEqual(expected);
    // Its connection is closed: Dexie can still delete (or upgrade) the database.
    await db.delete();
  });

  it('creates no database where there is none', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    expect(await readStoredWaitingCounts(name)).toBeUndefined();
    expect(await names()).not.toContain(name);
  });

  it('answers nothing for a database written before the counters existed', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_VERSIONS[1].stores);
    await old.open();
    old.close();
    expect(await readStoredWaitingCounts(name)).toBeUndefined();
    await Dexie.delete(name);
  });

  it('ignores a counter that is not a count', async () => {
    const name = `odd-${crypto.randomUUID()}`;
    const db = new SvaraDatabase(name);
    await db.counters.put({ key: 'waiting:facebook', value: -3 });
    await db.counters.put({ key: 'waiting:linkedin', value: 4 });
    db.close();
    expect(await readStoredWaitingCounts(name)).toEqual({ facebook: 0, linkedin: 4 });
    await Dexie.delete(name);
  });
});
