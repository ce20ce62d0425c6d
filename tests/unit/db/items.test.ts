import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import {
  applyPageScan,
  assignItem,
  countWaiting,
  dismissItem,
  noteSuggestionFilled,
  oldestWaiting,
} from '../../../utils/db/items';
import { detected, scanOf } from '../../helpers/items';

const T0 = new Date('2026-11-20T10:00:00Z');
const T1 = new Date('2026-11-20T10:20:00Z');

describe('applyPageScan', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('keeps the latest of the posting times its scans read: each is the earliest possible', async () => {
    const key = 'facebook:comment:1';
    const at = (iso: string) => scanOf([detected({ key, postedAt: iso })]);
    const postedAt = async () => (await db.items.get(key))!.postedAt;
    // "1d" read at 10:00 (posted after 10:00 two days before), then at 20:00 the same day.
    await applyPageScan(db, at('2026-11-18T10:00:00.000Z'), T0, 'Eva');
    await applyPageScan(
      db,
      at('2026-11-18T20:00:00.000Z'),
      new Date('2026-11-20T20:00:00Z'),
      'Eva',
    );
    expect(await postedAt()).toBe('2026-11-18T20:00:00.000Z');
    // A coarser label later ("1w") does not move it back; the page's own date moves it on.
    await applyPageScan(
      db,
      at('2026-11-07T21:00:00.000Z'),
      new Date('2026-11-21T21:00:00Z'),
      'Eva',
    );
    expect(await postedAt()).toBe('2026-11-18T20:00:00.000Z');
    await applyPageScan(
      db,
      at('2026-11-19T08:30:00.000Z'),
      new Date('2026-11-21T22:00:00Z'),
      'Eva',
    );
    expect(await postedAt()).toBe('2026-11-19T08:30:00.000Z');
  });

  it('stores waiting items with firstSeenAt and leaves others’ threads and our own replies out', async () => {
    const outcome = await applyPageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1' }),
        detected({ key: 'facebook:comment:2', ownedThread: false }),
        detected({ key: 'facebook:comment:3', byOwner: true, author: { name: 'Kanelkompaniet' } }),
      ]),
      T0,
      'Eva',
    );
    expect(outcome.created).toBe(1);
    const stored = await db.items.toArray();
    expect(stored.map((item) => [item.key, item.status, item.firstSeenAt])).toEqual([
      ['facebook:comment:1', 'waiting', T0.toISOString()],
    ]);
    expect(await countWaiting(db)).toBe(1);
    expect(await countWaiting(db, 'linkedin')).toBe(0);
    expect(await db.people.count()).toBe(1);
  });

  it('answers a waiting item when the owner reply is seen, and logs it once with the sent text', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T0, 'Eva');
    const answeredScan = scanOf([
      detected({ key: 'facebook:comment:1', answered: true }),
      detected({
        key: 'facebook:comment:2',
        byOwner: true,
        parentKey: 'facebook:comment:1',
        text: 'Ja, 9–17!',
      }),
    ]);
    const outcome = await applyPageScan(db, answeredScan, T1, 'Eva');
    await applyPageScan(db, answeredScan, T1, 'Eva');
    expect(outcome.answered).toHaveLength(1);
    const item = await db.items.get('facebook:comment:1');
    expect(item).toMatchObject({
      status: 'answered',
      answeredAt: T1.toISOString(),
      waiting: false,
    });
    const log = await db.responses.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      itemKey: 'facebook:comment:1',
      via: 'observed',
      agent: 'Eva',
      waitedMs: 20 * 60_000,
      sentText: 'Ja, 9–17!',
    });
  });

  it('measures the wait from postedAt when the page showed it', async () => {
    const postedAt = '2026-11-20T09:00:00.000Z';
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1', postedAt })]), T0, 'Eva');
    await applyPageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1', postedAt, answered: true })]),
      T1,
      'Eva',
    );
    expect((await db.responses.toArray())[0].waitedMs).toBe(80 * 60_000);
  });

  it('logs a filled suggestion with its template and edit distance', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T0, 'Eva');
    await noteSuggestionFilled(db, 'facebook:comment:1', {
      templateId: 'sv-hours',
      suggestedText: 'Hej! Vi har öppet 9–17.',
      agent: 'Eva',
    });
    await applyPageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1', answered: true }),
        detected({ key: 'facebook:comment:2', byOwner: true, text: 'Hej! Vi har öppet 9–18.' }),
      ]),
      T1,
      'Eva',
    );
    expect((await db.responses.toArray())[0]).toMatchObject({
      via: 'suggestion',
      templateId: 'sv-hours',
      suggestedText: 'Hej! Vi har öppet 9–17.',
      sentText: 'Hej! Vi har öppet 9–18.',
      editDistance: 1,
    });
  });

  it('keeps items that scroll out of view as they were (virtualised lists)', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T0, 'Eva');
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:9' })]), T1, 'Eva');
    expect(await countWaiting(db)).toBe(2);
  });

  it('never reopens an answered or dismissed item', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T0, 'Eva');
    await dismissItem(db, 'facebook:comment:1', 'spam', 'Eva', T1);
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T1, 'Eva');
    expect((await db.items.get('facebook:comment:1'))?.status).toBe('dismissed');
    expect((await db.responses.toArray())[0]).toMatchObject({
      via: 'dismissed',
      dismissReason: 'spam',
    });
  });

  it('replaces a collapsed-replies placeholder once the real replies are shown', async () => {
    const placeholder = detected({
      key: 'facebook:comment:1:collapsed',
      parentKey: 'facebook:comment:1',
      collapsed: true,
      text: '',
      author: { name: 'Lars Nygaard' },
    });
    await applyPageScan(db, scanOf([placeholder]), T0, 'Eva');
    await applyPageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:7', parentKey: 'facebook:comment:1' })]),
      T1,
      'Eva',
    );
    expect((await db.items.toArray()).map((item) => item.key)).toEqual(['facebook:comment:7']);
  });

  it('two tabs reporting the same thread at once give one item and one log entry', async () => {
    await applyPageScan(db, scanOf([detected({ key: 'facebook:comment:1' })]), T0, 'Eva');
    const answered = scanOf([detected({ key: 'facebook:comment:1', answered: true })]);
    await Promise.all([
      applyPageScan(db, answered, T1, 'Eva'),
      applyPageScan(db, answered, T1, 'Eva'),
    ]);
    expect(await db.items.count()).toBe(1);
    expect(await db.responses.count()).toBe(1);
  });

  it('finds the oldest waiting item by postedAt, else firstSeenAt, and assigns', async () => {
    await applyPageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1' }),
        detected({ key: 'facebook:comment:2', postedAt: '2026-11-19T08:00:00.000Z' }),
      ]),
      T0,
      'Eva',
    );
    expect((await oldestWaiting(db))?.key).toBe('facebook:comment:2');
    await assignItem(db, 'facebook:comment:2', 'Nils');
    expect((await db.items.get('facebook:comment:2'))?.assignee).toBe('Nils');
  });
});
