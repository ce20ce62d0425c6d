import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DetectedItem } from '../../../../utils/model/detected-item';
import type { OwnerIdentity } from '../../../../utils/model/owner';
import { facebookAdapter } from '../../../../utils/platforms/facebook/adapter';
import { REAL_FIXTURES_DIR, parseHtml } from '../../../helpers/fixtures';

// The real 2025 capture (MANIFEST.md): ten comments by the post author, each with the "Author"
// badge; under the third, "Anayeat Khan replied · 1 reply".
const CAPTURE = join(REAL_FIXTURES_DIR, 'facebook/comet-profile-post-comments-2025-06.html');
const URL_OF_CAPTURE = 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159';
const AUTHOR = 'Salman Mohammad Sultan';
const AUTHOR_PROFILE = 'https://www.facebook.com/salmanmd.sultan.1';
const owner: OwnerIdentity = {
  platform: 'facebook',
  name: AUTHOR,
  url: AUTHOR_PROFILE,
  source: 'options',
};

function extract(doc: Document, owners: OwnerIdentity[]): DetectedItem[] {
  const result = facebookAdapter.extract(doc, new URL(URL_OF_CAPTURE), owners, new Date());
  if (result.layout !== 'recognised') throw new Error(`unknown layout: ${result.reason}`);
  return result.items;
}

describe('real capture: comet profile post, 2025-06', () => {
  let doc: Document;
  beforeAll(() => {
    doc = parseHtml(readFileSync(CAPTURE, 'utf8'));
  });

  it('with the post author as owner, only the collapsed reply waits', () => {
    const items = extract(doc, [owner]);
    const comments = items.filter((item) => !item.collapsed);
    expect(comments).toHaveLength(10);
    for (const comment of comments) {
      expect(comment).toMatchObject({
        author: { name: AUTHOR, profileUrl: 'https://www.facebook.com/salmanmd.sultan.1' },
        byOwner: true,
        ownedThread: true,
        waiting: false,
        threadKey: 'facebook:post:3741738029450159',
      });
      expect(comment.key).toMatch(/^facebook:comment:\d+$/);
      expect(comment.permalink).not.toMatch(/__cft__|__tn__/);
    }
    // The comments answer people by mentioning them: the mention opens the text, not the author.
    expect(comments[0].text.startsWith('Mehedi Hasan\n')).toBe(true);
    expect(comments[0].key).toBe('facebook:comment:1772521800368774');

    const waiting = items.filter((item) => item.waiting);
    expect(waiting).toEqual([
      {
        platform: 'facebook',
        kind: 'comment',
        key: `${comments[2].key}:collapsed`,
        threadKey: 'facebook:post:3741738029450159',
        author: { name: 'Anayeat Khan' },
        text: '',
        answered: false,
        byOwner: false,
        ownedThread: true,
        waiting: true,
        collapsed: true,
        parentKey: comments[2].key,
      },
    ]);
    expect(items.indexOf(waiting[0])).toBe(3);
  });

  it('without owners the post is not ours and nothing waits', () => {
    const items = extract(doc, []);
    expect(items).toHaveLength(11);
    expect(items.every((item) => !item.ownedThread && !item.waiting)).toBe(true);
  });

  it('dates comments from their relative time label, at its earliest ("1w": 7 to 14 days)', () => {
    const now = new Date('2025-06-20T12:00:00Z');
    const result = facebookAdapter.extract(doc, new URL(URL_OF_CAPTURE), [owner], now);
    expect(result.layout === 'recognised' && result.items[0].postedAt).toBe(
      '2025-06-06T12:00:00.000Z',
    );
  });

  it('finds each item element again, and no reply box (signed out)', () => {
    const now = new Date();
    const read = facebookAdapter.extract(doc, new URL(URL_OF_CAPTURE), [owner], now);
    const items = read.layout === 'recognised' ? read.items : [];
    for (const item of items) {
      const element = facebookAdapter.findItemElement(doc, item);
      expect(element, item.key).not.toBeNull();
      // A change there rescans the comment's own thread, which reports the item as the page does.
      const root = facebookAdapter.threadRootOf(element!);
      expect(root, item.key).not.toBeNull();
      const rescan = facebookAdapter.extract(root!, new URL(URL_OF_CAPTURE), [owner], now);
      expect(rescan.layout === 'recognised' && rescan.items).toContainEqual(item);
      expect(facebookAdapter.findReplyBox(doc, item)).toBeNull();
    }
    expect(facebookAdapter.findItemElement(doc, items[3])?.textContent).toContain('Anayeat Khan');
  });
});

describe('detect CLI on the real capture', () => {
  const run = promisify(execFile);
  const root = resolve(__dirname, '../../../..');

  it('prints the comments and the one waiting collapsed reply as JSON', async () => {
    const { stdout } = await run(
      'npx',
      [
        'tsx',
        'scripts/detect.ts',
        CAPTURE,
        '--url',
        URL_OF_CAPTURE,
        '--owner',
        `${AUTHOR}|${AUTHOR_PROFILE}`,
        '--json',
      ],
      { cwd: root },
    );
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['platform', 'surface', 'layout', 'owners', 'items']);
    expect(output).toMatchObject({
      platform: 'facebook',
      surface: 'facebook-post',
      layout: 'recognised',
      owners: [{ platform: 'facebook', name: AUTHOR, url: AUTHOR_PROFILE, source: 'options' }],
    });
    const items: DetectedItem[] = output.items;
    const comments = items.filter((item) => !item.collapsed);
    expect(comments).toHaveLength(10);
    expect(comments.every((item) => item.byOwner && !item.waiting)).toBe(true);
    const waiting = items.filter((item) => item.waiting);
    expect(waiting.map((item) => [item.author.name, item.collapsed])).toEqual([
      ['Anayeat Khan', true],
    ]);
  }, 30_000);

  it('fails clearly on a missing file or a bad URL', async () => {
    await expect(
      run('npx', ['tsx', 'scripts/detect.ts', '/nonexistent.html', '--url', URL_OF_CAPTURE], {
        cwd: root,
      }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read') });
    await expect(
      run('npx', ['tsx', 'scripts/detect.ts', CAPTURE, '--url', 'not a url'], { cwd: root }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('not a valid URL') });
  }, 30_000);
});
