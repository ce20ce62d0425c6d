import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchPost, COMMENT_LIST, newCommentsHtml } from '../../../scripts/bench/pages';
import { postUrl, renderComment, renderPost } from '../../../scripts/demo/facebook-markup';
import { KANELKOMPANIET } from '../../../scripts/demo/kanelkompaniet';
import type { PageScan } from '../../../utils/messaging/schemas';
import type { OwnerIdentity } from '../../../utils/model/owner';
import { facebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { PageScanner, type PageScannerOptions } from '../../../utils/scan/page-scanner';

const OWNERS: OwnerIdentity[] = [
  {
    platform: 'facebook',
    name: KANELKOMPANIET.name,
    url: `https://www.facebook.com/${KANELKOMPANIET.slug}`,
    source: 'options',
  },
];
const COMMENTS = 300;
const NOW = new Date();

type Recognised = Extract<PageScan, { layout: 'recognised' }>;

function showBigPost() {
  const post = benchPost(COMMENTS, '7310000000000300');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(postUrl(post));
  document.body.innerHTML = `<div role="main">${renderPost(post)}</div>`;
  return post;
}

function scannerOf(reports: Recognised[], slices?: PageScannerOptions['slices']) {
  return new PageScanner({
    adapter: facebookAdapter,
    document,
    report: (scan) => {
      if (scan.layout === 'recognised') reports.push(scan);
    },
    fullRescanThrottleMs: 60_000,
    now: () => NOW,
    slices,
  });
}

/** A big Kanelkompaniet post in the test document, scanned by a started PageScanner. */
async function startOnBigPost() {
  const post = showBigPost();
  const reports: Recognised[] = [];
  const scanner = scannerOf(reports);
  scanner.start(OWNERS);
  await vi.waitFor(() => expect(reports).toHaveLength(1));
  const extract = vi.spyOn(facebookAdapter, 'extract');
  return { post, reports, scanner, extract };
}

/** The comment article of the post's `index`th top-level comment. */
function topLevelArticle(index: number): Element {
  return document.querySelector(COMMENT_LIST)!.children[index].firstElementChild!;
}

/** Comment articles under each root the adapter was asked to extract. */
function articlesPerExtract(extract: {
  mock: { calls: Parameters<typeof facebookAdapter.extract>[] };
}) {
  return extract.mock.calls.map(
    ([root]) => root.querySelectorAll('[role="article"][aria-label]').length,
  );
}

describe('PageScanner on a big Facebook post', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
  });

  it('reads the whole post once on start', async () => {
    const { reports, scanner } = await startOnBigPost();
    stop = () => scanner.stop();
    expect(reports).toHaveLength(1);
    expect(reports[0].full).toBe(true);
    expect(reports[0].items).toHaveLength(COMMENTS);
  });

  it('rescans only the threads of appended comments', async () => {
    const { post, reports, scanner, extract } = await startOnBigPost();
    stop = () => scanner.stop();
    const list = document.querySelector(COMMENT_LIST)!;
    list.insertAdjacentHTML('beforeend', newCommentsHtml(post, 3, 0));
    await vi.waitFor(() => expect(reports).toHaveLength(2));

    // One extraction per new top-level comment, each of one comment, not of the 300.
    expect(articlesPerExtract(extract)).toEqual([1, 1, 1]);
    const scan = reports[1];
    expect(scan.full).toBe(false);
    expect(scan.items.map((item) => item.key)).toEqual([
      'facebook:comment:9300000000',
      'facebook:comment:9300000001',
      'facebook:comment:9300000002',
    ]);
    expect(scan.items.every((item) => item.waiting && item.ownedThread)).toBe(true);
    expect(new Set(scan.items.map((item) => item.threadKey))).toEqual(
      new Set(['facebook:post:7310000000000300']),
    );
  });

  it("sends an owner reply with the rest of its comment's thread, which it answers", async () => {
    const { post, reports, scanner, extract } = await startOnBigPost();
    stop = () => scanner.stop();
    // The second top-level comment (i = 1): a customer's, unanswered, without replies.
    const customer = post.comments[1];
    const article = topLevelArticle(1);
    expect(article.getAttribute('aria-label')).toContain(`Comment by ${customer.author.name}`);
    const before = reports[0].items.find((item) => item.key === `facebook:comment:${customer.id}`);
    expect(before).toMatchObject({ waiting: true, answered: false });
    const replies = article.nextElementSibling!;
    replies.insertAdjacentHTML(
      'beforeend',
      renderComment(
        post,
        { id: '8600000001', author: KANELKOMPANIET, text: 'Ja, 9–16!', minutesAgo: 0 },
        customer,
      ),
    );
    await vi.waitFor(() => expect(reports).toHaveLength(2));

    expect(articlesPerExtract(extract)).toEqual([2]);
    expect(
      reports[1].items.map(({ key, answered, waiting, byOwner, parentKey }) => ({
        key,
        answered,
        waiting,
        byOwner,
        parentKey,
      })),
    ).toEqual([
      {
        key: `facebook:comment:${customer.id}`,
        answered: true,
        waiting: false,
        byOwner: false,
        parentKey: undefined,
      },
      {
        key: 'facebook:comment:8600000001',
        answered: false,
        waiting: false,
        byOwner: true,
        parentKey: `facebook:comment:${customer.id}`,
      },
    ]);
  });

  it('reports a thread once when several changes land in it', async () => {
    const { post, reports, scanner, extract } = await startOnBigPost();
    stop = () => scanner.stop();
    const list = document.querySelector(COMMENT_LIST)!;
    list.insertAdjacentHTML('beforeend', newCommentsHtml(post, 1, 7));
    const added = list.lastElementChild!;
    // In the same task: a reply box opening inside the new comment's thread.
    added.lastElementChild!.insertAdjacentHTML('beforeend', '<div><form></form></div>');
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(articlesPerExtract(extract)).toEqual([1]);
    expect(reports[1].items).toHaveLength(1);
  });
});

describe('PageScanner scanning a big post in slices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('pauses between slices and reports exactly what one uninterrupted extraction finds', async () => {
    const post = showBigPost();
    const reports: Recognised[] = [];
    let pauses = 0;
    const scanner = scannerOf(reports, {
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
      },
    });
    try {
      scanner.start(OWNERS);
      // Nothing yet: the scan is between two slices.
      expect(reports).toHaveLength(0);
      await vi.waitFor(() => expect(reports).toHaveLength(1));
      // The walk pauses every 1,024 elements and the reading every 32 comments.
      expect(pauses).toBeGreaterThan(COMMENTS / 32);
      const whole = facebookAdapter.extract(document, new URL(postUrl(post)), OWNERS, NOW);
      expect(whole.layout).toBe('recognised');
      if (whole.layout === 'recognised') expect(reports[0].items).toEqual(whole.items);
    } finally {
      scanner.stop();
    }
  });

  it('reads a reply added during a pause after the scan, as the page is then', async () => {
    const post = showBigPost();
    const customer = post.comments[1];
    const reports: Recognised[] = [];
    let pauses = 0;
    const scanner = scannerOf(reports, {
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
        if (pauses !== 3) return;
        // The owner answers the second comment while the scan is past it.
        topLevelArticle(1).nextElementSibling!.insertAdjacentHTML(
          'beforeend',
          renderComment(
            post,
            { id: '8600000002', author: KANELKOMPANIET, text: 'Ja, 9–16!', minutesAgo: 0 },
            customer,
          ),
        );
      },
    });
    try {
      scanner.start(OWNERS);
      await vi.waitFor(() => expect(reports).toHaveLength(2));
      expect(reports.map((scan) => scan.full)).toEqual([true, false]);
      const key = `facebook:comment:${customer.id}`;
      const latest = reports[1].items.find((item) => item.key === key);
      expect(latest).toMatchObject({ answered: true, waiting: false });
      expect(reports[1].items.map((item) => item.key)).toContain('facebook:comment:8600000002');
    } finally {
      scanner.stop();
    }
  });

  it('drops a scan the owners changed under, and reports the one with the new owners', async () => {
    showBigPost();
    const reports: Recognised[] = [];
    let pauses = 0;
    const scanner = scannerOf(reports, {
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
        if (pauses === 2) scanner.setOwners([]);
      },
    });
    try {
      scanner.start(OWNERS);
      await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 3_000 });
      expect(scanner.fullScans).toBe(2);
      // Without owners no thread is the company's: nothing waits.
      expect(reports[0].items.some((item) => item.ownedThread || item.waiting)).toBe(false);
    } finally {
      scanner.stop();
    }
  });

  it('stops between slices when stopped', async () => {
    showBigPost();
    const reports: Recognised[] = [];
    let pauses = 0;
    const scanner = scannerOf(reports, {
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
      },
    });
    scanner.start(OWNERS);
    scanner.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pauses).toBe(1);
    expect(reports).toHaveLength(0);
  });
});

describe('PageScanner under a flood of navigation requests', () => {
  afterEach(() => vi.restoreAllMocks());

  it('coalesces 500 requests into one more full scan, which sees the page as it is then', async () => {
    const { post, reports, scanner } = await startOnBigPost();
    try {
      expect(scanner.fullScans).toBe(1);
      const list = document.querySelector(COMMENT_LIST)!;
      list.insertAdjacentHTML('beforeend', newCommentsHtml(post, 1, 3));
      for (let request = 0; request < 500; request += 1) scanner.navigated();
      await vi.waitFor(() => expect(scanner.fullScans).toBe(2), { timeout: 2_000 });
      // Still two once the gap has passed again: every request was served by the one scan.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(scanner.fullScans).toBe(2);
      const last = reports.at(-1)!;
      expect(last.full).toBe(true);
      expect(last.items).toHaveLength(COMMENTS + 1);
    } finally {
      scanner.stop();
    }
  });

  it('scans no more after it was stopped', async () => {
    const { scanner } = await startOnBigPost();
    scanner.navigated();
    scanner.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(scanner.fullScans).toBe(1);
  });
});
