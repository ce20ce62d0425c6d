import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capturePageSnapshot } from '../../../utils/snapshot/capture';
import { pageSnapshotSchema, type PageSnapshot } from '../../../utils/snapshot/schema';
import { facebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { REAL_FIXTURES_DIR, parseHtml } from '../../helpers/fixtures';
import { detectAsTheCli, detectionShape, snapshotThroughContentScript } from './capture-harness';

describe('capturePageSnapshot on the real Facebook capture', () => {
  const html = readFileSync(
    join(REAL_FIXTURES_DIR, 'facebook/comet-profile-post-comments-2025-06.html'),
    'utf8',
  );
  const url = 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  const owners = [
    { platform: 'facebook' as const, name: 'Salman Mohammad Sultan', source: 'options' as const },
  ];
  const snapshot = capturePageSnapshot(
    doc,
    facebookAdapter,
    owners,
    new Date('2025-06-20T12:00:00Z'),
  )!;

  it('is a valid snapshot with what was detected, pseudonymised consistently', () => {
    expect(pageSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.detected.layout).toBe('recognised');
    expect(snapshot.detected.items).toHaveLength(11);
    const names = new Set(snapshot.detected.items.map((item) => item.author.name));
    for (const name of names) expect(snapshot.html).toContain(name);
  });

  it('detects the same layout, items and decisions on the snapshot as on the page', () => {
    const now = new Date('2025-06-20T12:00:00Z');
    const onPage = detectAsTheCli(html, url, now);
    expect(onPage.layout).toBe('recognised');
    expect(detectionShape(detectAsTheCli(snapshot.html, snapshot.url, now))).toEqual(
      detectionShape(onPage),
    );
  });

  it('keeps no real name, profile link or comment text', () => {
    const serialised = JSON.stringify(snapshot);
    for (const secret of ['Salman Mohammad Sultan', 'Anayeat Khan', 'salmanmd.sultan.1']) {
      expect(serialised).not.toContain(secret);
    }
  });
});

// happy-dom needs seconds to parse and walk this page.
describe(
  'a snapshot of the real LinkedIn capture, taken by the content script',
  { timeout: 60_000 },
  () => {
    const html = readFileSync(
      join(REAL_FIXTURES_DIR, 'linkedin/post-with-comments-2026-09.html'),
      'utf8',
    );
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/';
    const now = new Date('2026-09-02T12:00:00Z');
    let snapshot: PageSnapshot;
    beforeAll(async () => {
      snapshot = await snapshotThroughContentScript(html, url, []);
    });

    it('replaces profile links, names and URNs; keeps classes and data-ids', () => {
      expect(snapshot.html).not.toContain('Test Person');
      expect(snapshot.html).not.toContain('/in/test-person-1');
      const original = parseHtml(html);
      const sanitised = parseHtml(snapshot.html);
      const entities = sanitised.querySelectorAll(
        'article.comments-comment-entity[data-id^="urn:li:comment:"]',
      );
      expect(entities).toHaveLength(
        original.querySelectorAll('article.comments-comment-entity').length,
      );
      // That capture was scrubbed to one id for every comment; the mapping keeps it one.
      const dataIds = new Set([...entities].map((entity) => entity.getAttribute('data-id')));
      expect(dataIds.size).toBe(1);
      expect([...dataIds][0]).toMatch(/^urn:li:comment:\(activity:\d{19},\d{19}\)$/);
      expect([...dataIds][0]).not.toContain('1111111111111111111');
    });

    it('detects the same layout, items and decisions on the snapshot as on the page', () => {
      const onPage = detectAsTheCli(html, url, now);
      expect(onPage.layout).toBe('recognised');
      expect(detectionShape(detectAsTheCli(snapshot.html, snapshot.url, now))).toEqual(
        detectionShape(onPage),
      );
    });
  },
);
