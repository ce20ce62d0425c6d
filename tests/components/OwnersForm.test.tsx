import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OwnersForm } from '../../components/OwnersForm';
import { sv } from '../../utils/i18n/messages/sv';
import { da } from '../../utils/i18n/messages/da';
import { nb } from '../../utils/i18n/messages/nb';
import { defaultSettings, settingsSchema, type Settings } from '../../utils/model/settings';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import type { UiLocale } from '../../utils/i18n/translate';

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
  locale: UiLocale = 'en',
) {
  const view = renderWithLocale(<OwnersForm settings={settings} onSave={onSave} />, locale);
  return { ...view, onSave, user: userEvent.setup({ delay: null }) };
}

const ownerRows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const nameField = () => screen.getByRole('textbox', { name: 'Display name' });
const urlField = () =>
  screen.getByRole('textbox', { name: 'Profile or page address (paste its link)' });
const NAME_ONLY =
  'Name only: anyone can call themself this. Add the address so that only this profile counts.';

describe('OwnersForm', () => {
  it('lists the stored identities', () => {
    renderForm();
    expect(ownerRows().map((row) => row.textContent)).toEqual([
      'Facebook: Kanelkompaniet (https://www.facebook.com/kanel)×',
      `LinkedIn: Eva Berg ${NAME_ONLY}×`,
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
      'LinkedIn: Svara AB (https://www.linkedin.com/company/svara/)×',
    );
    expect(nameField()).toHaveProperty('value', '');
    expect(urlField()).toHaveProperty('value', '');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds with Enter in the name field, URL optional', async () => {
    const { user } = renderForm(defaultSettings);
    await user.type(nameField(), 'Kanelkompaniet{Enter}');
    expect(ownerRows().map((row) => row.textContent)).toEqual([
      `Facebook: Kanelkompaniet ${NAME_ONLY}×`,
    ]);
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
    await user.type(urlField(), 'https://www.facebook.com/svara.ab/');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(ownerRows()).toHaveLength(3);
  });

  it('reads the address from a pasted profile link, dropping tracking and sub-pages', async () => {
    const { user } = renderForm(defaultSettings);
    await user.type(
      urlField(),
      'https://m.facebook.com/nordljusbageri/about?__cft__[0]=AZW&__tn__=-UC',
    );
    await user.type(nameField(), 'Nordljus Bageri{Enter}');
    expect(ownerRows().map((row) => row.textContent)).toEqual([
      'Facebook: Nordljus Bageri (https://www.facebook.com/nordljusbageri)×',
    ]);
    await user.type(urlField(), 'https://www.facebook.com/profile.php?id=100012345&sk=about');
    await user.type(nameField(), 'Eva Berg{Enter}');
    expect(ownerRows()[1].textContent).toBe(
      'Facebook: Eva Berg (https://www.facebook.com/profile.php?id=100012345)×',
    );
  });

  it('a pasted LinkedIn link chooses LinkedIn', async () => {
    const { user } = renderForm(defaultSettings);
    await user.click(urlField());
    await user.paste('https://se.linkedin.com/in/eva-berg-1a2b3c/recent-activity/?trk=x');
    expect(screen.getByRole('combobox', { name: 'Platform' })).toHaveProperty('value', 'linkedin');
    await user.type(nameField(), 'Eva Berg{Enter}');
    expect(ownerRows().map((row) => row.textContent)).toEqual([
      'LinkedIn: Eva Berg (https://www.linkedin.com/in/eva-berg-1a2b3c/)×',
    ]);
  });

  it('refuses a link that is no profile or page of the platform', async () => {
    const { user } = renderForm();
    await user.type(nameField(), 'Nordljus Bageri');
    for (const link of [
      'https://www.facebook.com/groups/bakers',
      'https://www.facebook.com.evil.example/nordljusbageri',
      'https://nordljusbageri.example/',
    ]) {
      await user.clear(urlField());
      await user.type(urlField(), link);
      await user.click(screen.getByRole('button', { name: 'Add' }));
      expect(screen.getByRole('alert').textContent, link).toBe(
        'That is not the address of a Facebook profile or page.',
      );
    }
    expect(ownerRows()).toHaveLength(2);
  });

  it.each([
    ['sv', sv.optionsOwnerNameOnly],
    ['da', da.optionsOwnerNameOnly],
    ['nb', nb.optionsOwnerNameOnly],
  ] as const)('warns in %s that a name-only identity can be imitated', (locale, warning) => {
    renderForm(SETTINGS, undefined, locale);
    const [withAddress, nameOnly] = ownerRows();
    expect(withAddress.textContent).not.toContain(warning);
    expect(nameOnly.textContent).toContain(warning);
  });

  it('shows validation errors in Swedish', async () => {
    const { user } = renderForm(SETTINGS, undefined, 'sv');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv ett namn.');
  });

  it('removes one identity by its labelled button', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Remove Kanelkompaniet' }));
    expect(ownerRows().map((row) => row.textContent)).toEqual([`LinkedIn: Eva Berg ${NAME_ONLY}×`]);
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
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const { user } = renderForm(SETTINGS, onSave);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').querySelector('p')!.textContent).toBe(
        'Could not save: the disk is full, or the browser gives Svara no more room. Free some space and try again; nothing was changed.',
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
