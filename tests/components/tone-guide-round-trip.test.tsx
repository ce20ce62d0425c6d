import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../utils/db/database';
import { activeToneGuide, listToneGuideRevisions } from '../../utils/db/tone-guides';
import { defaultToneGuide } from '../../utils/tone/default-guide';
import { ToneGuideSection } from '../../entrypoints/options/tone-guide';
import { renderWithLocale } from '../helpers/render';

/** Clicks the options page's Export button and returns the file it offers for download. */
async function exportedFile(): Promise<string> {
  const createObjectURL = vi.fn<(blob: Blob) => string>().mockReturnValue('blob:guide');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Export' }));
  expect(createObjectURL).toHaveBeenCalledTimes(1);
  return createObjectURL.mock.calls[0][0].text();
}

function importFile(container: HTMLElement, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, {
    target: { files: [new File([text], 'svara-tone-guide.json', { type: 'application/json' })] },
  });
}

describe('tone guide export and import on the options page', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('imports the exported default guide as an equal guide, which exports the same file', async () => {
    const { container } = renderWithLocale(<ToneGuideSection />);
    await screen.findByRole('button', { name: 'Export' });
    const exported = await exportedFile();

    importFile(container, exported);
    // Saving puts a new version in force, which remounts the editor with it.
    await screen.findByTestId('tone-revision');
    const revisions = await listToneGuideRevisions(db);
    expect(revisions.map((revision) => revision.origin)).toEqual(['import']);
    expect(await activeToneGuide(db)).toStrictEqual(defaultToneGuide);

    expect(await exportedFile()).toBe(exported);
  });
});
