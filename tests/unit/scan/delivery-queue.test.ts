import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_SCAN, type PageScan } from '../../../utils/messaging/schemas';
import {
  DELIVERY_BACKOFF_MS,
  ScanDeliveryQueue,
  supersede,
} from '../../../utils/scan/delivery-queue';
import { detected, scanOf } from '../../helpers/items';

const PAGE = 'https://www.facebook.com/kanelkompaniet/posts/1';
const unknownLayout: PageScan = {
  layout: 'unknown',
  platform: 'facebook',
  surface: 'facebook-post',
  reason: 'no comment list',
};

const inThread = (thread: number, key: string, text = 'Hej') =>
  detected({ key: `facebook:comment:${key}`, threadKey: `facebook:post:${thread}`, text });

const keysOf = (scans: PageScan[]) =>
  scans.map((scan) => (scan.layout === 'recognised' ? scan.items.map((i) => i.key) : 'unknown'));

describe('supersede', () => {
  it('replaces the items a newer scan renews and keeps the ones it does not mention', () => {
    const older = scanOf([inThread(1, 'a'), inThread(1, 'b'), inThread(2, 'c')]);
    const newer = scanOf([inThread(1, 'a', 'Hej igen'), inThread(1, 'd')], false);
    const [merged, ...rest] = supersede([older], newer);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ layout: 'recognised', full: true });
    const items = merged!.layout === 'recognised' ? merged!.items : [];
    // The renewed items go last, in the newer scan's order: a reply stays after what it answers.
    expect(items.map((item) => [item.key, item.text])).toEqual([
      ['facebook:comment:b', 'Hej'],
      ['facebook:comment:c', 'Hej'],
      ['facebook:comment:a', 'Hej igen'],
      ['facebook:comment:d', 'Hej'],
    ]);
  });

  it('keeps unsent items when a later full scan reports nothing new', () => {
    const pending = supersede([], scanOf([inThread(1, 'a')], false));
    expect(keysOf(supersede(pending, scanOf([], true)))).toEqual([['facebook:comment:a']]);
  });

  it('lets a newer layout report replace older ones, but never the items before it', () => {
    const withItems = supersede([], scanOf([inThread(1, 'a')]));
    const afterUnknown = supersede(withItems, unknownLayout);
    expect(keysOf(afterUnknown)).toEqual([['facebook:comment:a'], 'unknown']);
    expect(keysOf(supersede(afterUnknown, unknownLayout))).toEqual([
      ['facebook:comment:a'],
      'unknown',
    ]);
    // A recognised page again: the stale unknown report goes, the items stay.
    expect(keysOf(supersede(afterUnknown, scanOf([inThread(2, 'b')], false)))).toEqual([
      ['facebook:comment:a'],
      ['facebook:comment:b'],
    ]);
    expect(keysOf(supersede([scanOf([])], unknownLayout))).toEqual(['unknown']);
  });

  it('does not merge past what the background accepts in one message', () => {
    const many = Array.from({ length: MAX_ITEMS_PER_SCAN }, (_, index) =>
      inThread(index, `${index}`),
    );
    const pending = supersede([], scanOf(many));
    const next = supersede(pending, scanOf([inThread(-1, 'extra')], false));
    expect(next.map((scan) => (scan.layout === 'recognised' ? scan.items.length : 0))).toEqual([
      MAX_ITEMS_PER_SCAN,
      1,
    ]);
  });
});

/** A background whose replies the test gives, and a clock the test moves. */
function harness() {
  const sent: { scan: PageScan; reply: (value: unknown) => void; fail: () => void }[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const pauses: number[] = [];
  const queue = new ScanDeliveryQueue({
    send: (scan) =>
      new Promise((resolve, reject) => {
        sent.push({ scan, reply: resolve, fail: () => reject(new Error('port closed')) });
      }),
    schedule: (retry, ms) => {
      pauses.push(ms);
      const timer = { at: now + ms, run: retry };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  async function advance(ms: number) {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
    await settle();
  }
  const last = () => sent.at(-1)!;
  return { queue, sent, pauses, timers, advance, settle, last, elapsed: () => now };
}

describe('ScanDeliveryQueue', () => {
  it('keeps a scan until the background acknowledges it', async () => {
    const { queue, sent, last, settle } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    expect(sent).toHaveLength(1);
    expect(queue.size).toBe(1);
    last().reply({ accepted: true });
    await settle();
    expect(queue.size).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('does not count a reply that is not an acknowledgement', async () => {
    const { queue, sent, last, advance, settle } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    for (const reply of [undefined, { ok: true }, { accepted: 'yes' }, { accepted: false }]) {
      last().reply(reply);
      await settle();
      expect(queue.size, JSON.stringify(reply)).toBe(1);
      await advance(DELIVERY_BACKOFF_MS.at(-1)!);
    }
    expect(sent).toHaveLength(5);
    last().reply({ accepted: false, reason: 'malformed page/scanned' });
    await settle();
    expect(queue.size).toBe(0);
  });

  it('sends again, with growing pauses and without end, until a worker answers', async () => {
    const { queue, sent, pauses, last, advance, elapsed } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    // A minute of stopped workers: far past the old retries' five seconds.
    while (elapsed() < 60_000) {
      last().fail();
      await advance(0);
      await advance(pauses.at(-1)!);
    }
    expect(pauses.slice(0, DELIVERY_BACKOFF_MS.length)).toEqual([...DELIVERY_BACKOFF_MS]);
    expect(new Set(pauses.slice(DELIVERY_BACKOFF_MS.length))).toEqual(
      new Set([DELIVERY_BACKOFF_MS.at(-1)]),
    );
    expect(new Set(sent.map((attempt) => attempt.scan))).toEqual(new Set([sent[0]!.scan]));
    last().reply({ accepted: true });
    await advance(0);
    expect(queue.size).toBe(0);
  });

  it('has one scan in flight and sends what arrived meanwhile merged, after the ack', async () => {
    const { queue, sent, last, settle } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    queue.enqueue(PAGE, scanOf([inThread(2, 'b')], false));
    queue.enqueue(PAGE, scanOf([inThread(3, 'c')], false));
    expect(sent).toHaveLength(1);
    last().reply({ accepted: true });
    await settle();
    // The merged scan holds the first one's items too: applying them again is harmless.
    expect(sent).toHaveLength(2);
    expect(keysOf([last().scan])).toEqual([
      ['facebook:comment:a', 'facebook:comment:b', 'facebook:comment:c'],
    ]);
    expect(queue.size).toBe(1);
    last().reply({ accepted: true });
    await settle();
    expect(queue.size).toBe(0);
  });

  it('resends the newest state of a page after a failure, not each stale scan', async () => {
    const { queue, sent, last, advance } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a', 'v1')]));
    last().fail();
    await advance(0);
    queue.enqueue(PAGE, scanOf([inThread(1, 'a', 'v2')], false));
    expect(sent).toHaveLength(1);
    await advance(DELIVERY_BACKOFF_MS[0]);
    expect(sent).toHaveLength(2);
    const resent = last().scan;
    expect(resent.layout === 'recognised' && resent.items.map((i) => i.text)).toEqual(['v2']);
  });

  it('delivers every page, each in order', async () => {
    const { queue, sent, last, settle } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    queue.enqueue(`${PAGE}?comment_id=2`, scanOf([inThread(2, 'b')]));
    queue.enqueue(PAGE, unknownLayout);
    const delivered: unknown[] = [];
    while (queue.size > 0) {
      delivered.push(keysOf([last().scan])[0]);
      last().reply({ accepted: true });
      await settle();
    }
    expect(delivered).toEqual([['facebook:comment:a'], 'unknown', ['facebook:comment:b']]);
    expect(sent).toHaveLength(3);
  });

  it('stops retrying once the extension is gone', async () => {
    const { queue, sent, timers, last, advance } = harness();
    queue.enqueue(PAGE, scanOf([inThread(1, 'a')]));
    last().fail();
    await advance(0);
    expect(timers).toHaveLength(1);
    queue.stop();
    expect(timers).toHaveLength(0);
    queue.enqueue(PAGE, scanOf([inThread(2, 'b')]));
    await advance(60_000);
    expect(sent).toHaveLength(1);
  });
});
