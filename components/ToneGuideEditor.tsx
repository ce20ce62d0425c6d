import { useId, useRef, useState, type ChangeEvent } from 'react';
import { languageCodeSchema, type LanguageCode, type ToneGuide } from '../utils/tone/schema';
import { useLocale, useT } from './i18n';
import { downloadFile } from './download';
import { LANGUAGE_LABEL } from './labels';
import {
  getAt,
  isRecord,
  pretty,
  readJson,
  setAt,
  stringList,
  type Path,
} from './tone-guide/json-draft';
import { GuideForm } from './tone-guide/GuideForm';
import { RevisionList, type ToneGuideRevisionSummary } from './tone-guide/RevisionList';
import { checkAndSave, OutcomeNotice, type Outcome } from './tone-guide/Outcome';

export type { ToneGuideOrigin, ToneGuideRevisionSummary } from './tone-guide/RevisionList';

export interface ToneGuideEditorProps {
  /** The guide in force. */
  guide: ToneGuide;
  /** Saved versions, newest first. */
  revisions: ToneGuideRevisionSummary[];
  /** The revision the guide in force comes from; none while the shipped default is in use. */
  activeRevision?: number;
  /** Called only with a guide that passed the whole schema and whose patterns are safe. */
  onSave: (guide: ToneGuide, origin: 'editor' | 'import') => Promise<void>;
  /** Saves an earlier version again as the newest one. */
  onRestore: (revision: number) => Promise<void>;
}

/**
 * The tone guide in the options page: a form for the parts people change most, the whole guide as
 * JSON, import and export, and every saved version. Nothing is saved or imported until the whole
 * guide is valid; every problem is listed with its path.
 */
export function ToneGuideEditor({
  guide,
  revisions,
  activeRevision,
  onSave,
  onRestore,
}: ToneGuideEditorProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [jsonText, setJsonText] = useState(() => pretty(guide));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const parsedJson = readJson(jsonText);
  const draft = parsedJson.ok ? parsedJson.value : null;
  const formEnabled = parsedJson.ok && isRecord(draft);

  const supported = stringList(getAt(draft, ['languages', 'supported'])).filter(
    (code): code is LanguageCode => languageCodeSchema.safeParse(code).success,
  );

  function update(path: Path, value: unknown) {
    if (!formEnabled) return;
    setJsonText(pretty(setAt(draft, path, value)));
    setOutcome(null);
  }

  const formatDate = (iso: string) => new Date(iso).toLocaleString(locale);
  const languageName = (code: string) =>
    code in LANGUAGE_LABEL ? t(LANGUAGE_LABEL[code as LanguageCode]) : code;

  async function validateAndSave(text: string, origin: 'editor' | 'import') {
    const problemKey = origin === 'import' ? 'toneProblemsImport' : 'toneProblemsSave';
    const json = readJson(text);
    if (!json.ok) {
      setOutcome({
        kind: 'problems',
        message: t(problemKey, { n: 1 }),
        problems: [
          {
            path: '',
            message: json.place ? t('toneNotJsonAt', json.place) : t('toneNotJsonNoPlace'),
          },
        ],
      });
      return;
    }
    setBusy(true);
    const { outcome: result, saved } = await checkAndSave(
      json.value,
      (guide) => onSave(guide, origin),
      t,
      {
        problemKey,
        okMessage: t(origin === 'import' ? 'toneImported' : 'toneSaved'),
      },
    );
    if (saved) setJsonText(pretty(saved));
    setOutcome(result);
    setBusy(false);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await validateAndSave(await file.text(), 'import');
  }

  function exportGuide() {
    const blob = new Blob([pretty(guide)], { type: 'application/json' });
    downloadFile(blob, 'svara-tone-guide.json');
  }

  async function restore(revision: ToneGuideRevisionSummary) {
    setBusy(true);
    try {
      await onRestore(revision.revision);
      setOutcome({
        kind: 'ok',
        message: t('toneRestored', { date: formatDate(revision.savedAt) }),
      });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="tone-guide">
      <h2 id={`${id}-title`}>{t('toneTitle')}</h2>
      <p>{t('toneHelp')}</p>

      <GuideForm
        draft={draft}
        enabled={formEnabled}
        supported={supported}
        languageName={languageName}
        onUpdate={update}
      />

      <h3 id={`${id}-json`}>{t('toneJsonTitle')}</h3>
      <textarea
        aria-label={t('toneJsonLabel')}
        className="tone-json"
        rows={16}
        spellCheck={false}
        style={{
          display: 'block',
          width: '100%',
          boxSizing: 'border-box',
          fontFamily: 'monospace',
        }}
        value={jsonText}
        onChange={(e) => {
          setJsonText(e.target.value);
          setOutcome(null);
        }}
      />

      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void validateAndSave(jsonText, 'editor')}
        >
          {t('toneSave')}
        </button>
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          {t('toneImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t('toneImport')}
          hidden
          onChange={(e) => void importFile(e)}
        />
        <button type="button" className="secondary" onClick={exportGuide}>
          {t('toneExport')}
        </button>
      </div>

      {outcome && (
        <OutcomeNotice outcome={outcome} testId="tone-outcome" problemsTestId="tone-problems" />
      )}

      <h3 id={`${id}-revisions`}>{t('toneRevisionsTitle')}</h3>
      <RevisionList
        labelledBy={`${id}-revisions`}
        revisions={revisions}
        activeRevision={activeRevision}
        busy={busy}
        formatDate={formatDate}
        onRestore={(revision) => void restore(revision)}
      />
    </section>
  );
}
