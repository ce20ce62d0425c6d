import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturePageSnapshot } from '../../../utils/snapshot/capture';
import { pageSnapshotSchema } from '../../../utils/snapshot/schema';
import { facebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { REAL_FIXTURES_DIR } from '../../helpers/fixtures';

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

  it('keeps no real name, profile link or comment text', () => {
    const serialised = JSON.stringify(snapshot);
    for (const secret of ['Salman Mohammad Sultan', 'Anayeat Khan', 'salmanmd.sultan.1']) {
      expect(serialised).not.toContain(secret);
    }
  });
});
