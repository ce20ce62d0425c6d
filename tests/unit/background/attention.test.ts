import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  attentionOf,
  badgeWithAttention,
  isSetUp,
  readAttention,
} from '../../../utils/background/attention';
import { PAGE_HEALTH_KEY } from '../../../utils/background/page-health';
import { STORAGE_PROBLEM_BADGE } from '../../../utils/background/storage-problem';
import { defaultSettings } from '../../../utils/model/settings';

const countBadge = { text: '', colour: '#2e7d32', count: 0, warning: false };
const facts = { storageProblem: false, unknownLayout: false, setUp: true };

describe('attention', () => {
  it('lists what holds, most serious first', () => {
    expect(attentionOf(facts)).toEqual([]);
    expect(attentionOf({ storageProblem: true, unknownLayout: true, setUp: false })).toEqual([
      'storage-problem',
      'unknown-layout',
      'not-set-up',
    ]);
  });

  it('is set up once an identity is given, or in the demo', () => {
    expect(isSetUp(defaultSettings)).toBe(false);
    expect(isSetUp(defaultSettings, true)).toBe(true);
    expect(isSetUp({ ...defaultSettings, demo: true })).toBe(true);
    expect(
      isSetUp({
        ...defaultSettings,
        owners: [{ platform: 'facebook', name: 'A', source: 'options' }],
      }),
    ).toBe(true);
  });

  it('never leaves an empty, green badge beside an attention', () => {
    expect(badgeWithAttention(countBadge, [])).toBe(countBadge);
    expect(badgeWithAttention(countBadge, ['storage-problem', 'not-set-up'])).toBe(
      STORAGE_PROBLEM_BADGE,
    );
    for (const attention of ['unknown-layout', 'not-set-up'] as const) {
      const badge = badgeWithAttention(countBadge, [attention]);
      expect(badge.text).not.toBe('');
      expect(badge.colour).not.toBe(countBadge.colour);
    }
  });
});

describe('readAttention', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads an unrecognised page from the session’s page health, whichever tab it is in', async () => {
    const setUp = { ...defaultSettings, demo: true };
    expect(await readAttention(browser.storage.session, setUp, false)).toEqual([]);
    await browser.storage.session.set({
      [PAGE_HEALTH_KEY]: {
        '3': {
          tabId: 3,
          url: 'https://www.facebook.com/x',
          surface: 'facebook-post',
          layout: 'unknown',
          scannedAt: '2026-11-20T10:00:00.000Z',
        },
      },
    });
    expect(await readAttention(browser.storage.session, setUp, false)).toEqual(['unknown-layout']);
    expect(await readAttention(browser.storage.session, defaultSettings, false)).toEqual([
      'unknown-layout',
      'not-set-up',
    ]);
  });
});
