import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { db } from '../../utils/db/database';
import { activeToneGuide, listToneGuideRevisions } from '../../utils/db/tone-guides';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { replySurfaceSchema } from '../../utils/tone/schema';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderPage } from '../helpers/pages';
import { renderWithLocale } from '../helpers/render';
import { SavedReplies } from '../../components/saved-replies/SavedReplies';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage }));

const TOTAL = defaultToneGuide.templates.length;
const HOURS = defaultToneGuide.templates.find((template) => template.id === 'sv-hours')!;

/** The options page as its entry point mounts it; its saved replies section, once the guide is read. */
async function renderReplies() {
  const view = renderPage(<App />);
  const section = within(await screen.findByRole('region', { name: 'Saved replies' }));
  return { ...view, section, user: userEvent.setup({ delay: null }) };
}

const replyButton = (section: ReturnType<typeof within>, id: string) =>
  section.getByRole('button', { name: new RegExp(`^${id}\\b`) });
const shownIds = (section: ReturnType<typeof within>) =>
  section
    .queryAllByTestId('saved-reply')
    .map((row: HTMLElement) => row.querySelector('.reply-id')!.textContent);
const textBox = (section: ReturnType<typeof within>) =>
  section.getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement;
const outcome = (section: ReturnType<typeof within>) => section.findByTestId('replies-outcome');
const setText = (section: ReturnType<typeof within>, text: string) =>
  fireEvent.change(textBox(section), { target: { value: text } });
const newestGuide = async () =>
  (await listToneGuideRevisions(db))[0]?.guide as typeof defaultToneGuide;

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(undefined);
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('saved replies on the options page', () => {
  it('edits a reply into a new guide revision that a reload shows', async () => {
    const { section, user, unmount } = await renderReplies();
    await user.click(replyButton(section, 'sv-hours'));
    const edited = 'Hej {firstName|där}! Vi har öppet 8–18 alla dagar.';
    setText(section, edited);
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    expect((await outcome(section)).textContent).toBe(
      'sv-hours saved as a new version of the guide.',
    );

    const revisions = await listToneGuideRevisions(db);
    expect(revisions.map((revision) => revision.origin)).toEqual(['editor']);
    const saved = (await activeToneGuide(db)).templates;
    expect(saved.find((template) => template.id === 'sv-hours')).toEqual({
      ...HOURS,
      text: edited,
    });
    expect(saved).toHaveLength(TOTAL);
    // The JSON view follows the new version too.
    expect(
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Tone guide JSON' }).value,
    ).toContain('Vi har öppet 8–18 alla dagar.');

    unmount();
    const reloaded = await renderReplies();
    await waitFor(() =>
      expect(replyButton(reloaded.section, 'sv-hours').textContent).toContain('8–18 alla dagar'),
    );
    await reloaded.user.click(replyButton(reloaded.section, 'sv-hours'));
    expect(textBox(reloaded.section).value).toBe(edited);
  });

  it('creates a reply with its language, intents, words and shortcut', async () => {
    const { section, user } = await renderReplies();
    await user.click(section.getByRole('button', { name: 'New reply' }));
    const id = section.getByRole('textbox', { name: /^Id/ });
    await user.clear(id);
    await user.type(id, 'da-parking');
    await user.selectOptions(
      section.getByRole('combobox', { name: 'Language of the reply' }),
      'da',
    );
    const intents = section.getByRole('group', { name: 'Kinds of message it answers' });
    await user.click(within(intents).getByRole('checkbox', { name: 'Question' }));
    await user.click(within(intents).getByRole('checkbox', { name: 'Support' }));
    setText(section, 'Hej {firstName}! Der er parkering bag caféen.');
    await user.type(
      section.getByRole('textbox', { name: /Words that make it fit/ }),
      'parkering, bil',
    );
    await user.click(section.getByRole('textbox', { name: 'Keyboard shortcut' }));
    await user.keyboard('{Alt>}7{/Alt}');
    expect(
      section.getByRole<HTMLInputElement>('textbox', { name: 'Keyboard shortcut' }).value,
    ).toBe('Alt+7');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    await outcome(section);

    const created = (await newestGuide()).templates.at(-1);
    expect(created).toMatchObject({
      id: 'da-parking',
      language: 'da',
      intents: ['support'],
      text: 'Hej {firstName}! Der er parkering bag caféen.',
      triggers: ['parkering', 'bil'],
      variables: ['firstName'],
      shortcut: 'Alt+7',
      // Offered wherever replies are written; the JSON view can narrow it.
      surfaces: replySurfaceSchema.options,
    });
    expect(section.getByRole('heading', { name: 'Edit da-parking' })).toBeTruthy();
  });

  it('duplicates a reply next to it, without its shortcut', async () => {
    const { section, user } = await renderReplies();
    await user.click(replyButton(section, 'sv-hours'));
    await user.click(section.getByRole('textbox', { name: 'Keyboard shortcut' }));
    await user.keyboard('{Alt>}1{/Alt}');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    await outcome(section);
    await user.click(section.getByRole('button', { name: 'Duplicate sv-hours' }));
    await waitFor(async () => expect(await listToneGuideRevisions(db)).toHaveLength(2));
    const templates = (await activeToneGuide(db)).templates;
    const index = templates.findIndex((template) => template.id === 'sv-hours');
    expect(templates[index]).toEqual({ ...HOURS, shortcut: 'Alt+1' });
    expect(templates[index + 1]).toEqual({ ...HOURS, id: 'sv-hours-copy' });
    expect(templates).toHaveLength(TOTAL + 1);
    expect(section.getByRole('heading', { name: 'Edit sv-hours-copy' })).toBeTruthy();
    await waitFor(() => expect(shownIds(section)).toContain('sv-hours-copy'));
  });

  it('refuses a shortcut the panel, the browser or another reply has, and says why', async () => {
    const { section, user } = await renderReplies();
    const field = () =>
      section.getByRole<HTMLInputElement>('textbox', { name: 'Keyboard shortcut' });
    const error = () => section.getByRole('alert').textContent;
    await user.click(replyButton(section, 'sv-hours'));
    await user.click(field());
    await user.keyboard('{Alt>}1{/Alt}');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    await outcome(section);

    await user.click(replyButton(section, 'sv-praise'));
    await user.click(field());
    // The panel's own keys are named; a plain letter asks for Alt.
    await user.keyboard('2');
    expect(error()).toBe(
      "2 is one of the side panel's own keys. Press Alt, or Alt and Shift, with a letter or digit.",
    );
    await user.keyboard('{Escape}');
    expect(error()).toMatch(/^Esc is one of the side panel's own keys/);
    await user.keyboard('x');
    expect(error()).toBe(
      'A shortcut starts with Alt: press Alt, or Alt and Shift, with the letter or digit.',
    );
    expect(field().value).toBe('');

    await user.keyboard('{Alt>}{Shift>}S{/Shift}{/Alt}');
    expect(error()).toBe("Alt+Shift+S opens Svara's side panel. Choose another shortcut.");
    await user.keyboard('{Alt>}f{/Alt}');
    expect(error()).toBe(
      'The browser keeps Alt+F for itself on Windows and Linux. Choose another shortcut.',
    );
    await user.keyboard('{Alt>}1{/Alt}');
    expect(field().value).toBe('Alt+1');
    expect(error()).toBe(
      'Alt+1 is already the shortcut of sv-hours. Choose another, or remove it there first.',
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    // Not saved: the field keeps the focus and the guide stays as it was.
    expect(document.activeElement).toBe(field());
    expect(await listToneGuideRevisions(db)).toHaveLength(1);

    await user.keyboard('{Alt>}2{/Alt}');
    expect(section.queryByRole('alert')).toBeNull();
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    await outcome(section);
    const saved = (await activeToneGuide(db)).templates;
    expect(saved.find((template) => template.id === 'sv-praise')?.shortcut).toBe('Alt+2');
  });

  it('words the shortcut problems in the UI language', async () => {
    renderPage(<App />, 'da');
    const section = within(await screen.findByRole('region', { name: 'Gemte svar' }));
    const user = userEvent.setup({ delay: null });
    await user.click(replyButton(section, 'sv-hours'));
    await user.click(section.getByRole('textbox', { name: 'Tastaturgenvej' }));
    await user.keyboard('f');
    expect(section.getByRole('alert').textContent).toBe(
      'f er en af sidepanelets egne taster. Tryk Alt, eller Alt og Skift, med et bogstav eller et tal.',
    );
  });

  it('deletes a reply as a new revision', async () => {
    const { section, user } = await renderReplies();
    await user.click(replyButton(section, 'sv-hours'));
    await user.click(section.getByRole('button', { name: 'Delete sv-hours' }));
    expect((await outcome(section)).textContent).toContain('sv-hours deleted.');
    const ids = (await newestGuide()).templates.map((template) => template.id);
    expect(ids).toHaveLength(TOTAL - 1);
    expect(ids).not.toContain('sv-hours');
    await waitFor(() => expect(shownIds(section)).not.toContain('sv-hours'));
  });

  it('searches text and id, and filters by language and intent', async () => {
    const { section, user } = await renderReplies();
    expect(shownIds(section)).toHaveLength(TOTAL);
    await user.type(section.getByRole('searchbox', { name: 'Search in text and id' }), 'GLUTEN');
    const byText = defaultToneGuide.templates.filter((template) => /gluten/i.test(template.text));
    expect(byText.length).toBeGreaterThan(0);
    expect(shownIds(section)).toEqual(byText.map((template) => template.id));

    await user.clear(section.getByRole('searchbox'));
    await user.type(section.getByRole('searchbox'), 'hours');
    expect(shownIds(section)).toEqual(
      defaultToneGuide.templates.filter((t) => t.id.includes('hours')).map((t) => t.id),
    );

    await user.clear(section.getByRole('searchbox'));
    await user.selectOptions(section.getByRole('combobox', { name: 'Show language' }), 'da');
    await user.selectOptions(
      section.getByRole('combobox', { name: 'Show kind of message' }),
      'complaint',
    );
    const expected = defaultToneGuide.templates.filter(
      (t) => t.language === 'da' && t.intents.includes('complaint'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(shownIds(section)).toEqual(expected.map((t) => t.id));
    expect(section.getByText(`${expected.length} of ${TOTAL} replies`)).toBeTruthy();
  });

  it('inserts a variable from the menu at the caret, by keyboard', async () => {
    const { section, user } = await renderReplies();
    await user.click(section.getByRole('button', { name: 'New reply' }));
    setText(section, 'Hej ! Tack');
    textBox(section).setSelectionRange(4, 4);
    const menuButton = section.getByRole('button', { name: 'Insert variable' });
    menuButton.focus();
    await user.keyboard('{Enter}');
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(section.queryByRole('list', { name: 'Variables' })).toBeNull();
    expect(document.activeElement).toBe(menuButton);

    await user.keyboard('{Enter}');
    const menu = section.getByRole('list', { name: 'Variables' });
    within(menu).getByRole('button', { name: "The customer's first name {firstName}" }).focus();
    await user.keyboard('{Enter}');
    expect(textBox(section).value).toBe('Hej {firstName}! Tack');
    expect(document.activeElement).toBe(textBox(section));
    expect(textBox(section).selectionStart).toBe(15);
  });

  it('previews the reply with sample values and the tone check’s findings', async () => {
    const { section, user, container } = await renderReplies();
    await user.click(replyButton(section, 'sv-hours'));
    setText(section, 'Tack {firstName}!!! Välkommen.');
    expect(section.getByTestId('reply-preview').textContent).toBe('Tack Anna!!! Välkommen.');
    const findings = section.getAllByTestId('finding').map((finding) => finding.dataset.ruleId);
    expect(findings).toEqual(expect.arrayContaining(['greeting.missing', 'exclamation.limit']));

    setText(section, HOURS.text);
    expect(section.getByText('No tone problems found.')).toBeTruthy();
    await expectNoSeriousA11yViolations(container);
  });

  it('refuses an edit the schema does not accept and keeps the guide as it was', async () => {
    const { section, user } = await renderReplies();
    await user.click(replyButton(section, 'sv-hours'));
    setText(section, 'Hej {fistName}! Vi har öppet.');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    const alert = await outcome(section);
    expect(alert.getAttribute('role')).toBe('alert');
    const index = defaultToneGuide.templates.indexOf(HOURS);
    expect(section.getByTestId('replies-problems').textContent).toContain(
      `templates[${index}].text: Unknown variable {fistName}`,
    );
    expect(await listToneGuideRevisions(db)).toEqual([]);
    expect(await activeToneGuide(db)).toStrictEqual(defaultToneGuide);
    // What was typed stays, to be put right.
    expect(textBox(section).value).toBe('Hej {fistName}! Vi har öppet.');
  });
});

describe('saved replies changed in quick succession', () => {
  it('builds a change on the one saved just before, while the stored guide has not arrived yet', async () => {
    // The guide shown stays the old one, as while the live query has not delivered the save.
    const saves: (typeof defaultToneGuide)[] = [];
    const onSave = vi.fn(async (guide: typeof defaultToneGuide) => void saves.push(guide));
    const view = renderWithLocale(<SavedReplies guide={defaultToneGuide} onSave={onSave} />, 'en');
    const user = userEvent.setup({ delay: null });
    const section = within(view.container);
    await user.click(replyButton(section, 'sv-hours'));
    await user.click(section.getByRole('textbox', { name: 'Keyboard shortcut' }));
    await user.keyboard('{Alt>}1{/Alt}');
    await user.click(section.getByRole('button', { name: 'Save reply' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    await user.click(section.getByRole('button', { name: 'Duplicate sv-hours' }));
    await waitFor(() => expect(saves).toHaveLength(2));
    const templates = saves[1]!.templates;
    expect(templates.find((template) => template.id === 'sv-hours')).toEqual({
      ...HOURS,
      shortcut: 'Alt+1',
    });
    expect(templates.find((template) => template.id === 'sv-hours-copy')).toEqual({
      ...HOURS,
      id: 'sv-hours-copy',
    });
  });
});
