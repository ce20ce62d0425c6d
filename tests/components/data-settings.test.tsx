import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSettings, type DataSettingsProps } from '../../components/DataSettings';
import { exportBackup, restoreBackup } from '../../utils/backup/backup';
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from '../../utils/backup/schema';
import { SvaraDatabase } from '../../utils/db/database';
import { pruneAutomatically, pruneOlderThan, readLastAutoPrune } from '../../utils/db/retention';
import { RESPONSE_LOG_COLUMNS } from '../../utils/stats/csv';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import type { UiLocale } from '../../utils/i18n/translate';
import { fillDatabase, RESPONSES, snapshot } from '../unit/backup/fixtures';

const PEOPLE = [
  { id: 'linkedin:bo ek', name: 'Bo Ek', platform: 'linkedin' as const },
  { id: 'facebook:https://www.facebook.com/asa', name: 'Åsa Öberg', platform: 'facebook' as const },
];

let db: SvaraDatabase;
beforeEach(async () => {
  db = new SvaraDatabase(`test-${crypto.randomUUID()}`);
  await fillDatabase(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** DataSettings wired to a test database through the real backup functions. */
function renderSettings(props: Partial<DataSettingsProps> = {}, locale: UiLocale = 'en') {
  const callbacks = {
    loadResponseLog: vi.fn(() => db.responses.orderBy('id').toArray()),
    exportBackup: vi.fn(() => exportBackup(db, new Date('2026-11-22T12:00:00Z'))),
    restoreBackup: vi.fn((json: unknown) => restoreBackup(db, json)),
    erasePerson: vi.fn(async () => ({ items: 2, responses: 1 })),
    eraseAll: vi.fn(async () => {}),
    saveRetention: vi.fn((months: number) =>
      pruneOlderThan(db, months, new Date('2027-05-21T08:00:00Z')),
    ),
  };
  const view = renderWithLocale(
    <DataSettings
      people={PEOPLE}
      retentionMonths={6}
      today={() => new Date('2026-11-22T12:00:00Z')}
      {...callbacks}
      {...props}
    />,
    locale,
  );
  return { ...view, ...callbacks };
}

/** Captures what would be downloaded instead of letting happy-dom navigate. */
function interceptDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:svara/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

function backupFile(content: string) {
  return new File([content], 'backup.json', { type: 'application/json' });
}

describe('DataSettings', () => {
  it('downloads the response log as CSV with a UTF-8 byte order mark and one row per entry', async () => {
    const downloads = interceptDownloads();
    renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Download the response log (CSV)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));

    expect(downloads.names).toEqual(['svara-log-2026-11-22.csv']);
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual([...RESPONSE_LOG_COLUMNS]);
    const stored = await db.responses.orderBy('id').toArray();
    expect(rows.slice(1)).toEqual(
      stored.map((entry) => RESPONSE_LOG_COLUMNS.map((column) => String(entry[column] ?? ''))),
    );
    expect(rows.slice(1).map((row) => row[4])).toEqual(RESPONSES.map((entry) => entry.itemKey));
  });

  it('downloads the whole backup as JSON', async () => {
    const downloads = interceptDownloads();
    renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Download a full backup (JSON)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.names).toEqual(['svara-backup-2026-11-22.json']);
    const backup = JSON.parse(await downloads.blobs[0]!.text());
    expect(backup).toEqual(
      JSON.parse(JSON.stringify(await exportBackup(db, new Date('2026-11-22T12:00:00Z')))),
    );
  });

  it('shows every problem of a malformed backup with its path, and changes nothing', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
    backup.items[0].platform = 'myspace';
    backup.responses[1].respondedAt = 'yesterday';
    backup.settings.targetMinutes = 0;
    const before = await snapshot(db);
    renderSettings();

    await userEvent.upload(
      screen.getByLabelText('Backup file'),
      backupFile(JSON.stringify(backup)),
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was restored. Problems in the file: 3');
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('code')!.textContent);
    expect(problems).toEqual([
      'items[0].platform',
      'responses[1].respondedAt',
      'settings.targetMinutes',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists the problems in the UI language, Zod’s own checks and type words included', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
    backup.items[0].platform = 'myspace';
    backup.settings.targetMinutes = 'soon';
    const before = await snapshot(db);
    renderSettings({}, 'sv');
    await userEvent.upload(
      screen.getByLabelText('Säkerhetskopia'),
      backupFile(JSON.stringify(backup)),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inget återställdes. Problem i filen: 2');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'items[0].platform: Förväntade ett av: "facebook", "linkedin"',
      'settings.targetMinutes: Förväntade ett tal, fann text',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('says so when the file is not JSON at all', async () => {
    const { restoreBackup: restore } = renderSettings();
    await userEvent.upload(screen.getByLabelText('Backup file'), backupFile('{ not json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'whole file: The file is not JSON. Choose a backup downloaded from Svara.',
    );
    expect(restore).not.toHaveBeenCalled();
  });

  it('refuses a file over the size cap without reading it, stating the cap', async () => {
    const { restoreBackup: restore } = renderSettings();
    const file = backupFile('{}');
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    await userEvent.upload(screen.getByLabelText('Backup file'), file);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe(
      `whole file: The file is larger than ${MAX_BACKUP_MEGABYTES} MB, the most Svara restores. Choose a backup downloaded from Svara.`,
    );
    expect(read).not.toHaveBeenCalled();
    expect(restore).not.toHaveBeenCalled();
  });

  it('restores a valid backup and reports what was added', async () => {
    const file = JSON.stringify(await exportBackup(db));
    await db.items.clear();
    await db.responses.clear();
    renderSettings();
    await userEvent.upload(screen.getByLabelText('Backup file'), backupFile(file));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe(
        'Backup restored: 3 items, 2 log entries, 0 people and 0 tone guide versions added.',
      ),
    );
    expect(await db.items.count()).toBe(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a full disk on restore', async () => {
    renderSettings({
      restoreBackup: vi.fn(async () => ({ ok: false as const, reason: 'quota' as const })),
    });
    await userEvent.upload(screen.getByLabelText('Backup file'), backupFile('{}'));
    expect((await screen.findByRole('alert')).textContent).toContain('no room left');
  });

  it('erases one person, picked by name, after confirming', async () => {
    const { erasePerson } = renderSettings();
    const select = screen.getByLabelText('Person');
    // An <option> holds no <bdi>: each name is isolated by the FSI and PDI characters.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Choose a person…',
      '\u2068Åsa Öberg\u2069 (Facebook)',
      '\u2068Bo Ek\u2069 (LinkedIn)',
    ]);
    await userEvent.selectOptions(select, '\u2068Åsa Öberg\u2069 (Facebook)');
    await userEvent.click(screen.getByRole('button', { name: 'Erase this person’s data' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Erase everything Svara stores about Åsa Öberg');
    expect(erasePerson).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, erase' }));
    expect(erasePerson).toHaveBeenCalledWith('facebook:https://www.facebook.com/asa');
    expect(screen.getByTestId('data-status').textContent).toBe(
      'Erased Åsa Öberg: 2 items and 1 log entries.',
    );
  });

  it('erases everything only after the confirmation step', async () => {
    const { eraseAll } = renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Erase all data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(eraseAll).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Erase all data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, erase' }));
    expect(eraseAll).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('data-status').textContent).toBe('All data was erased.');
  });

  it('saves the retention in months and refuses what is not a whole number', async () => {
    const { saveRetention } = renderSettings();
    const input = screen.getByLabelText(/Delete log entries, items and people older than/);
    expect((input as HTMLInputElement).value).toBe('6');
    await userEvent.clear(input);
    await userEvent.type(input, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(saveRetention).not.toHaveBeenCalled();
    expect(screen.getByTestId('data-status').textContent).toBe(
      'Enter a whole number of months from 0 to 120.',
    );

    await userEvent.clear(input);
    await userEvent.type(input, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(saveRetention).toHaveBeenCalledWith(12);
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe(
        'Log entries, items and people older than 12 months will be deleted. ' +
          'Deleted now. Log entries: 0, items: 0, people: 0, corrections: 0.',
      ),
    );
  });

  it('prunes at once when the limit is saved and says, in the UI language, what it deleted', async () => {
    // The log is from 20–21 November 2026; six months before 21 May 2027 08:00 leaves the
    // entry of 21 November 08:00 and nothing else.
    renderSettings({}, 'sv');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe(
        'Loggposter, inlägg och personer äldre än 6 månader raderas. ' +
          'Raderat nu. Loggposter: 1, inlägg: 3, personer: 2, rättelser: 0.',
      ),
    );
    const after = await snapshot(db);
    expect([after.items.length, after.responses.length, after.people.length]).toEqual([0, 1, 0]);
  });

  it('keeps everything when the limit is 0', async () => {
    const before = await snapshot(db);
    renderSettings({ retentionMonths: 0 });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe('Everything is kept.'),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('shows, in the UI language, when the daily prune last ran and what it deleted', async () => {
    await pruneAutomatically(db, new Date('2027-05-21T12:00:00Z')); // retention 6 months
    const lastAutoPrune = await readLastAutoPrune(db);
    const { unmount } = renderSettings({ lastAutoPrune });
    expect(screen.getByTestId('last-auto-prune').textContent).toBe(
      'Last automatic clean-up on May 21. Deleted log entries: 2, items: 3, people: 2, corrections: 0.',
    );
    unmount();
    renderSettings({ lastAutoPrune }, 'sv');
    expect(screen.getByTestId('last-auto-prune').textContent).toBe(
      'Senaste automatiska rensningen den 21 maj. Raderade loggposter: 2, inlägg: 3, personer: 2, rättelser: 0.',
    );
  });

  it('says nothing about the daily prune before it first ran', () => {
    renderSettings({ lastAutoPrune: null });
    expect(screen.queryByTestId('last-auto-prune')).toBeNull();
  });

  it('has no serious accessibility violations, confirmation and problems included', async () => {
    const { container } = renderSettings();
    await userEvent.upload(screen.getByLabelText('Backup file'), backupFile('[]'));
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Erase all data' }));
    await expectNoSeriousA11yViolations(container);
  });
});
