import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OwnersForm } from '../../components/OwnersForm';
import { db } from '../../utils/db/database';
import { getSettings, saveSettings } from '../../utils/db/settings';
import { defaultSettings } from '../../utils/model/settings';
import { useSettings } from '../../components/hooks/live';
import { renderWithLocale } from '../helpers/render';

// The options page's wiring minus the rescan message: useSettings in, saveSettings out.
function OptionsUnderTest({ fail = false }: { fail?: boolean }) {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <OwnersForm
      settings={settings}
      onSave={async (next) => {
        if (fail) throw new Error('disk full');
        await saveSettings(db, next);
      }}
    />
  );
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('options over the real database', () => {
  it('shows stored identities and saves edits that read back valid', async () => {
    await saveSettings(db, {
      ...defaultSettings,
      targetMinutes: 45,
      owners: [{ platform: 'facebook', name: 'Kanelkompaniet', source: 'page' }],
    });
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<OptionsUnderTest />);
    // The name is page text, isolated in its own <bdi> within the row.
    const name = await screen.findByText('Kanelkompaniet');
    expect(name.parentElement!.textContent).toMatch(/^Facebook: Kanelkompaniet/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'linkedin');
    await user.type(screen.getByRole('textbox', { name: 'Display name' }), 'Svara AB');
    await user.type(
      screen.getByRole('textbox', { name: 'Profile or page address (paste its link)' }),
      'https://www.linkedin.com/company/svara/',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), ' Eva ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved.');

    const stored = await getSettings(db);
    expect(stored).toEqual({
      ...defaultSettings,
      targetMinutes: 45,
      agentName: 'Eva',
      owners: [
        { platform: 'facebook', name: 'Kanelkompaniet', source: 'page' },
        {
          platform: 'linkedin',
          name: 'Svara AB',
          url: 'https://www.linkedin.com/company/svara/',
          source: 'options',
        },
      ],
    });
  });

  it('reports a failed save and stores nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<OptionsUnderTest fail />);
    await user.type(await screen.findByRole('textbox', { name: 'Display name' }), 'Svara AB');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not save: Error: disk full'),
    );
    expect(await db.settings.count()).toBe(0);
  });
});
