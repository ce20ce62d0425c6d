import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { applyPageScan, countWaiting, dismissItem } from '../../../utils/db/items';
import { erasePerson, eraseAll } from '../../../utils/backup/erase';
import { exportBackup, restoreBackup } from '../../../utils/backup/backup';
import { personIdOf } from '../../../utils/db/people';
import { readWaitingCounts } from '../../../utils/db/counters';
import { detected, scanOf } from '../../helpers/items';

const NOW = new Date('2026-11-20T10:00:00Z');
const PEOPLE = ['Anna', 'Bo', 'Cai'];

type Operation =
  | {
      op: 'scan';
      key: number;
      author: number;
      answered: boolean;
      collapsed: boolean;
      parent?: number;
    }
  | { op: 'dismiss'; key: number }
  | { op: 'erasePerson'; author: number }
  | { op: 'backupEraseRestore' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    op: fc.constant('scan' as const),
    key: fc.integer({ min: 1, max: 8 }),
    author: fc.integer({ min: 0, max: 2 }),
    answered: fc.boolean(),
    collapsed: fc.boolean(),
    parent: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('dismiss' as const), key: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('erasePerson' as const), author: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ op: fc.constant('backupEraseRestore' as const) }),
);

async function run(db: SvaraDatabase, step: Operation) {
  switch (step.op) {
    case 'scan': {
      const platform = step.key % 2 === 0 ? 'linkedin' : 'facebook';
      const item = detected({
        key: `${platform}:comment:${step.key}`,
        threadKey: `${platform}:post:1`,
        platform,
        author: { name: PEOPLE[step.author] },
        answered: step.answered,
        collapsed: step.collapsed || undefined,
        parentKey: step.parent ? `${platform}:comment:${step.parent}` : undefined,
      });
      await applyPageScan(db, { ...scanOf([item]), platform }, NOW, 'Eva');
      return;
    }
    case 'dismiss':
      for (const platform of ['facebook', 'linkedin']) {
        await dismissItem(db, `${platform}:comment:${step.key}`, 'spam', 'Eva', NOW);
      }
      return;
    case 'erasePerson':
      for (const platform of ['facebook', 'linkedin'] as const) {
        await erasePerson(db, personIdOf({ platform, author: { name: PEOPLE[step.author] } }));
      }
      return;
    case 'backupEraseRestore': {
      const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
      await eraseAll(db);
      expect((await restoreBackup(db, backup)).ok).toBe(true);
    }
  }
}

describe('waiting counters', () => {
  it('always equal what the items index counts, whatever the sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (steps) => {
        const db = new SvaraDatabase(`counters-${crypto.randomUUID()}`);
        try {
          for (const step of steps) {
            await run(db, step);
            const counts = await readWaitingCounts(db);
            for (const platform of ['facebook', 'linkedin'] as const) {
              const indexed = await db.items
                .where('[status+platform]')
                .equals(['waiting', platform])
                .count();
              expect(await countWaiting(db, platform)).toBe(indexed);
              expect(counts[platform]).toBe(indexed);
            }
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
