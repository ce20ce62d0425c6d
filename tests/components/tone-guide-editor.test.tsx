import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ToneGuideEditor, type ToneGuideRevisionSummary } from '../../components/ToneGuideEditor';
import { db } from '../../utils/db/database';
import { activeToneGuide, listToneGuideRevisions, saveToneGuide } from '../../utils/db/tone-guides';
import { defaultToneGuide, defaultToneGuideInput } from '../../utils/tone/default-guide';
import type { ToneGuide, ToneGuideInput } from '../../utils/tone/schema';
import { ToneGuideSection } from '../../entrypoints/options/tone-guide';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import type { UiLocale } from '../../utils/i18n/translate';

type Save = (guide: ToneGuide, origin: 'editor' | 'import') => Promise<void>;

const REVISIONS: ToneGuideRevisionSummary[] = [
  { revision: 3, savedAt: '2026-11-20T10:00:00.000Z', origin: 'import' },
  { revision: 2, savedAt: '2026-11-19T09:00:00.000Z', origin: 'editor' },
  { revision: 1, savedAt: '2026-11-18T08:00:00.000Z', origin: 'default' },
];

function renderEditor(revisions = REVISIONS, locale: UiLocale = 'en') {
  const onSave = vi.fn<Save>().mockResolvedValue(undefined);
  const onRestore = vi.fn<(revision: number) => Promise<void>>().mockResolvedValue(undefined);
  const view = renderWithLocale(
    <ToneGuideEditor
      guide={defaultToneGuide}
      revisions={revisions}
      activeRevision={revisions[0]?.revision}
      onSave={onSave}
      onRestore={onRestore}
    />,
    locale,
  );
  return { ...view, onSave, onRestore, user: userEvent.setup({ delay: null }) };
}

/** The guide with an unknown variable, an unsupported default language and a missing sign-off. */
function brokenGuide(): ToneGuideInput {
  const broken = structuredClone(defaultToneGuideInput);
  broken.templates[3].text = 'Hej {fistName}! {cursor}';
  broken.templates[3].variables = ['cursor'];
  broken.languages.default = 'fi';
  broken.locales.da!.signOffs = [];
  return broken;
}

const jsonField = () =>
  screen.getByRole('textbox', { name: 'Tone guide JSON' }) as HTMLTextAreaElement;
const setJson = (text: string) => fireEvent.change(jsonField(), { target: { value: text } });
// Saving parses the guide asynchronously (pattern safety): the list shows a moment after.
const problems = async () =>
  within(await screen.findByTestId('tone-problems'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('code')!.textContent);
const fileInput = (container: HTMLElement) =>
  container.querySelector<HTMLInputElement>('input[type="file"]')!;
const chooseFile = (container: HTMLElement, text: string) =>
  fireEvent.change(fileInput(container), {
    target: { files: [new File([text], 'guide.json', { type: 'application/json' })] },
  });

describe('the tone guide editor', () => {
  it('edits the common parts as a form, reflected in the JSON, and saves a valid guide', async () => {
    const { user, onSave, container } = renderEditor();
    const brand = screen.getByRole('textbox', { name: /Brand names/ });
    expect((brand as HTMLInputElement).value).toBe(defaultToneGuide.brand.names.join(', '));
    await user.type(brand, ', Kanelbageriet');
    const exclamations = screen.getByRole('spinbutton', { name: /exclamation marks/ });
    await user.clear(exclamations);
    await user.type(exclamations, '1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Default language' }), 'da');

    const json = JSON.parse(jsonField().value) as ToneGuideInput;
    expect(json.brand.names).toEqual([...defaultToneGuide.brand.names, 'Kanelbageriet']);
    expect(json.maxExclamations).toBe(1);
    expect(json.languages.default).toBe('da');

    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const [saved, origin] = onSave.mock.calls[0];
    expect(origin).toBe('editor');
    expect(saved.brand.names).toContain('Kanelbageriet');
    expect(saved.maxExclamations).toBe(1);
    expect(saved.languages.default).toBe('da');
    expect(screen.getByRole('status').textContent).toBe(
      'Saved. New suggestions follow this guide.',
    );
    await expectNoSeriousA11yViolations(container);
  });

  it('refuses an invalid guide, naming every problem by path, and saves nothing', async () => {
    const { user, onSave } = renderEditor();
    setJson(JSON.stringify(brokenGuide()));
    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    expect(onSave).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Nothing was saved. Problems in the guide: 3')).toBeTruthy();
    expect(await problems()).toEqual(
      expect.arrayContaining(['templates[3].text', 'languages.default', 'locales.da.signOffs']),
    );
    expect(alert.textContent).toContain('Unknown variable {fistName}');
  });

  it('names Svara’s own problems in the UI language', async () => {
    const { user, onSave } = renderEditor(REVISIONS, 'sv');
    fireEvent.change(screen.getByRole('textbox', { name: 'Tonguidens JSON' }), {
      target: { value: JSON.stringify(brokenGuide()) },
    });
    await user.click(screen.getByRole('button', { name: 'Spara guiden' }));
    expect(onSave).not.toHaveBeenCalled();
    const text = (await screen.findByTestId('tone-problems')).textContent;
    expect(text).toContain('languages.default: "fi" är inte ett av guidens språk');
    expect(text).toContain('locales.da.signOffs: Minst en avslutning behövs');
    expect(text).toContain('templates[3].text: Okänd variabel {fistName}');
  });

  it('lists a missing sign-off made in the form', async () => {
    const { user, onSave } = renderEditor();
    const danish = screen.getByRole('group', { name: 'Danish' });
    await user.clear(within(danish).getByRole('textbox', { name: /Sign-offs/ }));
    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(await problems()).toEqual(['locales.da.signOffs']);
  });

  it('refuses JSON it cannot read and pauses the form', async () => {
    const { user, onSave } = renderEditor();
    setJson('{ "name": ');
    expect(screen.getByText('The form is paused until the JSON below can be read.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Common settings' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Save guide' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(await problems()).toEqual(['whole guide']);
    // Where the text breaks off, not the engine's English message.
    expect((await screen.findByTestId('tone-problems')).textContent).toBe(
      'whole guide: This is not valid JSON: see line 1, column 11.',
    );
  });

  it('says where JSON it cannot read goes wrong, in the UI language', async () => {
    const { user } = renderEditor(REVISIONS, 'sv');
    const field = screen.getByRole('textbox', { name: 'Tonguidens JSON' });
    const problem = async () => {
      await user.click(screen.getByRole('button', { name: 'Spara guiden' }));
      return (await screen.findByTestId('tone-problems')).textContent;
    };
    fireEvent.change(field, { target: { value: '{\n  "name": "Café",\n  "brand": ' } });
    expect(await problem()).toBe('hela guiden: Det här är inte giltig JSON: se rad 3, kolumn 12.');
    // The engine names no place for an unexpected character: the message says what to check.
    fireEvent.change(field, { target: { value: '{ "name": Café }' } });
    expect(await problem()).toBe(
      'hela guiden: Det här är inte giltig JSON: kontrollera citattecken, kommatecken och klamrar.',
    );
  });

  it('imports a valid file and refuses an invalid one without changing anything', async () => {
    const { onSave, container } = renderEditor();
    const before = jsonField().value;
    chooseFile(container, JSON.stringify(brokenGuide()));
    await screen.findByText(
      'Nothing was imported and the current guide stays in use. Problems in the file: 3',
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(jsonField().value).toBe(before);

    const other = { ...structuredClone(defaultToneGuideInput), name: 'Imported guide' };
    chooseFile(container, JSON.stringify(other));
    await screen.findByText('Imported and saved as a new version.');
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Imported guide' }),
      'import',
    );
  });

  it('exports the guide in force as a JSON download', async () => {
    const { user } = renderEditor();
    const createObjectURL = vi.fn<(blob: Blob) => string>().mockReturnValue('blob:guide');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicks: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(clicks[0].download).toBe('svara-tone-guide.json');
    const blob = createObjectURL.mock.calls[0][0];
    expect(JSON.parse(await blob.text())).toEqual(JSON.parse(JSON.stringify(defaultToneGuide)));
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('lists saved versions and restores an earlier one', async () => {
    const { user, onRestore } = renderEditor();
    const rows = screen.getAllByTestId('tone-revision');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('imported');
    expect(rows[0].textContent).toContain('in use');
    expect(within(rows[0]).queryByRole('button')).toBeNull();
    expect(rows[2].textContent).toContain('default guide');
    await user.click(within(rows[1]).getByRole('button', { name: /^Restore the version from/ }));
    expect(onRestore).toHaveBeenCalledWith(2);
    // The status follows the restore's promise, which a loaded machine may settle later.
    expect((await screen.findByRole('status')).textContent).toMatch(/is in use again/);
  });

  it('says when no version has been saved', () => {
    renderEditor([]);
    expect(screen.getByText('No saved versions yet: the default guide is in use.')).toBeTruthy();
  });
});

describe('the tone guide section over the real database', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('refuses an imported guide whose pattern backtracks catastrophically, naming its path in the UI language', async () => {
    const current = { ...defaultToneGuide, name: 'Current' };
    await saveToneGuide(db, current, 'editor', new Date('2026-11-18T08:00:00Z'));
    const { container } = renderWithLocale(<ToneGuideSection />, 'sv');
    await waitFor(() => expect(screen.getAllByTestId('tone-revision')).toHaveLength(1));
    const svJsonField = () =>
      screen.getByRole('textbox', { name: 'Tonguidens JSON' }) as HTMLTextAreaElement;
    const before = svJsonField().value;

    const hostile = structuredClone(defaultToneGuideInput);
    hostile.escalation ??= [];
    const index = hostile.escalation.length;
    hostile.escalation.push({
      id: 'hostile',
      patterns: { en: ['^(a+)+$'] },
      action: 'holding',
      handTo: 'The owner',
      guidance: 'Answer with a holding reply.',
    });
    chooseFile(container, JSON.stringify(hostile));

    const list = await screen.findByTestId('tone-problems', {}, { timeout: 20_000 });
    expect(await problems()).toEqual([`escalation[${index}].patterns.en[0]`]);
    expect(list.textContent).toContain('Kan backa katastrofalt');
    expect((await activeToneGuide(db)).name).toBe('Current');
    expect(await listToneGuideRevisions(db)).toHaveLength(1);
    expect(svJsonField().value).toBe(before);
  }, 30_000);

  it('keeps the previous guide active after a refused import, and restores as a new version', async () => {
    const first = { ...defaultToneGuide, name: 'First' };
    const second = { ...defaultToneGuide, name: 'Second' };
    await saveToneGuide(db, first, 'editor', new Date('2026-11-18T08:00:00Z'));
    await saveToneGuide(db, second, 'import', new Date('2026-11-19T08:00:00Z'));
    const { container } = renderWithLocale(<ToneGuideSection />);
    await waitFor(() => expect(screen.getAllByTestId('tone-revision')).toHaveLength(2));

    chooseFile(container, JSON.stringify(brokenGuide()));
    await screen.findByText(/Nothing was imported/);
    expect(await problems()).toHaveLength(3);
    expect((await activeToneGuide(db)).name).toBe('Second');
    expect(await listToneGuideRevisions(db)).toHaveLength(2);

    const user = userEvent.setup({ delay: null });
    const rows = screen.getAllByTestId('tone-revision');
    await user.click(within(rows[1]).getByRole('button', { name: /^Restore/ }));
    await waitFor(async () => expect((await activeToneGuide(db)).name).toBe('First'));
    const revisions = await listToneGuideRevisions(db);
    expect(revisions.map((r) => r.origin)).toEqual(['restore', 'import', 'editor']);
    await waitFor(() => expect(screen.getAllByTestId('tone-revision')).toHaveLength(3));
    expect(JSON.parse(jsonField().value).name).toBe('First');
  });
});
