import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import type { ScanVerdict } from '../../utils/background/scan-handler';
import { applyScanHoldingOnQuota } from '../../utils/background/storage-problem';
import { useStorageProblem } from '../../components/hooks/live';
import { scanOf } from '../helpers/items';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';

const NOW = new Date('2026-11-20T12:00:00Z');
const COUNTS = { total: 3, byPlatform: { facebook: 2, linkedin: 1 } };

/** The popup's wiring for this alert: the real hook over fakeBrowser's session storage. */
function PopupUnderTest() {
  const storageProblem = useStorageProblem();
  return (
    <Popup
      counts={COUNTS}
      summary={null}
      unknownLayout={null}
      storageProblem={storageProblem}
      onOpenPanel={() => {}}
      onOpenOptions={() => {}}
    />
  );
}

/** Runs one scan through the background's quota handling, with the write's result given. */
const scanWhere = (verdict: ScanVerdict) =>
  applyScanHoldingOnQuota(browser.storage.session, scanOf([]), {}, async () => verdict, NOW);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('popup when the browser’s storage is full', () => {
  it('says so in an alert while the problem lasts, and the counts stay shown', async () => {
    const { container } = renderWithLocale(<PopupUnderTest />);
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

  it('speaks the person’s language', () => {
    renderWithLocale(
      <Popup
        counts={COUNTS}
        summary={null}
        unknownLayout={null}
        storageProblem={{ since: NOW.toISOString() }}
        onOpenPanel={() => {}}
        onOpenOptions={() => {}}
      />,
      'sv',
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Svara kan inte spara: webbläsarens lagringsutrymme är fullt.',
    );
  });

  it('ignores a damaged stored problem', async () => {
    await browser.storage.session.set({ storageProblem: { reason: 'quota', since: 'soon' } });
    renderWithLocale(<PopupUnderTest />);
    await act(() => Promise.resolve());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
