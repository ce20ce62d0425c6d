import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlePageScan } from '../../../utils/background/scan-handler';
import { readWaitingCount } from '../../../utils/db/counters';
import { SvaraDatabase } from '../../../utils/db/database';
import type { OwnerIdentity } from '../../../utils/model/owner';
import { mergeOwners } from '../../../utils/platforms/owners';
import { adapterForUrl } from '../../../utils/platforms/registry';
import { loadFixtureCases, parseHtml } from '../../helpers/fixtures';

// Someone who names themself after the company, with their own profile address, is a customer:
// their text waits, is never `byOwner`, never answers the thread and is never logged as our
// reply. Each case also runs with the company's real address, so the test can tell the two.

const BAGERI: OwnerIdentity = {
  platform: 'facebook',
  name: 'Nordljus Bageri',
  url: 'https://www.facebook.com/nordljusbageri',
  source: 'options',
};
const NORDVIK: OwnerIdentity = {
  platform: 'linkedin',
  name: 'Nordvik Kaffe',
  url: 'https://www.linkedin.com/company/nordvik-kaffe/',
  source: 'options',
};

function fixture(name: string) {
  const found = loadFixtureCases().find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return { html: found.html, url: new URL(found.expected.url), now: new Date(found.expected.now) };
}

/** Extracts `doc` as the content script would and hands the scan to the background. */
async function scanInto(
  db: SvaraDatabase,
  doc: Document,
  url: URL,
  owners: OwnerIdentity[],
  now: Date,
) {
  const adapter = adapterForUrl(url)!;
  const result = adapter.extract(doc, url, mergeOwners(owners, adapter.pageOwners(doc, url)), now);
  if (result.layout !== 'recognised') throw new Error(result.reason);
  const scan = {
    layout: 'recognised',
    platform: adapter.platform,
    surface: adapter.surfaceOf(url),
    full: true,
    items: result.items,
    pageOwners: [],
  };
  const verdict = await handlePageScan(db, scan, { tabUrl: url.href }, now);
  if (!verdict.accepted) throw new Error(verdict.reason);
  return result.items;
}

/** Points the author links of `scope` at `address` and shows `name` in them. */
function reauthor(scope: Element, from: string, address: string, name: string) {
  for (const link of scope.querySelectorAll(`a[href*="${from}"]`)) {
    link.setAttribute('href', link.getAttribute('href')!.replace(from, address));
    const walker = scope.ownerDocument.createTreeWalker(link, 4 /* SHOW_TEXT */);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.textContent!.trim()) {
        text.textContent = name;
        break;
      }
    }
  }
}

describe('an impostor with the company name and another address', () => {
  let db: SvaraDatabase;
  beforeEach(() => {
    db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  describe('Facebook comments', () => {
    const { html, url, now } = fixture('facebook/facebook-post-some-answered');
    const REPLY = '[aria-label^="Reply by Nordljus Bageri to Anna"]';

    /** The page before the Page's reply to Anna, and the page with it by `address`. */
    function pages(address: string) {
      const before = parseHtml(html);
      before.querySelector(REPLY)!.parentElement!.remove();
      const after = parseHtml(html);
      const reply = after.querySelector(REPLY)!;
      // Facebook gives the "Author" badge to the post's author only.
      if (address !== 'nordljusbageri')
        reply.querySelector('[role="button"][aria-label]')!.remove();
      reauthor(reply, 'nordljusbageri?', `${address}?`, 'Nordljus Bageri');
      return { before, after };
    }

    it.each([
      ['the company', 'nordljusbageri', false],
      ['an impostor', 'nordljus.bageri.official', true],
    ])('a reply by %s', async (_who, address, impostor) => {
      const { before, after } = pages(address);
      await scanInto(db, before, url, [BAGERI], now);
      expect((await db.items.get('facebook:comment:5552001'))?.status).toBe('waiting');
      const waitingBefore = await readWaitingCount(db, 'facebook');

      const items = await scanInto(db, after, url, [BAGERI], now);
      const reply = items.find((item) => item.key === 'facebook:comment:5552002')!;
      expect(reply.author).toEqual({
        name: 'Nordljus Bageri',
        profileUrl: `https://www.facebook.com/${address}`,
      });
      expect(reply.byOwner).toBe(!impostor);
      expect(reply.waiting).toBe(impostor);
      const anna = await db.items.get('facebook:comment:5552001');
      expect(anna?.status).toBe(impostor ? 'waiting' : 'answered');
      expect((await db.items.get('facebook:comment:5552002'))?.status).toBe(
        impostor ? 'waiting' : undefined,
      );
      expect(await readWaitingCount(db, 'facebook')).toBe(waitingBefore + (impostor ? 1 : -1));
      const log = await db.responses.toArray();
      expect(log.map((entry) => [entry.itemKey, entry.sentText])).toEqual(
        impostor
          ? []
          : [['facebook:comment:5552001', 'Saturdays and Sundays 5–13. Send us a message!']],
      );
    });
  });

  describe('LinkedIn comments', () => {
    const { html, url, now } = fixture('linkedin/feed-sdui-some-answered');
    const REPLY = '[componentkey$=",7260000000000000102)"]';
    const ANNA = 'linkedin:urn:li:comment:(activity:7260000000000000001,7260000000000000101)';
    const REPLY_KEY = 'linkedin:urn:li:comment:(activity:7260000000000000001,7260000000000000102)';

    function pages(address: string) {
      const before = parseHtml(html);
      before.querySelector(REPLY)!.remove();
      const after = parseHtml(html);
      reauthor(after.querySelector(REPLY)!, 'in/maja-holm-7c1d2e/', address, 'Nordvik Kaffe');
      return { before, after };
    }

    it.each([
      ['the company', 'company/nordvik-kaffe/', false],
      ['an impostor', 'in/nordvik-kaffe-1a2b3c/', true],
    ])('a reply by %s', async (_who, address, impostor) => {
      const { before, after } = pages(address);
      await scanInto(db, before, url, [NORDVIK], now);
      expect((await db.items.get(ANNA))?.status).toBe('waiting');
      const waitingBefore = await readWaitingCount(db, 'linkedin');

      const items = await scanInto(db, after, url, [NORDVIK], now);
      const reply = items.find((item) => item.key === REPLY_KEY)!;
      expect(reply.author).toEqual({
        name: 'Nordvik Kaffe',
        profileUrl: `https://www.linkedin.com/${address}`,
      });
      expect(reply.byOwner).toBe(!impostor);
      expect(reply.waiting).toBe(impostor);
      expect((await db.items.get(ANNA))?.status).toBe(impostor ? 'waiting' : 'answered');
      expect(await readWaitingCount(db, 'linkedin')).toBe(waitingBefore + (impostor ? 1 : -1));
      const log = await db.responses.toArray();
      expect(log.map((entry) => [entry.itemKey, entry.sentText])).toEqual(
        impostor ? [] : [[ANNA, 'Yes, 250 g and 1 kg.']],
      );
    });
  });

  describe('messages', () => {
    it.each([
      ['facebook/facebook-messenger-last-message-theirs', 'Anna Lindqvist', BAGERI],
      ['linkedin/messaging-last-message-theirs', 'Erik Lund', NORDVIK],
    ])(
      '%s: a conversation with someone named as the company waits',
      async (name, person, owner) => {
        const { html, url, now } = fixture(name);
        // The name everywhere the page shows it, and on LinkedIn a profile address of their own.
        const slug = person.toLowerCase().replace(' ', '-');
        const impostorHtml = html
          .replaceAll(person, owner.name)
          .replaceAll(`/in/${slug}-`, '/in/nordvik-kaffe-');
        const plain = await scanInto(db, parseHtml(html), url, [owner], now);
        const waitingPlain = await readWaitingCount(db, owner.platform);
        await db.delete();
        db = new SvaraDatabase(`test-${crypto.randomUUID()}`);

        const items = await scanInto(db, parseHtml(impostorHtml), url, [owner], now);
        const conversation = items.find((item) => item.author.name === owner.name)!;
        expect(conversation).toMatchObject({ byOwner: false, answered: false, waiting: true });
        expect(items.map((item) => item.waiting)).toEqual(plain.map((item) => item.waiting));
        expect(await readWaitingCount(db, owner.platform)).toBe(waitingPlain);
        expect((await db.items.get(conversation.key))?.status).toBe('waiting');
        expect(await db.responses.count()).toBe(0);
      },
    );
  });
});
