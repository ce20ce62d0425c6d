import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  launchWithExtension,
  openExtensionPage,
  stopServiceWorker,
  type ExtensionSession,
} from '../../scripts/lib/browser';
import { renderComment, type DemoComment } from '../../scripts/demo/facebook-markup';
import { DEMO_WAITING_COUNT, demoPost } from '../../scripts/demo/kanelkompaniet';
import { DEMO_START_URL, demoRoutes } from '../../scripts/demo/routes';
import type { Item } from '../../utils/model/item';
import { DEMO_BUILD, expectBadge, expectNoStrayRequests, readStore } from './helpers';

/*
 * A real full disk, not a mocked error: Chromium runs with its profile on a 24 MB tmpfs of its
 * own (a private mount namespace, so nothing is mounted outside it and it goes with the
 * browser), filled from outside through /proc/<pid>/root. Needs `unshare --mount` (root) or
 * unprivileged user namespaces (`--map-root-user`); without either the test fails, saying so.
 *
 * What Chromium 156 does, and why this is not the QuotaExceededError case: the extension has
 * `unlimitedStorage`, so its quota is its usage plus the free disk, and a full disk shows as
 * IndexedDB IO errors (UnknownError "… FILE_ERROR_NO_SPACE"), after which that worker's Dexie
 * cannot reopen the database until the worker restarts. The storage-problem badge therefore
 * does not appear (isQuotaExceeded looks for QuotaExceededError); what this test shows is that
 * nothing is lost: the content script keeps the scans and delivers them once there is room.
 */
const DISK_MB = 24;
const LEFT_FREE_BYTES = 64 * 1024;
const APPENDED = 40;

function unshareArgs(): string[] {
  const asRoot = process.getuid?.() === 0;
  const args = asRoot ? ['--mount'] : ['--mount', '--map-root-user'];
  try {
    execFileSync('unshare', [...args, 'true'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'This test needs `unshare --mount` (as root) or unprivileged user namespaces to give ' +
        'Chromium a tiny disk of its own.',
    );
  }
  return args;
}

/** A Chromium launcher whose profile directory is a tmpfs of `megabytes`, and where it is. */
function tinyDiskChromium(megabytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'svara-tiny-disk-'));
  const launcher = join(dir, 'chromium');
  const launched = join(dir, 'launched');
  writeFileSync(
    launcher,
    `#!/bin/sh
for arg; do case "$arg" in --user-data-dir=*) profile="\${arg#--user-data-dir=}";; esac; done
echo "$$ $profile" > '${launched}'
exec unshare ${unshareArgs().join(' ')} sh -c 'mount -t tmpfs -o size=$0 tmpfs "$1" && shift && exec "$@"' ${megabytes}m "$profile" '${chromiumPath()}' "$@"
`,
  );
  chmodSync(launcher, 0o755);
  return {
    launcher,
    /** The profile directory as the browser sees it, on its tmpfs. */
    profile() {
      const [pid, profile] = readFileSync(launched, 'utf8').trim().split(' ');
      return `/proc/${pid}/root${profile}`;
    },
  };
}

/** Comments of random words: IndexedDB compresses, so repeated text would not fill a disk. */
const customerComments: DemoComment[] = Array.from({ length: APPENDED }, (_, index) => ({
  id: `93000000000000${String(index).padStart(2, '0')}`,
  author: { name: `Kund ${index + 1}`, slug: `kund.${index + 1}` },
  text: Array.from({ length: 300 }, () => Math.random().toString(36).slice(2, 8)).join(' '),
  minutesAgo: 0,
  lang: 'sv',
}));

describe('a full disk in Chromium', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    if (!session) return;
    expectNoStrayRequests(session);
    await session.close();
  });

  it('loses no scan: they wait in the page and arrive once there is room again', async () => {
    const disk = tinyDiskChromium(DISK_MB);
    const current = await launchWithExtension({
      extensionDir: DEMO_BUILD,
      routes: demoRoutes(),
      executablePath: disk.launcher,
    });
    session = current;
    const page = await current.context.newPage();
    await page.goto(DEMO_START_URL);
    await expectBadge(current, String(DEMO_WAITING_COUNT));
    const probe = await openExtensionPage(current, 'popup.html');
    const demoItems = await readStore<Item>(probe, 'items');

    const filler = join(disk.profile(), 'filler');
    const { bavail, bsize } = statfsSync(disk.profile());
    writeFileSync(filler, Buffer.alloc(bavail * bsize - LEFT_FREE_BYTES));
    await page.evaluate(
      (html) => {
        document
          .querySelector('[data-svara-demo="comments"]')!
          .insertAdjacentHTML('beforeend', html);
      },
      customerComments.map((comment) => renderComment(demoPost, comment)).join(''),
    );
    // Past the 5.25 s after which the old content script gave a scan up for lost.
    await page.waitForTimeout(8_000);
    await expectBadge(current, String(DEMO_WAITING_COUNT));

    rmSync(filler);
    await stopServiceWorker(current, probe);
    await expectBadge(current, String(DEMO_WAITING_COUNT + APPENDED), 20_000);
    const items = await readStore<Item>(probe, 'items');
    expect(items).toHaveLength(demoItems.length + APPENDED);
    for (const comment of customerComments) {
      const stored = items.filter((item) => item.key.includes(comment.id));
      expect(stored, `comment ${comment.id}`).toHaveLength(1);
      expect(stored[0]!.text).toBe(comment.text);
    }
  }, 90_000);
});
