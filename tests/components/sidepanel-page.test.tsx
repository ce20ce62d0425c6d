import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WaitingList } from '../../components/WaitingList';
import { db } from '../../utils/db/database';
import { applyPageScan, dismissItem } from '../../utils/db/items';
import { useWaitingItems } from '../../components/hooks/live';
import { detected, scanOf } from '../helpers/items';
import { renderWithLocale } from '../helpers/render';
import { NOW } from './fixtures';

// The side panel's wiring: useWaitingItems over the real `db`, oldest first, into WaitingList.
function QueueUnderTest() {
  const items = useWaitingItems();
  const [selectedKey, setSelectedKey] = useState<string>();
  if (!items) return null;
  const sorted = [...items].sort((a, b) =>
    (a.postedAt ?? a.firstSeenAt).localeCompare(b.postedAt ?? b.firstSeenAt),
  );
  return (
    <WaitingList
      items={sorted}
      now={NOW}
      selectedKey={selectedKey}
      onSelect={(item) => setSelectedKey(item.key)}
      onReveal={() => {}}
    />
  );
}

const authors = () =>
  screen.getAllByTestId('waiting-item').map((row) => row.querySelector('.author')!.textContent);

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('side panel queue over the real database', () => {
  it('starts empty, then lists scanned items oldest first as they arrive and leave', async () => {
    renderWithLocale(<QueueUnderTest />);
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
    renderWithLocale(<QueueUnderTest />);
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
