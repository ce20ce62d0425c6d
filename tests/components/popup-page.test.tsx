import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, readFirstCounts } from '../../entrypoints/popup/App';
import { PAGE_HEALTH_KEY, type PageHealth } from '../../utils/background/page-health';
import { db } from '../../utils/db/database';
import { applyPageScan } from '../../utils/db/items';
import { saveSettings } from '../../utils/db/settings';
import { defaultSettings } from '../../utils/model/settings';
import { useWaitingItems } from '../../components/hooks/live';
import { detected, scanOf } from '../helpers/items';
import { openInWindow, renderPage } from '../helpers/pages';
import { renderWithLocale } from '../helpers/render';
import { NOW, storedItem } from './fixtures';

/** The popup as its entry point mounts it: the first count read, then the live popup. */
const renderPopup = () => renderPage(<App storedCounts={readFirstCounts()} />);

function KeysProbe() {
  const items = useWaitingItems();
  if (!items) return <p>loading</p>;
  return <p data-testid="keys">{items.map((item) => item.key).join(',')}</p>;
}

const TAB = 7;

function health(overrides: Partial<PageHealth>): PageHealth {
  return {
    tabId: TAB,
    url: 'https://www.facebook.com/kanel/posts/1',
    surface: 'facebook-post',
    layout: 'recognised',
    scannedAt: NOW.toISOString(),
    ...overrides,
  };
}

const count = () => screen.getByTestId('waiting-count').textContent;

/** Set up: a zero is good news only then (tests/components/first-run.test.tsx shows otherwise). */
const SET_UP = {
  ...defaultSettings,
  owners: [{ platform: 'facebook' as const, name: 'Kanelkompaniet', source: 'options' as const }],
};

beforeEach(async () => {
  // Ages are counted from NOW; the clock still moves, for the database and the live queries.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'], shouldAdvanceTime: true });
  fakeBrowser.reset();
  openInWindow(1);
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(db, SET_UP);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('popup over the real database', () => {
  it('counts what is stored and follows new writes live', async () => {
    await applyPageScan(
      db,
      scanOf([detected({ key: 'fb:1', postedAt: '2026-11-20T10:00:00Z' })]),
      NOW,
      'Eva',
    );
    renderPopup();
    await waitFor(() => expect(count()).toBe('1'));
    // The indexed count may come first; the details follow.
    expect((await screen.findByTestId('oldest')).textContent).toBe('Oldest waiting: 2 h');

    // Another scan adds a LinkedIn comment and a reply that is not on our thread.
    await act(() =>
      applyPageScan(
        db,
        {
          ...scanOf([
            detected({ key: 'li:1', platform: 'linkedin', threadKey: 'li:post:1' }),
            detected({ key: 'li:2', platform: 'linkedin', ownedThread: false }),
          ]),
          platform: 'linkedin',
          surface: 'linkedin-post',
        },
        NOW,
        'Eva',
      ),
    );
    await waitFor(() => expect(count()).toBe('2'));
    expect(screen.getByTestId('waiting-facebook').textContent).toBe('Facebook: 1');
    expect(screen.getByTestId('waiting-linkedin').textContent).toBe('LinkedIn: 1');

    // The owner's reply is seen: the Facebook comment is answered and leaves the count.
    await act(() =>
      applyPageScan(db, scanOf([detected({ key: 'fb:1', answered: true })]), NOW, 'Eva'),
    );
    await waitFor(() => expect(count()).toBe('1'));
    expect(screen.getByTestId('waiting-facebook').textContent).toBe('Facebook: 0');

    await act(() => db.items.clear());
    await waitFor(() => expect(count()).toBe('0'));
    expect(screen.getByText('Nobody is waiting. Well done.')).toBeTruthy();
  });

  it('opens the reply panel in its own window, and the options page', async () => {
    const user = userEvent.setup({ delay: null });
    const openPanel = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue();
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    renderPopup();
    await waitFor(() => expect(count()).toBe('0'));
    await user.click(screen.getByRole('button', { name: 'Open the reply panel' }));
    expect(openPanel).toHaveBeenCalledWith({ windowId: 1 });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('takes the badge level from the stored target', async () => {
    await db.items.put(storedItem({ key: 'fb:1', postedAt: '2026-11-20T10:00:00Z' }));
    renderPopup();
    await waitFor(() => expect(screen.getByTestId('waiting-count').className).toContain('late'));
    // A three-hour target makes a two-hour wait fine, live.
    await act(() => saveSettings(db, { ...SET_UP, targetMinutes: 180 }));
    await waitFor(() =>
      expect(screen.getByTestId('waiting-count').className).toContain('level-ok'),
    );
  });

  it('lists waiting items live through useWaitingItems', async () => {
    await db.items.bulkPut([
      storedItem({ key: 'a' }),
      storedItem({ key: 'b', status: 'answered' }),
    ]);
    renderWithLocale(<KeysProbe />);
    await waitFor(() => expect(screen.getByTestId('keys').textContent).toBe('a'));
    await act(() => db.items.put(storedItem({ key: 'c' })));
    await waitFor(() => expect(screen.getByTestId('keys').textContent).toBe('a,c'));
    await act(() => db.items.update('a', { status: 'dismissed' }));
    await waitFor(() => expect(screen.getByTestId('keys').textContent).toBe('c'));
  });

  it('warns while an open page’s last scan did not recognise the layout, live', async () => {
    renderPopup();
    await waitFor(() => expect(count()).toBe('0'));
    expect(screen.queryByRole('alert')).toBeNull();

    await act(() =>
      fakeBrowser.storage.session.set({
        [PAGE_HEALTH_KEY]: {
          '3': health({ tabId: 3 }),
          [String(TAB)]: health({ layout: 'unknown', reason: 'no comment list' }),
        },
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Detection needs an update on this page',
    );

    // The page is recognised after an update: the warning goes.
    await act(() =>
      fakeBrowser.storage.session.set({
        [PAGE_HEALTH_KEY]: { '3': health({ tabId: 3 }), [String(TAB)]: health({}) },
      }),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows no warning from recognised pages or damaged health data, and still counts', async () => {
    await db.items.put(storedItem({ key: 'fb:1' }));
    await fakeBrowser.storage.session.set({
      [PAGE_HEALTH_KEY]: { '3': health({ tabId: 3 }), [String(TAB)]: { layout: 'unknown' } },
    });
    renderPopup();
    await waitFor(() => expect(count()).toBe('1'));
    // Let the health read settle before asserting that nothing was shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
