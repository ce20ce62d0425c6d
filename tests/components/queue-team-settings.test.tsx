import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TeamSettings } from '../../components/TeamSettings';
import { defaultSettings, settingsSchema, type Settings } from '../../utils/model/settings';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';

const SETTINGS: Settings = { ...defaultSettings, agentName: 'Eva', colleagues: ['Karin'] };

function renderTeam(onSave = vi.fn<(s: Settings) => Promise<void>>(async () => {})) {
  const view = renderWithLocale(<TeamSettings settings={SETTINGS} onSave={onSave} />);
  return { ...view, onSave, user: userEvent.setup() };
}

describe('TeamSettings (the colleagues the queue assigns to, the badge target)', () => {
  it('edits the target and the colleagues and saves valid settings, keeping the rest', async () => {
    const { user, onSave } = renderTeam();
    const target = screen.getByLabelText('Target response time (minutes)');
    expect((target as HTMLInputElement).value).toBe('15');
    await user.clear(target);
    await user.type(target, '30');
    await user.type(screen.getByLabelText('Colleague’s name'), '  Lars  {Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove Karin' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      ...SETTINGS,
      targetMinutes: 30,
      colleagues: ['Lars'],
    });
    expect(settingsSchema.parse(onSave.mock.calls[0][0])).toEqual(onSave.mock.calls[0][0]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved.');
  });

  it.each(['0', '1.5', '', '10081'])('refuses the target %j and saves nothing', async (value) => {
    const { user, onSave } = renderTeam();
    const target = screen.getByLabelText('Target response time (minutes)');
    await user.clear(target);
    if (value) await user.type(target, value);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a whole number of minutes from 1 to 10080 (one week).',
    );
  });

  it('refuses an empty or repeated colleague', async () => {
    const { user } = renderTeam();
    const name = screen.getByLabelText('Colleague’s name');
    await user.type(name, '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
    await user.type(name, 'karin{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('karin is already on the list.');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when saving fails', async () => {
    const { user } = renderTeam(vi.fn(async () => Promise.reject(new Error('disk full'))));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const status = await screen.findByRole('status');
    expect(status.querySelector('p')!.textContent).toBe(
      'Could not save, for a reason Svara does not recognise. Try again; if it keeps happening, the details help a bug report.',
    );
    // The browser's own words, folded away for a bug report.
    expect(status.querySelector('details code')!.textContent).toBe('Error: disk full');
  });

  it('shows an empty team and has no serious accessibility violations', async () => {
    const { container } = renderWithLocale(
      <TeamSettings settings={defaultSettings} onSave={async () => {}} />,
      'nb',
    );
    expect(
      screen.getByText('Ingen kolleger ennå. Legg til navnene du tildeler elementer.'),
    ).toBeTruthy();
    await expectNoSeriousA11yViolations(container);
  });
});
