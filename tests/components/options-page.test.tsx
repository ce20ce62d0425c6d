import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { db } from '../../utils/db/database';
import { getSettings, saveSettings } from '../../utils/db/settings';
import { defaultSettings } from '../../utils/model/settings';
import { renderPage } from '../helpers/pages';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const KANEL = { platform: 'facebook' as const, name: 'Kanelkompaniet', source: 'page' as const };

/** The options page as its entry point mounts it; the owners section, once settings are read. */
async function renderOwnersSection() {
  renderPage(<App />);
  return within(await screen.findByRole('region', { name: 'Who answers for the company' }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('options over the real database', () => {
  it('shows stored identities and saves edits that read back valid', async () => {
    await saveSettings(db, {
      ...defaultSettings,
      targetMinutes: 45,
      owners: [KANEL],
    });
    const user = userEvent.setup({ delay: null });
    const owners = await renderOwnersSection();
    // The name is page text, isolated in its own <bdi> within the row.
    const name = await owners.findByText('Kanelkompaniet');
    expect(name.parentElement!.textContent).toMatch(/^Facebook: Kanelkompaniet/);

    await user.selectOptions(owners.getByRole('combobox', { name: 'Platform' }), 'linkedin');
    await user.type(owners.getByRole('textbox', { name: 'Display name' }), 'Svara AB');
    await user.type(
      owners.getByRole('textbox', { name: 'Profile or page address (paste its link)' }),
      'https://www.linkedin.com/company/svara/',
    );
    await user.click(owners.getByRole('button', { name: 'Add' }));
    await user.type(owners.getByRole('textbox', { name: /Your name/ }), ' Eva ');
    await user.click(owners.getByRole('button', { name: 'Save' }));
    expect(await owners.findByRole('status')).toHaveProperty('textContent', 'Saved.');

    const stored = await getSettings(db);
    expect(stored).toEqual({
      ...defaultSettings,
      targetMinutes: 45,
      agentName: 'Eva',
      owners: [
        KANEL,
        {
          platform: 'linkedin',
          name: 'Svara AB',
          url: 'https://www.linkedin.com/company/svara/',
          source: 'options',
        },
      ],
    });
    // The background hears at once, so open tabs rescan with the new owners.
    expect(sendMessage).toHaveBeenCalledWith('ui/settings-changed', undefined);
  });

  it('reports a failed save and stores nothing', async () => {
    await saveSettings(db, { ...defaultSettings, owners: [KANEL] });
    const user = userEvent.setup({ delay: null });
    const owners = await renderOwnersSection();
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'));
    await user.type(owners.getByRole('textbox', { name: 'Display name' }), 'Svara AB');
    await user.click(owners.getByRole('button', { name: 'Add' }));
    await user.click(owners.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(owners.getByRole('status').querySelector('p')?.textContent).toBe(
        'Could not save, for a reason Svara does not recognise. Try again; if it keeps happening, the details help a bug report.',
      ),
    );
    vi.restoreAllMocks();
    expect((await getSettings(db)).owners).toEqual([KANEL]);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
