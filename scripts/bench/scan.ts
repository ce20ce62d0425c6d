import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../lib/browser';
import { median } from './stats';

const EXTENSION_ORIGIN = 'chrome-extension://svara-bench';
const SCANS = 100;
const ITEMS_PER_SCAN = 5;
const TAB = { tabUrl: 'https://www.facebook.com/kanelkompaniet/posts/1' };

/**
 * The background's own scan handler runs in Node over fake-indexeddb; it fetches the packaged
 * models from the extension's address, served here from public/ as in the unit tests.
 */
async function backgroundInNode() {
  const fake = await import('fake-indexeddb');
  const global = globalThis as Record<string, unknown>;
  // Set before Dexie is first imported, which reads them once.
  global.indexedDB = fake.indexedDB;
  global.IDBKeyRange = fake.IDBKeyRange;
  global.chrome ??= {
    runtime: { id: 'svara-bench', getURL: (path: string) => `${EXTENSION_ORIGIN}${path}` },
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${EXTENSION_ORIGIN}/`)) return realFetch(input, init);
    const body = await readFile(join(ROOT, 'public', url.slice(EXTENSION_ORIGIN.length + 1)));
    return new Response(body, { status: 200 });
  };
  const { SvaraDatabase } = await import('../../utils/db/database');
  const { saveToneGuide } = await import('../../utils/db/tone-guides');
  const { handlePageScan } = await import('../../utils/background/scan-handler');
  const { defaultToneGuide } = await import('../../utils/tone/default-guide');
  return { SvaraDatabase, saveToneGuide, handlePageScan, defaultToneGuide };
}

type Background = Awaited<ReturnType<typeof backgroundInNode>>;

function scanOf(round: number) {
  const items = Array.from({ length: ITEMS_PER_SCAN }, (_, i) => ({
    platform: 'facebook',
    kind: 'comment',
    key: `facebook:comment:${round}-${i}`,
    threadKey: 'facebook:post:1',
    author: { name: `Bench Customer ${i}`, profileUrl: `https://www.facebook.com/bench.${i}` },
    text: `Har ni öppet på söndag? (${round}-${i})`,
    answered: false,
    byOwner: false,
    ownedThread: true,
    waiting: true,
  }));
  return {
    layout: 'recognised',
    platform: 'facebook',
    surface: 'facebook-post',
    full: true,
    items,
    pageOwners: [],
  };
}

/** A database with `revisions` saved guide revisions, its models and guide already loaded. */
async function databaseWith(background: Background, revisions: number, now: Date) {
  const db = new background.SvaraDatabase(`bench-scan-${revisions}-${Date.now()}`);
  for (let i = 0; i < revisions; i += 1) {
    const guide = { ...background.defaultToneGuide, name: `Revision ${i + 1}` };
    await background.saveToneGuide(db, guide, i === 0 ? 'default' : 'editor');
  }
  await background.handlePageScan(db, scanOf(-1), TAB, now);
  return db;
}

async function timedScan(background: Background, db: Database, round: number, now: Date) {
  const start = performance.now();
  const verdict = await background.handlePageScan(db, scanOf(round), TAB, now);
  const ms = performance.now() - start;
  if (!verdict.accepted) throw new Error(`scan refused: ${verdict.reason}`);
  return ms;
}

type Database = InstanceType<Background['SvaraDatabase']>;

/**
 * `scan.guideRevisions500Ms`: what 500 saved guide revisions add to one scan of 5 new comments
 * (the background's scan handler over fake-indexeddb) against a single revision: the median of
 * the paired differences. Scans alternate between the two databases so a slower moment of the
 * machine falls on both of a pair.
 */
export async function measureGuideRevisions() {
  const background = await backgroundInNode();
  const now = new Date('2026-11-20T10:00:00Z');
  const one = await databaseWith(background, 1, now);
  const many = await databaseWith(background, 500, now);
  try {
    const oneTimes: number[] = [];
    const manyTimes: number[] = [];
    for (let round = 0; round < SCANS; round += 1) {
      oneTimes.push(await timedScan(background, one, round, now));
      manyTimes.push(await timedScan(background, many, round, now));
    }
    const extraMs = median(manyTimes.map((ms, round) => ms - oneTimes[round]));
    return { extraMs, oneMs: median(oneTimes), manyMs: median(manyTimes) };
  } finally {
    await Promise.all([one.delete(), many.delete()]);
  }
}
