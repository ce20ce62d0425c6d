import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import type { RestoreResult } from '../utils/backup/backup';
import type { ErasedPerson } from '../utils/backup/erase';
import {
  backupSizeProblem,
  readBackupText,
  type Backup,
  type BackupProblem,
} from '../utils/backup/schema';
import type { Person } from '../utils/db/people';
import type { LastAutoPrune, Pruned } from '../utils/db/retention';
import type { ResponseLogEntry } from '../utils/model/response-log';
import { platformById } from '../utils/platforms/platforms';
import { responseLogToCsv } from '../utils/stats/csv';
import { useLocale, useT } from './i18n';
import { isolateText, translateIsolated } from './bidi';
import { downloadFile } from './download';
import { problemText } from './problem-text';

/** Excel reads a CSV file as the legacy code page unless it starts with a byte order mark. */
const UTF8_BOM = '\uFEFF';

export type RestoreOutcome = RestoreResult | { ok: false; reason: 'quota' };

export interface DataSettingsProps {
  people: readonly Pick<Person, 'id' | 'name' | 'platform'>[];
  retentionMonths: number;
  loadResponseLog: () => Promise<ResponseLogEntry[]>;
  exportBackup: () => Promise<Backup>;
  /** Validates the whole document first; writes nothing unless it is valid. */
  restoreBackup: (json: unknown) => Promise<RestoreOutcome>;
  erasePerson: (personId: string) => Promise<ErasedPerson>;
  eraseAll: () => Promise<void>;
  /** Saves the limit and prunes at once, answering what it deleted. */
  saveRetention: (months: number) => Promise<Pruned>;
  /** What the daily prune last deleted; null before it first ran. */
  lastAutoPrune?: LastAutoPrune | null;
  /** For the file names; the clock by default. */
  today?: () => Date;
}

type Confirming = { kind: 'person'; personId: string; name: string } | { kind: 'all' } | null;

/**
 * The user's data in their hands: CSV and JSON export, restore from a backup file (every
 * problem shown with its path, nothing changed until the whole file is valid), erasing one
 * person or everything, and how long the log, items and people are kept.
 */
export function DataSettings({
  people,
  retentionMonths,
  loadResponseLog,
  exportBackup,
  restoreBackup,
  erasePerson,
  eraseAll,
  saveRetention,
  lastAutoPrune = null,
  today = () => new Date(),
}: DataSettingsProps) {
  const t = useT();
  const locale = useLocale();
  const ids = { person: useId(), file: useId(), retention: useId(), confirm: useId() };
  const [status, setStatus] = useState<ReactNode>('');
  const [problems, setProblems] = useState<BackupProblem[]>([]);
  const [personId, setPersonId] = useState('');
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [retention, setRetention] = useState(String(retentionMonths));
  // In the UI language's order: Å sorts after Z in Swedish, next to A in English.
  const collator = new Intl.Collator(locale);
  const sortedPeople = [...people].sort((a, b) => collator.compare(a.name, b.name));
  const stamp = () => today().toISOString().slice(0, 10);

  async function exportCsv() {
    const csv = responseLogToCsv(await loadResponseLog());
    downloadFile(
      new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' }),
      `svara-log-${stamp()}.csv`,
    );
  }

  async function exportJson() {
    const json = JSON.stringify(await exportBackup(), null, 2);
    downloadFile(new Blob([json], { type: 'application/json' }), `svara-backup-${stamp()}.json`);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    setProblems([]);
    // The same file can be chosen again after it has been fixed.
    input.value = '';
    const tooLarge = backupSizeProblem(file.size);
    if (tooLarge) return setProblems([tooLarge]);
    const read = readBackupText(await file.text());
    if (!read.ok) return setProblems([read.problem]);
    const outcome = await restoreBackup(read.json);
    if (outcome.ok) {
      const { items, responses, people: restoredPeople, toneGuides } = outcome.counts;
      setStatus(t('dataRestored', { items, responses, people: restoredPeople, toneGuides }));
    } else if ('reason' in outcome) {
      setProblems([{ path: '', message: t('dataQuotaFull') }]);
    } else {
      setProblems(outcome.problems);
    }
  }

  async function confirmErase() {
    if (!confirming) return;
    if (confirming.kind === 'all') {
      await eraseAll();
      setStatus(t('dataErasedAll'));
    } else {
      const erased = await erasePerson(confirming.personId);
      setStatus(translateIsolated(t, 'dataErasedPerson', { name: confirming.name }, { ...erased }));
      setPersonId('');
    }
    setConfirming(null);
  }

  async function submitRetention() {
    const months = Number(retention);
    if (!Number.isInteger(months) || months < 0 || months > 120) {
      setStatus(t('dataRetentionInvalid'));
      return;
    }
    const pruned = await saveRetention(months);
    setStatus(
      months === 0
        ? t('dataRetentionSavedForever')
        : `${t('dataRetentionSaved', { n: months })} ${t('dataRetentionPruned', { ...pruned })}`,
    );
  }

  const chosenPerson = sortedPeople.find((person) => person.id === personId);

  return (
    <section className="data-settings" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataTitle')}</h2>
      <h3>{t('dataExportTitle')}</h3>
      <p>
        <button type="button" onClick={() => void exportCsv()}>
          {t('dataExportCsv')}
        </button>{' '}
        <button type="button" onClick={() => void exportJson()}>
          {t('dataExportBackup')}
        </button>
      </p>
      <h3>{t('dataRestoreTitle')}</h3>
      <p>{t('dataRestoreHelp')}</p>
      <label htmlFor={ids.file}>{t('dataRestoreFile')}</label>{' '}
      <input
        id={ids.file}
        type="file"
        accept="application/json,.json"
        onChange={(event) => void importFile(event)}
      />
      {problems.length > 0 && (
        <div role="alert" className="warning" data-testid="restore-problems">
          <strong>{t('dataRestoreRefused', { n: problems.length })}</strong>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <code>{problem.path || t('dataProblemWholeFile')}</code>: {problemText(problem, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('dataEraseTitle')}</h3>
      <label htmlFor={ids.person}>{t('dataErasePersonLabel')}</label>{' '}
      <select
        id={ids.person}
        value={personId}
        onChange={(event) => setPersonId(event.target.value)}
      >
        <option value="">{t('dataChoosePerson')}</option>
        {sortedPeople.map((person) => (
          <option key={person.id} value={person.id}>
            {t('dataPersonOption', {
              name: isolateText(person.name),
              platform: platformById(person.platform).name,
            })}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="secondary"
        disabled={!chosenPerson}
        onClick={() =>
          chosenPerson &&
          setConfirming({ kind: 'person', personId: chosenPerson.id, name: chosenPerson.name })
        }
      >
        {t('dataErasePerson')}
      </button>
      <p>
        <button type="button" className="secondary" onClick={() => setConfirming({ kind: 'all' })}>
          {t('dataEraseAll')}
        </button>
      </p>
      {confirming && (
        <div role="alertdialog" aria-labelledby={ids.confirm} className="warning">
          <p id={ids.confirm}>
            {confirming.kind === 'all'
              ? t('dataEraseAllConfirm')
              : translateIsolated(t, 'dataErasePersonConfirm', { name: confirming.name })}
          </p>
          <button type="button" onClick={() => void confirmErase()}>
            {t('dataEraseConfirmButton')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('dataCancel')}
          </button>
        </div>
      )}
      <h3>{t('dataRetentionTitle')}</h3>
      <label htmlFor={ids.retention}>{t('dataRetentionLabel')}</label>{' '}
      <input
        id={ids.retention}
        type="number"
        min={0}
        max={120}
        step={1}
        value={retention}
        onChange={(event) => setRetention(event.target.value)}
      />{' '}
      <button type="button" onClick={() => void submitRetention()}>
        {t('dataRetentionSave')}
      </button>
      {lastAutoPrune && (
        <p data-testid="last-auto-prune">
          {t('dataRetentionLastAuto', {
            ...lastAutoPrune,
            date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(
              new Date(lastAutoPrune.prunedAt),
            ),
          })}
        </p>
      )}
      <p role="status" data-testid="data-status">
        {status}
      </p>
    </section>
  );
}
