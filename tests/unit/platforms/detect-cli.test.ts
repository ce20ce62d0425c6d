import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { DetectedItem } from '../../../utils/model/detected-item';
import { loadFixtureCases } from '../../helpers/fixtures';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'svara-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { html, expected } = loadFixtureCases('facebook').find(
  (c) => c.name === 'facebook/facebook-post-some-answered',
)!;
// The Page's reply to Anna, written instead by someone with the Page's name and their own
// profile (and without the "Author" badge Facebook gives only to the post's author).
const impostorPage = join(dir, 'impostor.html');
const OWNER = 'Nordljus Bageri|https://www.facebook.com/nordljusbageri/?ref=bookmarks';
const impostorHtml = () =>
  html
    .replaceAll(
      'href="https://www.facebook.com/nordljusbageri?comment_id=Y29tbWVudDoxMDI5Mzg0NzU2MTAyOTM4XzU1NTIwMDE%3D&amp;reply_comment_id=5552002',
      'href="https://www.facebook.com/nordljus.bageri.official?comment_id=Y29tbWVudDoxMDI5Mzg0NzU2MTAyOTM4XzU1NTIwMDE%3D&amp;reply_comment_id=5552002',
    )
    .replace(
      '<div aria-label="View information about identity badges" role="button" tabindex="0" class="x1i10hfl xjbqb8w"><img height="12" alt="" src="data:,"><span class="x193iq5w">Author</span></div>',
      '',
    );
writeFileSync(impostorPage, impostorHtml());

/** The saved page really holds every comment article twice. */
function withDialogHasTwoCopies(file: string) {
  const articles = (page: string) => page.split('role="article"').length - 1;
  return articles(readFileSync(file, 'utf8')) === 2 * articles(impostorHtml());
}

function detect(...args: string[]) {
  return run('npx', ['tsx', 'scripts/detect.ts', ...args], { cwd: root });
}

describe('detect CLI with --owner "<name>|<profile URL>"', () => {
  it('reports an impostor with the owner name and another profile as waiting', async () => {
    const { stdout } = await detect(
      impostorPage,
      '--url',
      expected.url,
      '--now',
      expected.now,
      '--owner',
      'Nordljus Bageri|https://www.facebook.com/nordljusbageri/?ref=bookmarks',
      '--json',
    );
    const output = JSON.parse(stdout);
    expect(output.owners[0]).toEqual({
      platform: 'facebook',
      name: 'Nordljus Bageri',
      url: 'https://www.facebook.com/nordljusbageri/?ref=bookmarks',
      source: 'options',
    });
    const items: DetectedItem[] = output.items;
    const byKey = (key: string) => items.find((item) => item.key === key)!;
    expect(byKey('facebook:comment:5552002')).toMatchObject({
      author: {
        name: 'Nordljus Bageri',
        profileUrl: 'https://www.facebook.com/nordljus.bageri.official',
      },
      byOwner: false,
      waiting: true,
    });
    expect(byKey('facebook:comment:5552001')).toMatchObject({ answered: false, waiting: true });
  });

  it('reports each comment once when the post is also open in a dialog over the page', async () => {
    const page = impostorHtml();
    const body = page.slice(
      page.indexOf('>', page.indexOf('<body')) + 1,
      page.lastIndexOf('</body>'),
    );
    const withDialog = join(dir, 'impostor-dialog.html');
    writeFileSync(
      withDialog,
      page.replace('</body>', `<div role="dialog" aria-label="Post">${body}</div></body>`),
    );
    const args = ['--url', expected.url, '--now', expected.now, '--owner', OWNER, '--json'];
    const [plain, doubled] = (
      await Promise.all([detect(impostorPage, ...args), detect(withDialog, ...args)])
    ).map(({ stdout }) => JSON.parse(stdout));
    expect(withDialogHasTwoCopies(withDialog)).toBe(true);
    expect(doubled.items).toEqual(plain.items);
    expect(doubled.items.filter((item: DetectedItem) => item.waiting)).toHaveLength(
      plain.items.filter((item: DetectedItem) => item.waiting).length,
    );
  }, 30_000);

  it('refuses an owner whose address is not a URL', async () => {
    await expect(
      detect(impostorPage, '--url', expected.url, '--owner', 'Nordljus Bageri|nordljusbageri'),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a profile URL after "|"'),
    });
  });
});
