import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvaraDatabase } from '../../../utils/db/database';
import { handlePageScan } from '../../../utils/background/scan-handler';
import { MAX_MESSAGE_BYTES } from '../../../utils/messaging/schemas';
import { MAX_TEXT_LENGTH } from '../../../utils/model/detected-item';
import { detected, scanOf } from '../../helpers/items';

const FB_TAB = { tabUrl: 'https://www.facebook.com/kanelkompaniet/posts/1' };
const NOW = new Date('2026-11-20T10:00:00Z');

describe('handlePageScan', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('accepts a well-formed scan from a page of its platform', async () => {
    const verdict = await handlePageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1' })]),
      FB_TAB,
      NOW,
    );
    expect(verdict.accepted).toBe(true);
    expect(await db.items.count()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown layout word', { ...scanOf([]), layout: 'maybe' }],
    ['an item without a key', { ...scanOf([]), items: [{ ...detected({ key: 'x' }), key: '' }] }],
    ['a bad postedAt', scanOf([detected({ key: 'facebook:comment:1', postedAt: 'yesterday' })])],
  ])('refuses %s with a reason and writes nothing', async (_what, data) => {
    const verdict = await handlePageScan(db, data, FB_TAB, NOW);
    expect(verdict).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('malformed'),
    });
    expect(await db.items.count()).toBe(0);
  });

  it('refuses an oversized message before parsing it', async () => {
    const huge = scanOf([
      detected({ key: 'facebook:comment:1', text: 'x'.repeat(MAX_MESSAGE_BYTES) }),
    ]);
    const verdict = await handlePageScan(db, huge, FB_TAB, NOW);
    expect(verdict).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('too large'),
    });
  });

  it('refuses items of another platform than the page that sent them', async () => {
    const fromLinkedIn = await handlePageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1' })]),
      { tabUrl: 'https://www.linkedin.com/feed/' },
      NOW,
    );
    expect(fromLinkedIn.accepted).toBe(false);
    const foreignKey = await handlePageScan(
      db,
      scanOf([detected({ key: 'linkedin:urn:li:comment:1' })]),
      FB_TAB,
      NOW,
    );
    expect(foreignKey.accepted).toBe(false);
    const noTab = await handlePageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1' })]),
      {},
      NOW,
    );
    expect(noTab.accepted).toBe(false);
    expect(await db.items.count()).toBe(0);
  });

  it('stores hostile text intact: markup, scripts, bidi controls and huge texts are data', async () => {
    const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>\u202Egnp.exe ${'🧡'.repeat(40_000)}`;
    await handlePageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1', text: hostile, author: { name: '<b>Eve</b>' } }),
      ]),
      FB_TAB,
      NOW,
    );
    const item = await db.items.get('facebook:comment:1');
    expect(item?.text).toBe(hostile);
    expect(item?.author.name).toBe('<b>Eve</b>');
  });

  it('keeps a 200,000-character comment cut and marked, and stores its neighbours whole', async () => {
    // 200,000 characters outside the BMP are 400,000 UTF-16 units, twice the cap; the leading
    // 'a' puts the cap between the two halves of a surrogate pair.
    const giant = `a${'😀'.repeat(199_999)}`;
    const verdict = await handlePageScan(
      db,
      scanOf([
        detected({ key: 'facebook:comment:1', text: 'Har ni öppet på söndag?' }),
        detected({ key: 'facebook:comment:2', text: giant }),
        detected({ key: 'facebook:comment:3', text: 'Tack för senast!' }),
      ]),
      FB_TAB,
      NOW,
    );
    expect(verdict.accepted).toBe(true);
    expect(await db.items.count()).toBe(3);
    const [first, big, third] = await db.items.bulkGet([
      'facebook:comment:1',
      'facebook:comment:2',
      'facebook:comment:3',
    ]);
    expect(big?.truncated).toBe(true);
    expect(big?.text.length).toBe(MAX_TEXT_LENGTH - 1);
    expect(big?.text === `a${'😀'.repeat((MAX_TEXT_LENGTH - 2) / 2)}`).toBe(true);
    expect(big?.text.isWellFormed()).toBe(true);
    expect([first?.text, first?.truncated]).toEqual(['Har ni öppet på söndag?', undefined]);
    expect([third?.text, third?.truncated]).toEqual(['Tack för senast!', undefined]);
  });

  it('keeps a text of exactly the cap whole, and unmarks one the page has since shortened', async () => {
    const atCap = 'x'.repeat(MAX_TEXT_LENGTH);
    const scan = (text: string) =>
      handlePageScan(db, scanOf([detected({ key: 'facebook:comment:1', text })]), FB_TAB, NOW);
    const stored = async () => {
      const item = await db.items.get('facebook:comment:1');
      return { length: item?.text.length, truncated: item?.truncated };
    };
    await scan(atCap);
    expect(await stored()).toEqual({ length: MAX_TEXT_LENGTH, truncated: undefined });
    await scan(`${atCap}y`);
    expect(await stored()).toEqual({ length: MAX_TEXT_LENGTH, truncated: true });
    await scan('Edited to something short');
    expect(await stored()).toEqual({ length: 25, truncated: undefined });
  });
});

describe('classification of new items', () => {
  it('stores the language, intent and sentiment the default guide finds', async () => {
    const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    await handlePageScan(
      db,
      scanOf([detected({ key: 'facebook:comment:1', text: 'Hej! Har ni öppet på söndag?' })]),
      FB_TAB,
      NOW,
    );
    expect(await db.items.get('facebook:comment:1')).toMatchObject({
      language: 'sv',
      intent: 'question',
    });
    await db.delete();
  });
});

describe('a short reply in a thread', () => {
  it('takes the language of the thread it is in', async () => {
    const db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
    await handlePageScan(
      db,
      scanOf([
        detected({
          key: 'facebook:comment:1',
          text: 'Jeg har ventet på min pakke i to uger nu, hvad sker der?',
        }),
        detected({ key: 'facebook:comment:2', text: 'Ok!' }),
      ]),
      FB_TAB,
      NOW,
    );
    expect((await db.items.get('facebook:comment:2'))?.language).toBe('da');
    await db.delete();
  });
});
