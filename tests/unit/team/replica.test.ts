// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultToneGuide } from '../../../utils/tone/default-guide';
import { sharedItemSchema, type SharedItem } from '../../../utils/team/documents';
import { teamResponseFromEntry } from '../../../utils/team/mapping';
import { mergeAllSharedItems } from '../../../utils/team/merge';
import {
  listTeamGuideRevisions,
  putTeamResponse,
  putToneGuideRevision,
  readSharedItem,
  resolveAllItemConflicts,
  saveSharedItem,
} from '../../../utils/team/replica';
import { ulid } from '../../../utils/team/ulid';
import { detected } from '../../helpers/items';
import { memoryDatabase, syncOnce } from '../../helpers/team-pouch';
import { sharedItemVersion } from './arbitraries';

const opened: { destroy(): Promise<void> }[] = [];
function database(label: string) {
  const db = memoryDatabase(label);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const waiting: SharedItem = sharedItemSchema.parse({
  ...detected({ key: 'facebook:comment:1' }),
  status: 'waiting',
  firstSeenAt: '2026-11-20T10:00:00.000Z',
  lastSeenAt: '2026-11-20T10:00:00.000Z',
});

/** Both replicas sync, resolve what conflicts they see, and sync again until nothing changes. */
async function settle(alice: ReturnType<typeof database>, bob: ReturnType<typeof database>) {
  for (let round = 0; round < 5; round += 1) {
    await syncOnce(alice, bob);
    const resolved = (await resolveAllItemConflicts(alice)) + (await resolveAllItemConflicts(bob));
    if (resolved === 0) return;
  }
  throw new Error('the replicas did not settle in 5 rounds');
}

describe('items on two replicating PouchDB databases', () => {
  it('writes nothing when a rescan changes nothing', async () => {
    const db = database('alice');
    expect(await saveSharedItem(db, waiting)).toBe('written');
    expect(await saveSharedItem(db, waiting)).toBe('unchanged');
    expect(await saveSharedItem(db, { ...waiting, status: 'answered' })).toBe('written');
    expect(await saveSharedItem(db, waiting)).toBe('unchanged');
    expect((await readSharedItem(db, waiting.key))?.status).toBe('answered');
    expect((await db.get('item:facebook:comment:1'))._rev).toMatch(/^2-/);
  });

  it('settles a conflict to the same merged item on both sides', async () => {
    const alice = database('alice');
    const bob = database('bob');
    await saveSharedItem(alice, { ...waiting, firstSeenAt: '2026-11-20T10:02:00.000Z' });
    await saveSharedItem(bob, {
      ...waiting,
      status: 'answered',
      answeredAt: '2026-11-20T10:09:00.000Z',
      lastSeenAt: '2026-11-20T10:09:00.000Z',
    });
    await syncOnce(alice, bob);
    expect(
      (await alice.get('item:facebook:comment:1', { conflicts: true }))._conflicts,
    ).toHaveLength(1);

    await settle(alice, bob);
    for (const db of [alice, bob]) {
      const doc = await db.get('item:facebook:comment:1', { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
      expect(await readSharedItem(db, waiting.key)).toMatchObject({
        status: 'answered',
        firstSeenAt: '2026-11-20T10:00:00.000Z',
        answeredAt: '2026-11-20T10:09:00.000Z',
      });
    }
    expect(await readSharedItem(alice, waiting.key)).toEqual(
      await readSharedItem(bob, waiting.key),
    );
  });

  it('converges on the merge of every version, whatever each replica wrote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sharedItemVersion, { minLength: 1, maxLength: 3 }),
        fc.array(sharedItemVersion, { minLength: 1, maxLength: 3 }),
        async (aliceVersions, bobVersions) => {
          const alice = database('alice');
          const bob = database('bob');
          for (const version of aliceVersions) await saveSharedItem(alice, version);
          for (const version of bobVersions) await saveSharedItem(bob, version);
          await settle(alice, bob);
          const all = [...aliceVersions, ...bobVersions];
          const expected = mergeAllSharedItems([all[0]!, ...all.slice(1)]);
          expect(await readSharedItem(alice, expected.key)).toEqual(expected);
          expect(await readSharedItem(bob, expected.key)).toEqual(expected);
          await Promise.all(opened.splice(0).map((db) => db.destroy()));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('responses and tone-guide revisions', () => {
  it('keeps a response immutable: the same document again is fine, another is refused', async () => {
    const db = database('alice');
    const doc = teamResponseFromEntry(
      {
        itemKey: waiting.key,
        platform: 'facebook',
        kind: 'comment',
        respondedAt: '2026-11-20T10:05:00.000Z',
        waitedMs: 300_000,
        agent: 'Alice',
        via: 'manual',
      },
      ulid(Date.parse('2026-11-20T10:05:00.000Z')),
      'alice',
    );
    expect(await putTeamResponse(db, doc)).toBe('written');
    expect(await putTeamResponse(db, doc)).toBe('exists');
    await expect(
      putTeamResponse(db, { ...doc, response: { ...doc.response, agent: 'Mallory' } }),
    ).rejects.toThrow(/other content/);
  });

  it('numbers revisions in order and takes the next number after a 409', async () => {
    const db = database('server');
    const save = (by: string) =>
      putToneGuideRevision(db, {
        guide: defaultToneGuide,
        origin: 'editor',
        by,
        savedAt: '2026-11-20T10:00:00.000Z',
      });
    expect((await save('alice')).revision).toBe(1);
    expect((await save('alice')).revision).toBe(2);
    // Bob's browser read the newest revision before Alice saved both: his PUTs of 1 and 2 get
    // 409 and he lands on 3.
    const staleBob = Object.assign(Object.create(db) as typeof db, {
      allDocs: async () => ({ total_rows: 0, rows: [] }),
    });
    const bobs = await putToneGuideRevision(staleBob, {
      guide: defaultToneGuide,
      origin: 'import',
      by: 'bob',
      savedAt: '2026-11-20T10:01:00.000Z',
    });
    expect(bobs.revision).toBe(3);
    const history = await listTeamGuideRevisions(db);
    expect(history.map((doc) => [doc.revision, doc.by])).toEqual([
      [1, 'alice'],
      [2, 'alice'],
      [3, 'bob'],
    ]);
  });
});
