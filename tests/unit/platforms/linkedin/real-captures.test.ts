import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, REAL_FIXTURES_DIR } from '../../../helpers/fixtures';
import { linkedinAdapter } from '../../../../utils/platforms/linkedin/adapter';
import type { OwnerIdentity } from '../../../../utils/model/owner';

// Real LinkedIn captures (legacy generation, September 2026), read in place: every identity was
// scrubbed to "Test Person", so they prove structure and counts, not who answered whom.
const URL_OF_POST = new URL(
  'https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/',
);
const NOW = new Date('2026-09-02T08:00:00Z');

function capture(name: string) {
  return parseHtml(readFileSync(join(REAL_FIXTURES_DIR, 'linkedin', name), 'utf8'));
}

describe('post-with-comments-2026-09 (40 comment entities: 39 top-level, 1 reply)', () => {
  const doc = capture('post-with-comments-2026-09.html');
  const measured = JSON.parse(
    readFileSync(
      join(REAL_FIXTURES_DIR, 'linkedin', 'post-with-comments-2026-09.measured.json'),
      'utf8',
    ),
  ).measured;
  const stranger: OwnerIdentity = {
    platform: 'linkedin',
    name: 'Nordvik Kaffe',
    source: 'options',
  };

  it.each([
    ['no owners', []],
    ['an owner whose name is not on the page', [stranger]],
  ])('with %s: every comment, none waiting (the post is not ours)', (_, owners) => {
    const result = linkedinAdapter.extract(doc, URL_OF_POST, owners as OwnerIdentity[], NOW);
    expect(result.layout).toBe('recognised');
    if (result.layout !== 'recognised') return;
    expect(result.items).toHaveLength(measured.commentEntities);
    expect(new Set(result.items.map((item) => item.key)).size).toBe(result.items.length);
    expect(result.items.filter((item) => item.parentKey)).toHaveLength(1);
    expect(result.items.some((item) => item.waiting || item.ownedThread || item.byOwner)).toBe(
      false,
    );
    for (const item of result.items) {
      expect(item.threadKey).toBe('linkedin:urn:li:activity:1111111111111111111');
      expect(item.key).toMatch(/^linkedin:urn:li:comment:\(activity:1+,1+\)(#\d+)?$/);
      expect(item.author.profileUrl).toBe('https://www.linkedin.com/in/test-person-1/');
      expect(item.author.name).not.toBe('');
      expect(item.text).not.toBe('');
    }
  });

  it('keeps the reply under the comment it nests in, with only that comment body as text', () => {
    const result = linkedinAdapter.extract(doc, URL_OF_POST, [], NOW);
    if (result.layout !== 'recognised') throw new Error(result.reason);
    const replyIndex = result.items.findIndex((item) => item.parentKey);
    expect(result.items[replyIndex].parentKey).toBe(result.items[0].key);
    expect(replyIndex).toBe(1);
    expect(result.items[0].text).not.toContain(result.items[1].text);
  });

  it('reads the signed-in viewer and the "comment as" identity from the page', () => {
    const owners = linkedinAdapter.pageOwners(doc, URL_OF_POST);
    expect(owners).toContainEqual(
      expect.objectContaining({
        url: 'https://www.linkedin.com/in/test-person-1/',
        source: 'page',
      }),
    );
    expect(owners).toContainEqual(expect.objectContaining({ name: 'Test Person', source: 'page' }));
  });

  it('with the page owners, the viewer owns the post and wrote every comment: nothing waits', () => {
    const owners = linkedinAdapter.pageOwners(doc, URL_OF_POST);
    const result = linkedinAdapter.extract(doc, URL_OF_POST, owners, NOW);
    if (result.layout !== 'recognised') throw new Error(result.reason);
    expect(result.items.every((item) => item.ownedThread && item.byOwner && !item.waiting)).toBe(
      true,
    );
  });

  it('finds each comment element back by key, and the post as its thread root', () => {
    const result = linkedinAdapter.extract(doc, URL_OF_POST, [], NOW);
    if (result.layout !== 'recognised') throw new Error(result.reason);
    const elements = result.items.map((item) => linkedinAdapter.findItemElement(doc, item));
    expect(new Set(elements).size).toBe(40);
    expect(elements.every((element) => element?.matches('article.comments-comment-entity'))).toBe(
      true,
    );
    const root = linkedinAdapter.threadRootOf(elements[5]!);
    expect(root?.getAttribute('data-urn')).toBe('urn:li:activity:1111111111111111111');
    // Rescanning only that thread root gives the same items.
    expect(linkedinAdapter.extract(root!, URL_OF_POST, [], NOW)).toEqual(result);
    // No reply box is open under any comment (only the post's own comment box).
    expect(linkedinAdapter.findReplyBox(doc, result.items[0])).toBeNull();
  });
});

describe('post-zero-comments-2026-09', () => {
  it('is a recognised layout with zero items, not an unknown one', () => {
    const doc = capture('post-zero-comments-2026-09.html');
    expect(linkedinAdapter.extract(doc, URL_OF_POST, [], NOW)).toEqual({
      layout: 'recognised',
      items: [],
    });
  });
});
