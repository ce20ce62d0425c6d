import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { MessageKey } from '../utils/i18n/translate';
import { parseToneGuideWithSafePatterns } from '../utils/tone/pattern-safety';
import {
  languageCodeSchema,
  type GuideProblem,
  type LanguageCode,
  type ToneGuide,
} from '../utils/tone/schema';
import { useLocale, useT } from './i18n';
import { LANGUAGE_NAME_KEYS } from './ItemDetail';
import { problemText } from './problem-text';

export type ToneGuideOrigin = 'default' | 'import' | 'editor' | 'restore';

export interface ToneGuideRevisionSummary {
  revision: number;
  savedAt: string;
  origin: ToneGuideOrigin;
}

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

const ORIGIN_KEYS: Record<ToneGuideOrigin, MessageKey> = {
  default: 'toneOriginDefault',
  import: 'toneOriginImport',
  editor: 'toneOriginEditor',
  restore: 'toneOriginRestore',
};

type Json = unknown;
type Path = (string | number)[];
type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'problems'; message: string; problems: GuideProblem[] }
  | { kind: 'failed'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function getAt(value: Json, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** A copy of `value` with `path` set, creating objects on the way. */
function setAt(value: Json, path: Path, next: unknown): Json {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = setAt(copy[head], rest, next);
    return copy;
  }
  const base = isRecord(value) ? value : {};
  return { ...base, [head]: setAt(base[String(head)], rest, next) };
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const asNumber = (text: string): number | string => (text.trim() === '' ? text : Number(text));
const pretty = (value: Json) => JSON.stringify(value, null, 2);

type JsonPlace = { line: number; column: number } | null;

/**
 * Where JSON.parse stopped, from its message: the engine writes it in English ("… at position 12
 * (line 2 column 3)", Firefox "… at line 2 column 3"), so only the place is shown, in the UI
 * language; the end of the text when the input ended early, null when the message names none.
 */
function jsonErrorPlace(text: string, message: string): JsonPlace {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of/i.test(message) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function readJson(text: string): { ok: true; value: Json } | { ok: false; place: JsonPlace } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (error) {
    return { ok: false, place: jsonErrorPlace(text, error instanceof Error ? error.message : '') };
  }
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
  const emoji = getAt(draft, ['emoji', 'policy']);

  function update(path: Path, value: unknown) {
    if (!formEnabled) return;
    setJsonText(pretty(setAt(draft, path, value)));
    setOutcome(null);
  }

  const formatDate = (iso: string) => new Date(iso).toLocaleString(locale);
  const languageName = (code: string) =>
    code in LANGUAGE_NAME_KEYS ? t(LANGUAGE_NAME_KEYS[code as LanguageCode]) : code;

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
    try {
      const parsed = await parseToneGuideWithSafePatterns(json.value);
      if (!parsed.ok) {
        setOutcome({
          kind: 'problems',
          message: t(problemKey, { n: parsed.problems.length }),
          problems: parsed.problems,
        });
        return;
      }
      await onSave(parsed.guide, origin);
      setJsonText(pretty(parsed.guide));
      setOutcome({ kind: 'ok', message: t(origin === 'import' ? 'toneImported' : 'toneSaved') });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('toneSaveFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await validateAndSave(await file.text(), 'import');
  }

  function exportGuide() {
    const blob = new Blob([pretty(guide)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'svara-tone-guide.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
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
      setOutcome({ kind: 'failed', message: t('toneSaveFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="tone-guide">
      <h2 id={`${id}-title`}>{t('toneTitle')}</h2>
      <p>{t('toneHelp')}</p>

      <fieldset disabled={!formEnabled} className="tone-form">
        <legend>{t('toneFormTitle')}</legend>
        {!formEnabled && <p>{t('toneFormPaused')}</p>}
        <ListField
          label={t('toneBrandNames')}
          separator=","
          values={stringList(getAt(draft, ['brand', 'names']))}
          onChange={(names) => update(['brand', 'names'], names)}
        />
        <label>
          {t('toneDefaultLanguage')}
          <select
            value={asText(getAt(draft, ['languages', 'default']))}
            onChange={(e) => update(['languages', 'default'], e.target.value)}
          >
            {languageCodeSchema.options.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
        {supported.map((code) => (
          <fieldset key={code} lang={code}>
            <legend>{languageName(code)}</legend>
            <ListField
              label={t('toneGreetings')}
              separator={'\n'}
              values={stringList(getAt(draft, ['locales', code, 'greetings']))}
              onChange={(list) => update(['locales', code, 'greetings'], list)}
            />
            <ListField
              label={t('toneSignOffs')}
              separator={'\n'}
              values={stringList(getAt(draft, ['locales', code, 'signOffs']))}
              onChange={(list) => update(['locales', code, 'signOffs'], list)}
            />
            <label>
              {t('toneAddress')}
              <input
                type="text"
                value={asText(getAt(draft, ['locales', code, 'address', 'form']))}
                onChange={(e) => update(['locales', code, 'address', 'form'], e.target.value)}
              />
            </label>
          </fieldset>
        ))}
        <label>
          {t('toneEmojiPolicy')}
          <select
            value={asText(emoji)}
            onChange={(e) => {
              const policy = e.target.value;
              const previous = getAt(draft, ['emoji']);
              const neverForIntents = stringList(getAt(previous, ['neverForIntents']));
              update(
                ['emoji'],
                policy === 'never'
                  ? { policy }
                  : policy === 'sparingly'
                    ? { policy, max: 1, allowed: [], neverForIntents }
                    : { policy, neverForIntents },
              );
            }}
          >
            <option value="never">{t('toneEmojiNever')}</option>
            <option value="sparingly">{t('toneEmojiSparingly')}</option>
            <option value="free">{t('toneEmojiFree')}</option>
          </select>
        </label>
        {emoji === 'sparingly' && (
          <>
            <label>
              {t('toneEmojiMax')}
              <input
                type="number"
                min={0}
                value={asText(getAt(draft, ['emoji', 'max']))}
                onChange={(e) => update(['emoji', 'max'], asNumber(e.target.value))}
              />
            </label>
            <ListField
              label={t('toneEmojiAllowed')}
              separator=" "
              values={stringList(getAt(draft, ['emoji', 'allowed']))}
              onChange={(allowed) => update(['emoji', 'allowed'], allowed)}
            />
          </>
        )}
        <label>
          {t('toneExclamations')}
          <input
            type="number"
            min={0}
            value={asText(getAt(draft, ['maxExclamations']))}
            onChange={(e) => update(['maxExclamations'], asNumber(e.target.value))}
          />
        </label>
      </fieldset>

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
        <div
          role={outcome.kind === 'ok' ? 'status' : 'alert'}
          className={outcome.kind}
          data-testid="tone-outcome"
        >
          <p>{outcome.message}</p>
          {outcome.kind === 'problems' && (
            <ul data-testid="tone-problems">
              {outcome.problems.map((problem, index) => (
                <li key={`${problem.path}:${index}`}>
                  <code>{problem.path || t('toneProblemWhole')}</code>
                  {': '}
                  {problemText(problem, t)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h3 id={`${id}-revisions`}>{t('toneRevisionsTitle')}</h3>
      {revisions.length === 0 ? (
        <p>{t('toneRevisionsEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-revisions`} className="revisions">
          {revisions.map((revision) => {
            const date = formatDate(revision.savedAt);
            return (
              <li key={revision.revision} data-testid="tone-revision">
                <time dateTime={revision.savedAt}>{date}</time>
                {' · '}
                {t(ORIGIN_KEYS[revision.origin])}
                {revision.revision === activeRevision ? (
                  <>
                    {' · '}
                    <strong>{t('toneRevisionInUse')}</strong>
                  </>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    aria-label={t('toneRestoreLabel', { date })}
                    onClick={() => void restore(revision)}
                  >
                    {t('toneRestore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function splitList(text: string, separator: string) {
  return text
    .split(separator === ' ' ? /\s+/ : separator)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((entry, index) => entry === b[index]);

/**
 * A list edited as text (comma-, line- or space-separated). What the person typed is kept while it
 * means the same list, so a trailing separator can be typed before the next entry.
 */
function ListField({
  label,
  separator,
  values,
  onChange,
}: {
  label: string;
  separator: string;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const joiner = separator === ',' ? ', ' : separator;
  const [raw, setRaw] = useState(() => values.join(joiner));
  const shown = sameList(splitList(raw, separator), values) ? raw : values.join(joiner);
  const change = (text: string) => {
    setRaw(text);
    onChange(splitList(text, separator));
  };
  return (
    <label>
      {label}
      {separator === '\n' ? (
        <textarea rows={3} value={shown} onChange={(e) => change(e.target.value)} />
      ) : (
        <input type="text" value={shown} onChange={(e) => change(e.target.value)} />
      )}
    </label>
  );
}
