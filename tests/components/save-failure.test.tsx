import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { listToneGuideRevisions } from '../../utils/db/tone-guides';
import { da } from '../../utils/i18n/messages/da';
import { en } from '../../utils/i18n/messages/en';
import { nb } from '../../utils/i18n/messages/nb';
import { sv } from '../../utils/i18n/messages/sv';
import { defaultSettings } from '../../utils/model/settings';
import { PLATFORMS } from '../../utils/platforms/platforms';
import { renderPage } from '../helpers/pages';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const OWNER = { platform: PLATFORMS[0].id, name: 'Kanelkompaniet', source: 'options' as const };
/** How Dexie reports a full disk: its transaction aborted, the browser's DOMException inside. */
const fullDisk = () =>
  new Dexie.AbortError(
    'Transaction aborted',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(db, { ...defaultSettings, owners: [OWNER] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a failed save in the UI language', () => {
  it.each([
    ['sv', sv],
    ['da', da],
    ['nb', nb],
  ] as const)(
    'says a full disk in %s, the browser’s English folded away',
    async (locale, messages) => {
      const user = userEvent.setup({ delay: null });
      renderPage(<App />, locale);
      const owners = within(
        await screen.findByRole('region', { name: messages.optionsOwnersTitle }),
      );
      vi.spyOn(db.settings, 'put').mockRejectedValue(fullDisk());
      await user.click(owners.getByRole('button', { name: messages.optionsSave }));

      const status = await owners.findByRole('status');
      await waitFor(() =>
        expect(status.querySelector('p')?.textContent).toBe(messages.saveFailedQuota),
      );
      expect(status.textContent).not.toContain(en.saveFailedQuota);
      const details = status.querySelector('details')!;
      expect(details.open).toBe(false);
      expect(details.querySelector('summary')!.textContent).toBe(messages.saveFailedDetails);
      expect(details.querySelector('code')!.textContent).toContain(
        'QuotaExceededError: The quota has been exceeded.',
      );
    },
  );

  it('tells a database that refused the change from a full one', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<App />);
    const replies = within(await screen.findByRole('region', { name: 'Saved replies' }));
    vi.spyOn(db.toneGuides, 'add').mockRejectedValue(
      new Dexie.DatabaseClosedError('Database has been closed'),
    );
    await user.click(replies.getAllByTestId('saved-reply')[0]!.querySelector('button')!);
    await user.click(replies.getByRole('button', { name: 'Save reply' }));

    const outcome = await replies.findByTestId('replies-outcome');
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.querySelector('p')!.textContent).toBe(en.saveFailedDatabase);
    expect(outcome.querySelector('details code')!.textContent).toBe(
      'DatabaseClosedError: Database has been closed',
    );
    vi.restoreAllMocks();
    expect(await listToneGuideRevisions(db)).toEqual([]);
  });
});
