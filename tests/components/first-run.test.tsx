import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import LivePopup from '../../entrypoints/popup/live';
import { Queue } from '../../components/Queue';
import { PAGE_HEALTH_KEY } from '../../utils/background/page-health';
import { db } from '../../utils/db/database';
import { getSettings, saveSettings } from '../../utils/db/settings';
import { activeToneGuide } from '../../utils/db/tone-guides';
import { defaultSettings } from '../../utils/model/settings';
import { FirstRunSection } from '../../utils/ui/first-run';
import { useSettings, useWaitingItems } from '../../utils/ui/hooks';
import { PanelAttention, useQueueShown } from '../../utils/ui/panel-attention';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { storedItem } from './fixtures';

/** The innermost element whose text matches, across the <bdi> that isolates a name. */
const textOfOneElement = (pattern: RegExp) => (_: string, element: Element | null) =>
  !!element &&
  pattern.test(element.textContent ?? '') &&
  [...element.children].every((child) => !pattern.test(child.textContent ?? ''));

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const SET_UP = {
  ...defaultSettings,
  owners: [{ platform: 'facebook' as const, name: 'Norrsken AB', source: 'options' as const }],
};

const unknownPage = {
  '3': {
    tabId: 3,
    url: 'https://www.facebook.com/norrsken/posts/1',
    surface: 'facebook-post',
    layout: 'unknown',
    reason: 'no comment list',
    scannedAt: '2026-11-20T10:00:00.000Z',
  },
};

const onOpenOptions = vi.fn();

function renderPopup(firstCounts = { total: 0, byPlatform: { facebook: 0, linkedin: 0 } }) {
  return renderWithLocale(
    <LivePopup firstCounts={firstCounts} onOpenPanel={() => {}} onOpenOptions={onOpenOptions} />,
  );
}

/** The side panel's wiring (entrypoints/sidepanel/main.tsx) around the queue. */
function PanelUnderTest() {
  const items = useWaitingItems();
  const settings = useSettings();
  const queueShown = useQueueShown(items?.length ?? 0);
  return (
    <>
      <PanelAttention />
      {items && settings && queueShown && (
        <Queue
          items={items}
          now={new Date()}
          settings={settings}
          frequentPeople={new Set()}
          onReveal={() => {}}
          onDismiss={async () => {}}
          onAssign={async () => {}}
        />
      )}
    </>
  );
}

/** The options page's first-run section, as the page shows it while settings are loaded. */
function OptionsUnderTest() {
  const settings = useSettings();
  return settings ? <FirstRunSection settings={settings} /> : null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  onOpenOptions.mockReset();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => vi.restoreAllMocks());

describe('a fresh install', () => {
  it('popup: says “Set up Svara” with a button to the setup, never a good zero', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderPopup();
    const button = await screen.findByRole('button', { name: 'Set up Svara' });
    await expectNoSeriousA11yViolations(container);
    expect(screen.getByRole('heading', { name: 'Svara is not set up yet' })).toBeTruthy();
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    await user.click(button);
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('popup: the first fast count shows no good zero before the settings are read', async () => {
    renderPopup();
    // Synchronously, before any live query has answered.
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
    await screen.findByRole('button', { name: 'Set up Svara' });
  });

  it.each([
    ['sv', 'Konfigurera Svara'],
    ['da', 'Sæt Svara op'],
    ['nb', 'Sett opp Svara'],
  ] as const)('popup in %s: the prompt in the UI language', async (locale, button) => {
    renderWithLocale(
      <LivePopup firstCounts={null} onOpenPanel={() => {}} onOpenOptions={() => {}} />,
      locale,
    );
    expect(await screen.findByRole('button', { name: button })).toBeTruthy();
  });

  it('side panel: the setup prompt instead of the queue', async () => {
    renderWithLocale(<PanelUnderTest />);
    expect(await screen.findByRole('button', { name: 'Set up Svara' })).toBeTruthy();
    expect(screen.queryByText('Nobody is waiting for an answer.')).toBeNull();
  });
});

describe('the first-run setup', () => {
  it('writes the owners and a starter guide in the company’s name, with no café in it', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderWithLocale(<OptionsUnderTest />);
    await user.type(await screen.findByRole('textbox', { name: 'Company name' }), 'Norrsken AB');
    await expectNoSeriousA11yViolations(container);
    await user.type(
      screen.getByRole('textbox', { name: 'Facebook Page address (optional)' }),
      'https://www.facebook.com/norrskenab',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'LinkedIn Page address (optional)' }),
      'https://www.linkedin.com/company/norrsken-ab/',
    );
    await user.clear(screen.getByRole('spinbutton', { name: 'Target response time (minutes)' }));
    await user.type(
      screen.getByRole('spinbutton', { name: 'Target response time (minutes)' }),
      '30',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Danish' }));
    await user.click(screen.getByRole('button', { name: 'Next: who answers' }));

    // The owners form, with the company's pages already in it.
    expect(await screen.findByText(textOfOneElement(/Facebook: Norrsken AB/))).toBeTruthy();
    expect(screen.getByText(textOfOneElement(/LinkedIn: Norrsken AB/))).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Eva');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Svara is set up. Your starter guide is in the tone guide below.',
    );

    const settings = await getSettings(db);
    expect(settings.owners.map(({ platform, name }) => [platform, name])).toEqual([
      ['facebook', 'Norrsken AB'],
      ['linkedin', 'Norrsken AB'],
    ]);
    expect(settings.owners.every((owner) => owner.url)).toBe(true);
    expect(settings).toMatchObject({ agentName: 'Eva', targetMinutes: 30 });

    const guide = await activeToneGuide(db);
    expect(guide.name).toBe('Norrsken AB');
    expect(guide.languages.supported).toEqual(['en', 'sv', 'nb']);
    expect(guide.templates.some((template) => template.text.includes('Norrsken AB'))).toBe(true);
    expect(JSON.stringify(guide)).not.toMatch(/kanelkompaniet/i);
    expect(sendMessage).toHaveBeenCalledWith('ui/settings-changed', undefined);
  });

  it('saves nothing until someone answers for the company', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<OptionsUnderTest />);
    await user.type(await screen.findByRole('textbox', { name: 'Company name' }), 'Norrsken AB');
    await user.click(screen.getByRole('button', { name: 'Next: who answers' }));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'add at least one Page or profile the company answers as',
    );
    expect(await db.toneGuides.count()).toBe(0);
    expect((await getSettings(db)).owners).toEqual([]);
  });

  it('refuses a name that would read as a template variable', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithLocale(<OptionsUnderTest />);
    await user.type(
      await screen.findByRole('textbox', { name: 'Company name' }),
      'Norrsken {{firstName}',
    );
    await user.click(screen.getByRole('button', { name: 'Next: who answers' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter the company’s name, without { } or [[ ]].',
    );
  });
});

describe('an unrecognised page', () => {
  beforeEach(async () => {
    await saveSettings(db, SET_UP);
    await fakeBrowser.storage.session.set({ [PAGE_HEALTH_KEY]: unknownPage });
  });

  it('popup: the alert and no good zero beside it', async () => {
    renderPopup();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Detection needs an update on this page',
    );
    // Let the live queries settle before asserting what is not shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByTestId('waiting-count')).toBeNull();
  });

  it('popup: a count above zero is still shown beside the alert', async () => {
    await db.items.put(storedItem({ key: 'fb:1' }));
    renderPopup({ total: 1, byPlatform: { facebook: 1, linkedin: 0 } });
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('waiting-count').textContent).toBe('1'));
  });

  it('side panel: the alert, and no empty queue saying nobody is waiting', async () => {
    renderWithLocale(<PanelUnderTest />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Detection needs an update on this page',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText('Nobody is waiting for an answer.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set up Svara' })).toBeNull();
  });
});

describe('set up and all well', () => {
  it('popup and panel show the good zero', async () => {
    await saveSettings(db, SET_UP);
    renderPopup();
    expect(await screen.findByText('Nobody is waiting. Well done.')).toBeTruthy();
    renderWithLocale(<PanelUnderTest />);
    expect(await screen.findByText('Nobody is waiting for an answer.')).toBeTruthy();
  });
});
