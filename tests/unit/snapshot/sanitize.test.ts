import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_FIXTURES_DIR } from '../../helpers/fixtures';
import { BLANK_GIF, sanitizeSnapshot } from '../../../utils/snapshot/sanitize';
import { Pseudonyms, REDACTED_URL } from '../../../utils/snapshot/pseudonyms';
import { adapters } from '../../../utils/platforms/registry';

/** Parsed inertly: a template loads no frames, styles or images. */
function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const NOW = new Date('2026-11-20T10:00:00Z');
const COMMENT_ID = btoa('comment:3741738029450159_731379129544812');

const FACEBOOK_THREAD = `
<div role="dialog" aria-label="Comments">
  <script>steal()</script><style>.x{}</style><iframe src="https://tracker.example"></iframe>
  <div role="article" aria-label="Comment by Astrid Lindqvist 2 h" data-commentid="731379129544812">
    <a href="https://www.facebook.com/astrid.lindqvist.9?comment_id=${encodeURIComponent(COMMENT_ID)}&amp;__cft__[0]=AZX&amp;__tn__=R]-R"
       aria-label="Astrid Lindqvist"><img src="https://scontent.fbcdn.net/astrid.jpg" alt="Astrid Lindqvist" srcset="a.jpg 2x"></a>
    <a href="https://www.facebook.com/astrid.lindqvist.9"><span>Astrid Lindqvist</span></a>
    <div dir="auto" onclick="track()"><span>Hej! När öppnar ni butiken i Malmö igen?
      <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example">shop.example</a></span></div>
    <a href="https://www.facebook.com/acme/posts/pfbid02pmb12q1MvJtRm?comment_id=731379129544812&amp;__cft__[0]=AZ">2 h</a>
    <div role="button">Reply</div>
  </div>
  <div role="article" aria-label="Reply by Acme Support to Astrid Lindqvist's comment 1 h">
    <a href="/acme"><span>Acme Support</span></a>
    <div dir="auto">We open again on Monday, Astrid!</div>
    <abbr data-utime="1763632800">1 h</abbr>
  </div>
  <div role="button">Björn Ek replied · 2 replies</div>
  <div contenteditable="true" role="textbox" aria-label="Write a comment…"><p>Hi Astrid</p></div>
</div>`;

const ITEMS = [
  {
    author: { name: 'Astrid Lindqvist', profileUrl: 'https://www.facebook.com/astrid.lindqvist.9' },
    text: 'Hej! När öppnar ni butiken i Malmö igen?\nshop.example',
    key: 'facebook:comment:3741738029450159_731379129544812',
    threadKey: 'facebook:post:3741738029450159',
    permalink: `https://www.facebook.com/acme/posts/pfbid02pmb12q1MvJtRm?comment_id=731379129544812`,
  },
  { author: { name: 'Acme Support' }, text: 'We open again on Monday, Astrid!' },
  { author: { name: 'Björn Ek' }, text: '', collapsed: true },
];

function sanitizeFacebookThread(
  pseudonyms = new Pseudonyms('facebook', adapters.facebook.snapshotKeeps.textPrefixes),
) {
  const original = parseHtml(FACEBOOK_THREAD);
  const html = sanitizeSnapshot(original.querySelector('[role=dialog]')!, {
    platform: 'facebook',
    keeps: adapters.facebook.snapshotKeeps,
    items: ITEMS,
    pseudonyms,
    now: NOW,
  });
  return { html, sanitised: parseHtml(html), original };
}

function counts(root: ParentNode) {
  const count = (selector: string) => root.querySelectorAll(selector).length;
  return {
    articles: count('[role=article]'),
    buttons: count('[role=button]'),
    links: count('a'),
    images: count('img'),
    textboxes: count('[role=textbox]'),
    dirAuto: count('[dir=auto]'),
  };
}

describe('sanitizeSnapshot', () => {
  it('leaves no name, text, profile link or id of the original', () => {
    const { html } = sanitizeFacebookThread();
    for (const secret of [
      'Astrid',
      'Lindqvist',
      'Björn',
      'Acme Support',
      'astrid.lindqvist',
      'Malmö',
      'Monday',
      'shop.example',
      '731379129544812',
      '3741738029450159',
      COMMENT_ID.slice(0, 20),
      'pfbid02pmb12q1MvJtRm',
      'scontent',
      'steal',
      'track()',
      'tracker.example',
      '__cft__',
      'AZX',
    ]) {
      expect(html).not.toContain(secret);
    }
  });

  it('keeps structure, roles and label shapes', () => {
    const { sanitised, original } = sanitizeFacebookThread();
    expect(counts(sanitised)).toEqual(counts(original));
    const labels = [...sanitised.querySelectorAll('[role=article]')].map((a) =>
      a.getAttribute('aria-label'),
    );
    expect(labels).toEqual([
      'Comment by Person 1 2 h',
      "Reply by Person 2 to Person 1's comment 1 h",
    ]);
    expect(sanitised.querySelector('[role=button]')!.textContent).toBe('Reply');
    expect(sanitised.textContent).toContain('Person 3 replied · 2 replies');
    expect(sanitised.querySelector('abbr')!.getAttribute('data-utime')).toBe('1763632800');
    expect(sanitised.querySelector('abbr')!.textContent).toBe('1 h');
  });

  it('maps each person to one placeholder in names and profile links', () => {
    const { sanitised } = sanitizeFacebookThread();
    const links = [...sanitised.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).toMatch(/^https:\/\/www\.facebook\.com\/placeholder-1\?comment_id=/);
    expect(links[1]).toBe('https://www.facebook.com/placeholder-1');
    expect(links[2]).toBe(REDACTED_URL);
    // The Page "acme" is learnt from its link's text; its posts' links carry its placeholder.
    expect(links[3]).toMatch(/^https:\/\/www\.facebook\.com\/placeholder-2\/posts\/pfbid0X/);
    expect(links[4]).toBe('https://www.facebook.com/placeholder-2');
    expect(sanitised.querySelector('img')!.getAttribute('alt')).toBe('Person 1');
  });

  it('replaces texts with numbered placeholders of similar length, drafts included', () => {
    const { sanitised } = sanitizeFacebookThread();
    const texts = [...sanitised.querySelectorAll('[dir=auto]')].map((d) => d.textContent!);
    expect(texts[0]).toMatch(/^Text 1 lorem/);
    expect(texts[0].length).toBe(ITEMS[0].text.length);
    expect(sanitised.querySelector('[dir=auto] a')!.textContent).toBe('');
    expect(texts[1]).toMatch(/^Text 2 lorem/);
    expect(sanitised.querySelector('[role=textbox]')!.textContent).toMatch(/^Text \d+ lo$/);
  });

  it('removes scripts, styles, frames and event handlers, and blanks images', () => {
    const { sanitised, html } = sanitizeFacebookThread();
    expect(sanitised.querySelectorAll('script, style, iframe')).toHaveLength(0);
    expect(sanitised.querySelector('[onclick]')).toBeNull();
    const image = sanitised.querySelector('img')!;
    expect(image.getAttribute('src')).toBe(BLANK_GIF);
    expect(image.hasAttribute('srcset')).toBe(false);
    expect(
      html.startsWith('<!-- Page snapshot sanitised by Svara on 2026-11-20T10:00:00.000Z'),
    ).toBe(true);
  });

  it('replaces ids consistently between links, attributes and the sanitised items', () => {
    const pseudonyms = new Pseudonyms('facebook', adapters.facebook.snapshotKeeps.textPrefixes);
    const { sanitised } = sanitizeFacebookThread(pseudonyms);
    const article = sanitised.querySelector('[role=article]')!;
    // `data-commentid` is read by no adapter, so it is not on the allow-list.
    expect(article.hasAttribute('data-commentid')).toBe(false);
    const permalink = article.querySelectorAll('a')[3].getAttribute('href')!;
    const commentId = new URL(permalink).searchParams.get('comment_id')!;
    expect(commentId).toMatch(/^\d{15}$/);
    expect(commentId).not.toBe('731379129544812');
    const profileLink = new URL(article.querySelector('a')!.getAttribute('href')!);
    expect(atob(profileLink.searchParams.get('comment_id')!)).toMatch(
      new RegExp(`^comment:\\d{16}_${commentId}$`),
    );

    const item = pseudonyms.item(ITEMS[0]);
    expect(item.author).toEqual({
      name: 'Person 1',
      profileUrl: 'https://www.facebook.com/placeholder-1',
    });
    expect(item.text).toBe(sanitised.querySelector('[dir=auto]')!.textContent);
    expect(item.key).toMatch(new RegExp(`^facebook:comment:\\d{16}_${commentId}$`));
    expect(item.permalink).toBe(permalink);
  });

  it('keeps UI words that an item quotes, and replaces every other short text', () => {
    const thread = parseHtml(`<div>
      <div role="article" aria-label="Comment by Kari Nordmann 2 h">
        <div role="button"><span>Author</span></div>
        <div dir="auto"><div>Who is the Author here?</div><div>Kari</div></div>
      </div>
      <span>kari@nordmann.no</span><span>+47 912 34 567</span><span>Oslo</span><span>2 h</span>
    </div>`);
    const html = sanitizeSnapshot(thread.firstElementChild!, {
      platform: 'facebook',
      keeps: adapters.facebook.snapshotKeeps,
      items: [{ author: { name: 'Kari Nordmann' }, text: 'Who is the Author here?\nKari' }],
      now: NOW,
    });
    const sanitised = parseHtml(html);
    expect(sanitised.querySelector('[role=button]')!.textContent).toBe('Author');
    expect(sanitised.querySelector('[role=article]')!.getAttribute('aria-label')).toBe(
      'Comment by Person 1 2 h',
    );
    const spans = [...sanitised.querySelector('div')!.children]
      .filter((element) => element.localName === 'span')
      .map((span) => span.textContent);
    expect(spans).toHaveLength(4);
    expect(spans.at(-1)).toBe('2 h');
    for (const text of spans.slice(0, -1)) expect(text).toMatch(/^Text \d+/);
    expect(html.toLowerCase()).not.toMatch(/kari|nordmann|oslo|912/);
  });

  it('gives LinkedIn company pages a placeholder as it gives members', () => {
    const pseudonyms = new Pseudonyms('linkedin', adapters.linkedin.snapshotKeeps.textPrefixes);
    const member = pseudonyms.url('https://www.linkedin.com/in/kari-nordmann-1a/');
    const company = pseudonyms.url('https://www.linkedin.com/company/nordvik-kaffe/admin/');
    expect(member).toBe('https://www.linkedin.com/in/placeholder-1/');
    expect(company).toBe('https://www.linkedin.com/company/placeholder-2/admin/');
    expect(pseudonyms.url('/company/Nordvik-Kaffe')).toBe(
      'https://www.linkedin.com/company/placeholder-2',
    );
    expect(pseudonyms.url('/in/nordvik-kaffe')).toBe('https://www.linkedin.com/in/placeholder-3');
  });

  it('replaces names in group and post addresses that are no profile', () => {
    const facebook = new Pseudonyms('facebook', adapters.facebook.snapshotKeeps.textPrefixes);
    const group = facebook.url('https://www.facebook.com/groups/kari.nordmann.fans/posts/1234567/');
    expect(group).toMatch(/^https:\/\/www\.facebook\.com\/groups\/group-\d+\/posts\/\d{7}\/$/);
    expect(facebook.url('/groups/kari.nordmann.fans/')).toBe(
      `https://www.facebook.com/groups/${new URL(group).pathname.split('/')[2]}/`,
    );
    expect(facebook.url('/groups/1234567/')).toMatch(
      /^https:\/\/www\.facebook\.com\/groups\/\d{7}\/$/,
    );
    const linkedin = new Pseudonyms('linkedin', adapters.linkedin.snapshotKeeps.textPrefixes);
    const post = linkedin.url(
      'https://www.linkedin.com/posts/kari-nordmann_winter-blend-activity-7260000000000000001-AbCd',
    );
    expect(post).toMatch(
      /^https:\/\/www\.linkedin\.com\/posts\/placeholder-post-\d+_activity-\d{19}$/,
    );
    expect(post).not.toMatch(/kari|7260000000000000001/);
  });

  it('keeps different ids different', () => {
    const pseudonyms = new Pseudonyms('linkedin', adapters.linkedin.snapshotKeeps.textPrefixes);
    const ids = ['urn:li:comment:(activity:7234567890123456789,7234567890123456790)'];
    const [mapped] = ids.map((id) => pseudonyms.ids(id));
    const [, first, second] = mapped.match(/activity:(\d+),(\d+)/)!;
    expect(first).not.toBe(second);
    expect(first).toHaveLength(19);
    expect(pseudonyms.ids(ids[0])).toBe(mapped);
  });
});

// happy-dom needs seconds to parse and walk these pages.
describe('sanitizeSnapshot on real captures', { timeout: 30_000 }, () => {
  it('Facebook: the post author, comment texts and ids are gone; roles are kept', () => {
    const file = join(REAL_FIXTURES_DIR, 'facebook/comet-profile-post-comments-2025-06.html');
    const doc = parseHtml(readFileSync(file, 'utf8'));
    const articles = [...doc.querySelectorAll('[role=article][aria-label^="Comment by"]')];
    const items = articles.map((article) => ({
      author: {
        name: 'Salman Mohammad Sultan',
        profileUrl: 'https://www.facebook.com/salmanmd.sultan.1',
      },
      // As the adapter reports it: the comment body's blocks, one line each.
      text: [...article.querySelectorAll('div[dir=auto][style]')]
        .map((div) => div.textContent!.trim())
        .join('\n'),
    }));
    // The collapsed "Anayeat Khan replied · 1 reply" summary is an item with an author only.
    items.push({ author: { name: 'Anayeat Khan', profileUrl: undefined! }, text: '' });
    let container = articles[0].parentElement!;
    while (!container.contains(articles.at(-1)!)) container = container.parentElement!;
    const html = sanitizeSnapshot(container, {
      platform: 'facebook',
      keeps: adapters.facebook.snapshotKeeps,
      items,
      now: NOW,
    });

    const secrets = ['Salman', 'salmanmd', 'Anayeat', 'Mehedi', '3741738029450159', 'fbcdn.net'];
    for (const secret of secrets) expect(html).not.toContain(secret);
    for (const line of items.flatMap(({ text }) => text.split('\n'))) {
      if (line.length > 8) expect(html).not.toContain(line);
    }
    expect(html).not.toMatch(/\d{4}-\d{6}/); // phone numbers in a comment
    const sanitised = parseHtml(html);
    const roles = (root: ParentNode) =>
      [...root.querySelectorAll('[role]')].map((element) => element.getAttribute('role')).join();
    expect(roles(sanitised)).toBe(roles(container));
    expect(sanitised.querySelectorAll('[aria-label^="Comment by Person 1 "]')).toHaveLength(
      articles.length,
    );
  });
});
