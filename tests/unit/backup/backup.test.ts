import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../utils/backup/backup';
import { eraseAll, erasePerson } from '../../../utils/backup/erase';
import { SvaraDatabase } from '../../../utils/db/database';
import { getSettings, saveSettings } from '../../../utils/db/settings';
import { saveToneGuide } from '../../../utils/db/tone-guides';
import { defaultSettings } from '../../../utils/model/settings';
import { fillDatabase, logEntry, savedGuide, snapshot, storedItem } from './fixtures';

/** What a user's file holds: the backup after a trip through JSON. */
async function backupFile(db: SvaraDatabase): Promise<unknown> {
  return JSON.parse(JSON.stringify(await exportBackup(db, new Date('2026-11-22T12:00:00Z'))));
}

describe('backup and restore', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('exports every table with the format header', async () => {
    await fillDatabase(db);
    const backup = await exportBackup(db, new Date('2026-11-22T12:00:00Z'));
    expect(backup.format).toBe('svara-backup');
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe('2026-11-22T12:00:00.000Z');
    expect(backup.items).toHaveLength(3);
    expect(backup.responses).toHaveLength(2);
    expect(backup.people).toHaveLength(2);
    expect(backup.toneGuides.map((revision) => revision.guide)).toEqual([
      savedGuide('Varm'),
      savedGuide('Varm och kort'),
    ]);
    expect(backup.settings.targetMinutes).toBe(30);
  });

  it('round trip: export, erase all, restore reproduces items, log, tone guides and settings', async () => {
    await fillDatabase(db);
    const before = await snapshot(db);
    const file = await backupFile(db);

    await eraseAll(db);
    expect(await db.items.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);

    const result = await restoreBackup(db, file);
    expect(result).toEqual({
      ok: true,
      counts: { items: 3, responses: 2, people: 2, toneGuides: 2, settings: true },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('restoring twice adds nothing the second time', async () => {
    await fillDatabase(db);
    const file = await backupFile(db);
    await eraseAll(db);
    await restoreBackup(db, file);
    const once = await snapshot(db);

    const again = await restoreBackup(db, file);
    expect(again).toEqual({
      ok: true,
      counts: { items: 0, responses: 0, people: 0, toneGuides: 0, settings: false },
    });
    expect(await snapshot(db)).toEqual(once);
  });

  it('merges into an existing database: stored rows stay, missing ones are added once', async () => {
    await fillDatabase(db);
    const file = await backupFile(db);
    const other = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    try {
      const answeredLater = storedItem({ key: 'fb:2', status: 'answered', waiting: false });
      await other.items.add(answeredLater);
      await other.responses.add(logEntry({ itemKey: 'fb:9' }));
      await saveToneGuide(other, savedGuide('Formell'), 'editor', new Date('2026-11-15T08:00:00Z'));
      await saveSettings(other, { ...defaultSettings, agentName: 'Olle', colleagues: ['Eva'] });

      const result = await restoreBackup(other, file);
      expect(result).toEqual({
        ok: true,
        counts: { items: 2, responses: 2, people: 2, toneGuides: 2, settings: true },
      });
      expect((await other.items.get('fb:2'))?.status).toBe('answered');
      expect(await other.responses.count()).toBe(3);
      // Ids 1 was taken, so the restored entries are numbered after the stored one.
      expect((await other.responses.toArray()).map((entry) => entry.id)).toEqual([1, 2, 3]);
      const settings = await getSettings(other);
      expect(settings.agentName).toBe('Olle');
      expect(settings.colleagues).toEqual(['Eva', 'Olle']);
      expect(settings.owners.map((owner) => owner.name)).toEqual(['Kanelkompaniet']);
      expect(await other.toneGuides.count()).toBe(3);
    } finally {
      await other.delete();
    }
  });

  it('restores people of a backup written before schema v6 under the current keys, merged', async () => {
    await fillDatabase(db);
    const file = (await backupFile(db)) as { items: unknown[]; people: unknown[] };
    // Åsa once more, linked from the mobile site; the old code keyed people by the link as
    // written and by the bare name.
    file.items.push(
      storedItem({
        key: 'fb:3',
        author: { name: 'Åsa Öberg', profileUrl: 'https://m.facebook.com/Asa?ref=comment' },
        postedAt: '2026-11-21T09:00:00.000Z',
      }),
    );
    file.people = [
      {
        id: 'facebook:https://www.facebook.com/asa',
        platform: 'facebook',
        name: 'Åsa Öberg',
        profileUrl: 'https://www.facebook.com/asa',
        itemKeys: ['fb:1', 'fb:2'],
        lastSeenAt: '2026-11-20T09:55:00+01:00',
      },
      {
        id: 'facebook:https://m.facebook.com/Asa?ref=comment',
        platform: 'facebook',
        name: 'Åsa Öberg',
        profileUrl: 'https://m.facebook.com/Asa?ref=comment',
        itemKeys: ['fb:3'],
        lastSeenAt: '2026-11-21T09:00:00.000Z',
      },
      {
        id: 'linkedin:bo ek',
        platform: 'linkedin',
        name: 'Bo Ek',
        itemKeys: ['li:1'],
        lastSeenAt: '2026-11-20T10:00:00.000Z',
      },
    ];
    await eraseAll(db);

    expect(await restoreBackup(db, file)).toMatchObject({ ok: true, counts: { people: 2 } });
    const people = await db.people.orderBy('id').toArray();
    expect(people.map((person) => [person.id, person.itemKeys, person.lastSeenAt])).toEqual([
      [
        'facebook:https://www.facebook.com/asa',
        ['fb:1', 'fb:2', 'fb:3'],
        '2026-11-21T09:00:00.000Z',
      ],
      ['linkedin:name:bo ek', ['li:1'], '2026-11-20T10:00:00.000Z'],
    ]);

    // Restored over rows kept under the current keys, nothing is doubled.
    expect(await restoreBackup(db, file)).toMatchObject({ ok: true, counts: { people: 0 } });
    expect(await db.people.count()).toBe(2);
    expect(await erasePerson(db, people[0]!.id)).toMatchObject({ items: 3 });
    expect((await db.items.toArray()).map((item) => item.key)).toEqual(['li:1']);
  });

  it('refuses a malformed backup with every problem and its path, and writes nothing', async () => {
    await fillDatabase(db);
    const file = (await backupFile(db)) as Record<string, unknown> & {
      items: Record<string, unknown>[];
      responses: Record<string, unknown>[];
    };
    file.items[1]!.platform = 'myspace';
    file.responses[0]!.waitedMs = -5;
    file.items.push({ ...file.items[0]! });
    delete file.exportedAt;
    const before = await snapshot(db);

    const result = await restoreBackup(db, file);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['exportedAt', 'items[1].platform', 'responses[0].waitedMs']),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports duplicate keys inside one backup', async () => {
    await fillDatabase(db);
    const file = (await backupFile(db)) as { items: unknown[] };
    file.items.push(file.items[0]);
    const result = await restoreBackup(db, file);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'items[3]',
          message: 'duplicate key fb:1',
          messageKey: 'backupDuplicateKey',
          params: { key: 'fb:1' },
        },
      ],
    });
  });

  it('refuses what is not a backup at all', async () => {
    expect(await restoreBackup(db, 'hello')).toMatchObject({
      ok: false,
      problems: [{ path: '' }],
    });
    const other = await restoreBackup(db, { format: 'other', version: 2 });
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.problems.map((problem) => problem.path)).toEqual([
        'format',
        'version',
        'exportedAt',
        'items',
        'responses',
        'people',
        'toneGuides',
        'settings',
      ]);
    }
  });
});
