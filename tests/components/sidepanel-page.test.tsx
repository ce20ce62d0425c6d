import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { db } from '../../utils/db/database';
import { applyPageScan, dismissItem } from '../../utils/db/items';
import { saveSettings } from '../../utils/db/settings';
import { defaultSettings } from '../../utils/model/settings';
import { detected, scanOf } from '../helpers/items';
import { renderPage } from '../helpers/pages';
import { NOW } from './fixtures';

const SET_UP = {
  ...defaultSettings,
  owners: [{ platform: 'facebook' as const, name: 'Kanelkompaniet', source: 'options' as const }],
};

const authors = () =>
  screen.getAllByTestId('waiting-item').map((row) => row.querySelector('.author')!.textContent);

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(db, SET_UP);
});

describe('side panel over the real database', () => {
  it('starts empty, then lists scanned items oldest first as they arrive and leave', async () => {
    renderPage(<App />);
    expect(await screen.findByText('Nobody is waiting for an answer.')).toBeTruthy();

    await act(() =>
      applyPageScan(
        db,
        scanOf([
          detected({ key: 'fb:new', author: { name: 'Bo' }, postedAt: '2026-11-20T11:30:00Z' }),
          detected({ key: 'fb:old', author: { name: 'Cia' }, postedAt: '2026-11-20T09:00:00Z' }),
        ]),
        NOW,
        'Eva',
      ),
    );
    await waitFor(() => expect(authors()).toEqual(['Cia', 'Bo']));

    // Page text arrives through a scan and is still shown as text.
    await act(() =>
      applyPageScan(
        db,
        scanOf([detected({ key: 'fb:x', author: { name: 'Eve' }, text: '<img src=x>' })]),
        NOW,
        'Eva',
      ),
    );
    await waitFor(() => expect(authors()).toHaveLength(3));
    expect(screen.getByText('<img src=x>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();

    await act(() => dismissItem(db, 'fb:old', 'spam', 'Eva', NOW));
    await waitFor(() => expect(authors()).not.toContain('Cia'));
    expect(authors()).toHaveLength(2);
  });

  it('keeps the selection while the list changes underneath', async () => {
    await applyPageScan(
      db,
      scanOf([detected({ key: 'fb:1', author: { name: 'Bo' }, postedAt: '2026-11-20T11:00:00Z' })]),
      NOW,
      'Eva',
    );
    const user = userEvent.setup();
    renderPage(<App />);
    await waitFor(() => expect(authors()).toEqual(['Bo']));
    await user.click(within(screen.getByTestId('waiting-item')).getByText('Bo'));
    await act(() =>
      applyPageScan(
        db,
        scanOf([
          detected({ key: 'fb:0', author: { name: 'Ann' }, postedAt: '2026-11-20T08:00:00Z' }),
        ]),
        NOW,
        'Eva',
      ),
    );
    await waitFor(() => expect(authors()).toEqual(['Ann', 'Bo']));
    const rows = screen.getAllByTestId('waiting-item');
    expect(rows[1].className).toContain('selected');
    expect(rows[0].className).not.toContain('selected');
  });
});
