import { describe, expect, it } from 'vitest';
import type { DetectedItem } from '../../../../utils/model/detected-item';
import { facebookAdapter } from '../../../../utils/platforms/facebook/adapter';
import { loadFixtureCases, parseHtml } from '../../../helpers/fixtures';

function fixture(name: string) {
  const found = loadFixtureCases('facebook').find((c) => c.name === `facebook/${name}`);
  if (!found) throw new Error(`no fixture ${name}`);
  const doc = parseHtml(found.html);
  const url = new URL(found.expected.url);
  const now = new Date(found.expected.now);
  return { doc, url, now, expected: found.expected };
}

describe('facebook pageOwners', () => {
  const BAGERI = 'https://www.facebook.com/nordljusbageri';

  it('takes the address of the localised "Your profile" link and the name shown for it', () => {
    const { doc, url } = fixture('facebook-feed-danish');
    expect(facebookAdapter.pageOwners(doc, url)).toEqual([
      { platform: 'facebook', name: 'Nordljus Bageri', url: BAGERI, source: 'page' },
    ]);
  });

  /** A page with only the "Your profile" link, labelled `label`, holding `inside`. */
  const profileLinkOnly = (label: string, inside = '<svg aria-hidden="true"></svg>') =>
    parseHtml(
      `<div role="banner"><a aria-label="${label}" href="/nordljusbageri?__tn__=x">${inside}</a></div>
       <a href="/anna.lindqvist.7">Anna Lindqvist</a>`,
    );

  it.each(['Your profile', 'Din profil', 'Profilen din', 'Dein Profil'])(
    'never takes the label "%s" as the name: the address stands in when no name is shown',
    (label) => {
      const owners = facebookAdapter.pageOwners(profileLinkOnly(label), new URL(BAGERI));
      expect(owners).toEqual([{ platform: 'facebook', name: BAGERI, url: BAGERI, source: 'page' }]);
    },
  );

  it('reads the name from the profile picture in the link, not its label', () => {
    const inside = '<svg aria-label="Din profil" role="img"></svg><img alt="Nordljus Bageri">';
    const [owner] = facebookAdapter.pageOwners(
      profileLinkOnly('Din profil', inside),
      new URL(BAGERI),
    );
    expect(owner.name).toBe('Nordljus Bageri');
  });

  it('finds nothing on a signed-out page', () => {
    const { doc, url } = fixture('facebook-messenger-norwegian');
    expect(facebookAdapter.pageOwners(doc, url)).toEqual([]);
  });
});

describe('facebook incremental rescans', () => {
  it('a post re-extracts to the same items as the full page', () => {
    const { doc, url, now, expected } = fixture('facebook-feed-some-answered');
    const full = facebookAdapter.extract(doc, url, expected.owners, now);
    if (full.layout !== 'recognised') throw new Error(full.reason);
    const lastItem = full.items[full.items.length - 1];
    const element = facebookAdapter.findItemElement(doc, lastItem)!;
    const post = element.closest('[role="article"]:not([aria-label])')!;
    const partial = facebookAdapter.extract(post, url, expected.owners, now);
    expect(partial).toEqual({
      layout: 'recognised',
      items: full.items.filter((item) => item.threadKey === lastItem.threadKey),
    });
  });

  it("a change in a comment rescans only its top-level comment's thread, as the page reads it", () => {
    for (const name of ['facebook-feed-some-answered', 'facebook-post-some-answered']) {
      const { doc, url, now, expected } = fixture(name);
      const read = facebookAdapter.extract(doc, url, expected.owners, now);
      if (read.layout !== 'recognised') throw new Error(read.reason);
      const full = read.items;
      const topLevelKey = (item: DetectedItem): string => {
        const parent = full.find((other) => other.key === item.parentKey);
        return parent ? topLevelKey(parent) : item.key;
      };
      for (const item of full) {
        const element = facebookAdapter.findItemElement(doc, item)!;
        const root = facebookAdapter.threadRootOf(element)!;
        expect(root.matches('[role="article"]'), item.key).toBe(false);
        const partial = facebookAdapter.extract(root, url, expected.owners, now);
        if (partial.layout !== 'recognised') throw new Error(partial.reason);
        // The top-level comment with its replies, exactly as in the full read.
        expect(partial.items, item.key).toEqual(
          full.filter((other) => topLevelKey(other) === topLevelKey(item)),
        );
      }
    }
  });

  it('nodes outside any thread ask for a full rescan', () => {
    const { doc } = fixture('facebook-post-nothing-answered');
    expect(facebookAdapter.threadRootOf(doc.querySelector('[role="banner"]')!)).toBeNull();
  });

  it('a conversation list row belongs to the list', () => {
    const { doc } = fixture('facebook-messenger-some-answered');
    const row = doc.querySelector('[role="row"]')!;
    expect(facebookAdapter.threadRootOf(row)?.getAttribute('role')).toBe('grid');
  });
});

describe('facebook findReplyBox', () => {
  it("returns the open reply box of the comment's thread only", () => {
    const { doc, expected } = fixture('facebook-post-some-answered');
    const maria = expected.items.find((item) => item.author.name === 'Maria Holm')!;
    const box = facebookAdapter.findReplyBox(doc, maria);
    expect(box?.getAttribute('aria-label')).toBe('Reply to Maria Holm');
    // Anna's thread has no open box; the post's own comment box is not a reply box.
    const anna = expected.items.find((item) => item.author.name === 'Anna Lindqvist')!;
    expect(facebookAdapter.findReplyBox(doc, anna)).toBeNull();
  });

  it('returns the composer of the open conversation only', () => {
    const { doc, expected } = fixture('facebook-messenger-last-message-ours');
    const open = Object.defineProperty(doc, 'URL', { value: expected.url });
    const [anna, jonas] = expected.items;
    expect(facebookAdapter.findReplyBox(open, anna)?.getAttribute('aria-label')).toBe('Message');
    expect(facebookAdapter.findReplyBox(open, jonas)).toBeNull();
  });
});

describe('facebook findItemElement', () => {
  it('finds comments, replies, collapsed summaries and conversations', () => {
    for (const name of ['facebook-post-some-answered', 'facebook-messenger-some-answered']) {
      const { doc, expected } = fixture(name);
      for (const item of expected.items) {
        const element = facebookAdapter.findItemElement(doc, item);
        expect(element?.textContent, item.key).toContain(
          item.collapsed ? `${item.author.name} replied` : item.text,
        );
      }
    }
  });
});

describe('facebook replies nested inside their comment', () => {
  // An older Comet variant keeps reply articles inside the comment's own article.
  const html = `<div role="article" aria-labelledby="h"><h3 id="h"><a href="/nordljusbageri">Nordljus Bageri</a></h3>
    <div role="article" aria-label="Comment by Anna Berg 2 h">
      <a href="/anna.berg?comment_id=11&__tn__=R">Anna Berg</a>
      <div dir="auto">Is the shop open on Sunday?</div>
      <a href="/nordljusbageri/posts/9?comment_id=11">2h</a>
      <div role="article" aria-label="Reply by Nordljus Bageri to Anna Berg's comment 1 h">
        <a href="/nordljusbageri?comment_id=11&reply_comment_id=12">Nordljus Bageri</a>
        <div dir="auto">Yes, from ten until four.</div>
        <a href="/nordljusbageri/posts/9?comment_id=11&reply_comment_id=12">1h</a>
      </div>
    </div></div>`;

  it('reads each reply as its own item under its comment', () => {
    const doc = parseHtml(html);
    const url = new URL('https://www.facebook.com/nordljusbageri/posts/9');
    const owners = [
      {
        platform: 'facebook' as const,
        name: 'Nordljus Bageri',
        url: 'https://www.facebook.com/nordljusbageri',
        source: 'options' as const,
      },
    ];
    const result = facebookAdapter.extract(doc, url, owners, new Date('2026-11-20T12:00:00Z'));
    if (result.layout !== 'recognised') throw new Error(result.reason);
    expect(
      result.items.map(({ key, parentKey, author, text, answered, waiting }) => ({
        key,
        parentKey,
        author: author.name,
        text,
        answered,
        waiting,
      })),
    ).toEqual([
      {
        key: 'facebook:comment:11',
        parentKey: undefined,
        author: 'Anna Berg',
        text: 'Is the shop open on Sunday?',
        answered: true,
        waiting: false,
      },
      {
        key: 'facebook:comment:12',
        parentKey: 'facebook:comment:11',
        author: 'Nordljus Bageri',
        text: 'Yes, from ten until four.',
        answered: false,
        waiting: false,
      },
    ]);
  });
});

describe('facebook profileAddressOf (a link pasted into the options page)', () => {
  it.each([
    ['https://www.facebook.com/nordljusbageri', 'https://www.facebook.com/nordljusbageri'],
    [
      'https://m.facebook.com/nordljusbageri/about/?ref=page',
      'https://www.facebook.com/nordljusbageri',
    ],
    [' https://facebook.com/Nordljus.Bageri#top ', 'https://www.facebook.com/Nordljus.Bageri'],
    [
      'https://www.facebook.com/profile.php?id=100012345&sk=photos',
      'https://www.facebook.com/profile.php?id=100012345',
    ],
    [
      'https://www.facebook.com/people/Eva-Berg/100012345/',
      'https://www.facebook.com/people/Eva-Berg/100012345',
    ],
  ])('%s names %s', (link, address) => {
    expect(facebookAdapter.profileAddressOf(link)).toBe(address);
  });

  it.each([
    'nordljusbageri',
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/bakers/',
    'https://www.facebook.com/messages/t/100023456789012/',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com.evil.example/nordljusbageri',
    'https://www.linkedin.com/company/nordvik-kaffe/',
    'javascript:alert(1)',
  ])('%s names no profile', (link) => {
    expect(facebookAdapter.profileAddressOf(link)).toBeUndefined();
  });
});
