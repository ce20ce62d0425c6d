import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanVerdict } from '../../utils/background/scan-handler';
import { applyScanHoldingOnQuota } from '../../utils/background/storage-problem';
import { App, readFirstCounts } from '../../entrypoints/popup/App';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { defaultSettings } from '../../utils/model/settings';
import { scanOf } from '../helpers/items';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { openInWindow, renderPage } from '../helpers/pages';
import { storedItem } from './fixtures';

const NOW = new Date('2026-11-20T12:00:00Z');
const SET_UP = {
  ...defaultSettings,
  owners: [{ platform: 'facebook' as const, name: 'Kanelkompaniet', source: 'options' as const }],
};

/** The popup as its entry point mounts it, over fakeBrowser's session storage. */
const renderPopup = () => renderPage(<App storedCounts={readFirstCounts()} />);

/** Runs one scan through the background's quota handling, with the write's result given. */
const scanWhere = (verdict: ScanVerdict) =>
  applyScanHoldingOnQuota(browser.storage.session, scanOf([]), {}, async () => verdict, NOW);

beforeEach(async () => {
  fakeBrowser.reset();
  openInWindow(1);
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(db, SET_UP);
  await db.items.bulkPut(['fb:1', 'fb:2', 'fb:3'].map((key) => storedItem({ key })));
});

afterEach(() => vi.restoreAllMocks());

describe('popup when the browser’s storage is full', () => {
  it('says so in an alert while the problem lasts, and the counts stay shown', async () => {
    const { container } = renderPopup();
    await waitFor(() => expect(screen.getByTestId('waiting-count').textContent).toBe('3'));
    expect(screen.queryByRole('alert')).toBeNull();

    await act(() => scanWhere({ accepted: false, reason: 'quota' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Svara cannot save: your browser’s storage is full.');
    expect(alert.textContent).toContain('Nothing already saved was lost.');
    expect(screen.getByTestId('waiting-count').textContent).toBe('3');
    await expectNoSeriousA11yViolations(container);

    // Room again: the held scan is written at the next scan and the alert goes away.
    await act(() => scanWhere({ accepted: true, scan: scanOf([]) }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('speaks the person’s language', async () => {
    await scanWhere({ accepted: false, reason: 'quota' });
    renderPage(<App storedCounts={readFirstCounts()} />, 'sv');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Svara kan inte spara: webbläsarens lagringsutrymme är fullt.',
    );
  });

  it('ignores a damaged stored problem', async () => {
    await browser.storage.session.set({ storageProblem: { reason: 'quota', since: 'soon' } });
    renderPopup();
    await waitFor(() => expect(screen.getByTestId('waiting-count').textContent).toBe('3'));
    // Let the session read settle before asserting that nothing was shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
