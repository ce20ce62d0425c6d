import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { db } from '../../utils/db/database';
import { saveSettings } from '../../utils/db/settings';
import { saveToneGuide } from '../../utils/db/tone-guides';
import { settingsSchema } from '../../utils/model/settings';
import { packagedModels } from '../../utils/models/packaged';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { renderPage } from '../helpers/pages';
import { storedItem } from './fixtures';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

/** Two of the guide's replies get a shortcut; neither is what a question about hours suggests. */
const SHORTCUTS: Record<string, string> = { 'sv-praise': 'Alt+1', 'sv-job': 'Alt+Shift+J' };
const guide = {
  ...defaultToneGuide,
  templates: defaultToneGuide.templates.map((template) =>
    SHORTCUTS[template.id] ? { ...template, shortcut: SHORTCUTS[template.id] } : template,
  ),
};

const astrid = storedItem({
  key: 'facebook:comment:1',
  author: { name: 'Astrid Lundgren' },
  text: 'Hej! Har ni öppet på söndag?',
});
const lawyer = storedItem({
  key: 'facebook:comment:2',
  author: { name: 'Bo Ek' },
  text: 'Jag ska kontakta min advokat om det här',
});

const editor = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your reply' });
const fills = () => sendMessage.mock.calls.filter(([type]) => type === 'ui/fill');

async function openItem(user: ReturnType<typeof userEvent.setup>, name: string) {
  const row = (await screen.findAllByTestId('waiting-item')).find((each) =>
    each.textContent?.includes(name),
  )!;
  await user.click(within(row).getByText(name));
  await screen.findByRole('heading', { name: new RegExp(name) });
}

// Loaded once per page, as in the panel: the first test does not pay for it inside its time.
beforeAll(() => packagedModels(), 30_000);

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue({ ok: true });
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveSettings(
    db,
    settingsSchema.parse({
      agentName: 'Eva',
      owners: [{ platform: 'facebook', name: 'Kanelkompaniet' }],
    }),
  );
  await saveToneGuide(db, guide, 'editor');
  await db.items.bulkPut([astrid, lawyer]);
});

describe('saved replies by shortcut in the side panel', () => {
  it(
    'puts the saved reply, written for the item, in the editor and fills only on f',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup({ delay: null });
      renderPage(<App />);
      await openItem(user, 'Astrid Lundgren');
      const suggestions = await screen.findAllByTestId('suggestion', {}, { timeout: 10_000 });
      expect(suggestions.map((s) => s.dataset.templateId)).not.toContain('sv-praise');

      await user.keyboard('{Alt>}1{/Alt}');
      const praise = defaultToneGuide.templates.find((t) => t.id === 'sv-praise')!;
      // The template's own words, with the customer's first name in place of its variable.
      const opening = praise.text.split('!')[1]!.trim();
      await waitFor(() => expect(editor().value).toContain(opening));
      expect(editor().value.startsWith('Hej Astrid!')).toBe(true);
      expect(editor().value).not.toContain('{');
      // Nothing reaches the platform page until the person asks for it.
      expect(fills()).toEqual([]);

      // The other chord, with Shift, from inside the reply editor, replaces it.
      editor().focus();
      await user.keyboard('{Alt>}{Shift>}J{/Shift}{/Alt}');
      const job = defaultToneGuide.templates.find((t) => t.id === 'sv-job')!;
      await waitFor(() => expect(editor().value).toContain(job.text.split('!')[1]!.trim()));
      expect(fills()).toEqual([]);

      await user.click(screen.getByRole('heading', { name: /Astrid Lundgren/ }));
      await user.keyboard('f');
      await waitFor(() => expect(fills()).toHaveLength(1));
      expect(fills()[0]![1]).toMatchObject({ key: astrid.key, text: editor().value });
      // Filled from a saved reply: logged with that template, like a suggestion.
      expect((await db.items.get(astrid.key))?.pendingSuggestion).toMatchObject({
        templateId: 'sv-job',
        suggestedText: editor().value,
      });
    },
  );

  it('leaves the editor alone for a chord no reply has', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<App />);
    await openItem(user, 'Astrid Lundgren');
    await screen.findAllByTestId('suggestion', {}, { timeout: 10_000 });
    const before = editor().value;
    await user.keyboard('{Alt>}2{/Alt}');
    expect(editor().value).toBe(before);
  });

  it('puts no saved reply in for an escalated message, and says why', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<App />);
    await openItem(user, 'Bo Ek');
    await screen.findByTestId('escalation', {}, { timeout: 10_000 });
    await user.keyboard('{Alt>}1{/Alt}');
    expect((await screen.findByTestId('fill-notice')).textContent).toBe(
      'No saved reply for an escalated message: follow the guidance above.',
    );
    expect(editor().value).toBe('');
    expect(fills()).toEqual([]);
  });

  it('lists the saved replies’ shortcuts in the shortcut list, in the UI language', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<App />, 'sv');
    await screen.findAllByTestId('waiting-item');
    await user.keyboard('?');
    const list = await screen.findByRole('region', { name: 'Kortkommandon' });
    const rows = within(list)
      .getAllByRole('definition')
      .map((dd) => `${dd.previousElementSibling!.textContent} ${dd.textContent}`);
    expect(rows).toContain('Alt+1 Använd det sparade svaret sv-praise i ditt svar');
    expect(rows).toContain('Alt+Shift+J Använd det sparade svaret sv-job i ditt svar');
  });
});
