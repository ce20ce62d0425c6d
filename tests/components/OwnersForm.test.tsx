import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OwnersForm } from '../../components/OwnersForm';
import { defaultSettings, settingsSchema, type Settings } from '../../utils/model/settings';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';

const SETTINGS: Settings = settingsSchema.parse({
  owners: [
    { platform: 'facebook', name: 'Kanelkompaniet', url: 'https://www.facebook.com/kanel' },
    { platform: 'linkedin', name: 'Eva Berg', source: 'page' },
  ],
  agentName: 'Eva',
  colleagues: ['Jon'],
  targetMinutes: 30,
});

function renderForm(
  settings: Settings = SETTINGS,
  onSave = vi.fn<(s: Settings) => Promise<void>>().mockResolvedValue(undefined),
  locale: 'en' | 'sv' = 'en',
) {
  const view = renderWithLocale(<OwnersForm settings={settings} onSave={onSave} />, locale);
  return { ...view, onSave, user: userEvent.setup({ delay: null }) };
}

const ownerRows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const nameField = () => screen.getByRole('textbox', { name: 'Display name' });
const urlField = () => screen.getByRole('textbox', { name: 'Profile or page URL (optional)' });

describe('OwnersForm', () => {
  it('lists the stored identities', () => {
    renderForm();
    expect(ownerRows().map((row) => row.textContent)).toEqual([
      'Facebook: Kanelkompaniet (https://www.facebook.com/kanel)×',
      'LinkedIn: Eva Berg×',
    ]);
    expect(screen.getByRole('textbox', { name: /Your name/ })).toHaveProperty('value', 'Eva');
  });

  it('says there are no identities yet', () => {
    renderForm(defaultSettings);
    expect(screen.getByText(/No identities yet/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('adds an identity from platform, name and URL, then clears the fields', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'linkedin');
    await user.type(nameField(), '  Svara AB  ');
    await user.type(urlField(), 'https://www.linkedin.com/company/svara');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(ownerRows()).toHaveLength(3);
    expect(ownerRows()[2].textContent).toBe(
      'LinkedIn: Svara AB (https://www.linkedin.com/company/svara)×',
    );
    expect(nameField()).toHaveProperty('value', '');
    expect(urlField()).toHaveProperty('value', '');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds with Enter in the name field, URL optional', async () => {
    const { user } = renderForm(defaultSettings);
    await user.type(nameField(), 'Kanelkompaniet{Enter}');
    expect(ownerRows().map((row) => row.textContent)).toEqual(['Facebook: Kanelkompaniet×']);
  });

  it('refuses an empty name', async () => {
    const { user } = renderForm();
    await user.type(nameField(), '   ');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
    expect(ownerRows()).toHaveLength(2);
  });

  it('refuses a URL that is not a web address, and clears the error once fixed', async () => {
    const { user } = renderForm();
    await user.type(nameField(), 'Svara AB');
    await user.type(urlField(), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('That is not a web address.');
    expect(ownerRows()).toHaveLength(2);
    // The typed values stay so they can be corrected.
    expect(nameField()).toHaveProperty('value', 'Svara AB');

    await user.clear(urlField());
    await user.type(urlField(), 'https://svara.example/');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(ownerRows()).toHaveLength(3);
  });

  it('shows validation errors in Swedish', async () => {
    const { user } = renderForm(SETTINGS, undefined, 'sv');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv ett namn.');
  });

  it('removes one identity by its labelled button', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Remove Kanelkompaniet' }));
    expect(ownerRows().map((row) => row.textContent)).toEqual(['LinkedIn: Eva Berg×']);
  });

  it('saves the new owners and the trimmed agent name, keeping other settings', async () => {
    const { user, onSave } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Remove Eva Berg' }));
    await user.type(nameField(), 'Svara AB');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const agent = screen.getByRole('textbox', { name: /Your name/ });
    await user.clear(agent);
    await user.type(agent, '  Jon Ek  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved).toEqual({
      ...SETTINGS,
      agentName: 'Jon Ek',
      owners: [
        {
          platform: 'facebook',
          name: 'Kanelkompaniet',
          url: 'https://www.facebook.com/kanel',
          source: 'options',
        },
        { platform: 'facebook', name: 'Svara AB', url: undefined, source: 'options' },
      ],
    });
    // What is saved is valid settings.
    expect(settingsSchema.safeParse(saved).success).toBe(true);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved.');
  });

  it('does not save while identities are only being edited', async () => {
    const { user, onSave } = renderForm();
    await user.type(nameField(), 'Svara AB{Enter}');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reports a failed save with the reason', async () => {
    const onSave = vi
      .fn<(s: Settings) => Promise<void>>()
      .mockRejectedValue(new Error('QuotaExceededError'));
    const { user } = renderForm(SETTINGS, onSave);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Could not save: Error: QuotaExceededError',
      ),
    );
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('has no serious accessibility violations, including with an error shown', async () => {
    const { container, user } = renderForm();
    await expectNoSeriousA11yViolations(container);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    await expectNoSeriousA11yViolations(container);
  });
});
