import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { badgeText, openExtensionPage, type ExtensionSession } from '../../scripts/lib/browser';
import { waitForDemoPreset } from '../../scripts/demo/preset';
import { DEMO_START_URL } from '../../scripts/demo/routes';

declare global {
  interface Window {
    /** The demo page's Lexical editor state as text (tests/editors/src/harness.ts). */
    __editorText(): string;
  }
}

export const DEMO_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');
export const PRODUCTION_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Polls until the badge shows `expected`, failing after `timeoutMs`. */
export async function expectBadge(session: ExtensionSession, expected: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  let text = await badgeText(session);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    text = await badgeText(session);
  }
  expect(text).toBe(expected);
}

/**
 * Reads a whole object store of the extension's database from one of its pages; empty while the
 * extension has not created the database or the store yet (this creates neither: an empty
 * database made here would race the extension's own first open).
 */
export async function readStore<T>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (storeName) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('svara');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? done([]) : fail(open.error));
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(storeName)) {
            database.close();
            done([]);
            return;
          }
          const request = database.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            database.close();
            done(request.result as T[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

/** An end-to-end run fails on any request to a host nobody routed. */
export function expectNoStrayRequests(session: ExtensionSession) {
  expect(session.strayRequests).toEqual([]);
}

/** The badge's background colour as [r, g, b, a], read from one of the extension's pages. */
export async function badgeBackground(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate<number[]>('chrome.action.getBadgeBackgroundColor({})');
}

/**
 * Opens the demo post once the worker has preset the demo identity (a page scanned before then
 * owns nothing) and waits for the scan to show on the badge.
 */
export async function openDemoPost(session: ExtensionSession): Promise<Page> {
  await waitForDemoPreset(session);
  const post = await session.context.newPage();
  await post.goto(DEMO_START_URL);
  for (let attempt = 0; attempt < 100 && (await badgeText(session)) === ''; attempt++) {
    await post.waitForTimeout(100);
  }
  return post;
}

/**
 * The side panel once the worker has preset the demo identity (a page scanned before then owns
 * nothing), and the demo post served with its real Lexical reply box, loaded.
 */
export async function openPanelAndEditorPost(
  session: ExtensionSession,
): Promise<{ panel: Page; page: Page }> {
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await expect
    .poll(async () => {
      const rows = await readStore<{ key: string; value: { demo?: boolean } }>(panel, 'settings');
      return rows.some((row) => row.key === 'settings' && row.value.demo === true);
    })
    .toBe(true);
  const page = await session.context.newPage();
  await page.goto(DEMO_START_URL);
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  return { panel, page };
}
