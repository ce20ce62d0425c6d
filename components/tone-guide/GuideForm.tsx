import { useState } from 'react';
import { languageCodeSchema, type LanguageCode } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { asNumber, asText, getAt, stringList, type Json, type Path } from './json-draft';
import { SurfacesForm } from './SurfacesForm';

/** The parts of the guide people change most, as a form over the JSON draft. */
export function GuideForm({
  draft,
  enabled,
  supported,
  languageName,
  onUpdate,
}: {
  draft: Json;
  /** Off while the JSON text does not parse into an object. */
  enabled: boolean;
  /** The draft's supported languages, each with its own greetings, sign-offs and address. */
  supported: LanguageCode[];
  languageName: (code: string) => string;
  onUpdate: (path: Path, value: unknown) => void;
}) {
  const t = useT();
  const emoji = getAt(draft, ['emoji', 'policy']);
  return (
    <fieldset disabled={!enabled} className="tone-form">
      <legend>{t('toneFormTitle')}</legend>
      {!enabled && <p>{t('toneFormPaused')}</p>}
      <ListField
        label={t('toneBrandNames')}
        separator=","
        values={stringList(getAt(draft, ['brand', 'names']))}
        onChange={(names) => onUpdate(['brand', 'names'], names)}
      />
      <label>
        {t('toneDefaultLanguage')}
        <select
          value={asText(getAt(draft, ['languages', 'default']))}
          onChange={(e) => onUpdate(['languages', 'default'], e.target.value)}
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
            onChange={(list) => onUpdate(['locales', code, 'greetings'], list)}
          />
          <ListField
            label={t('toneSignOffs')}
            separator={'\n'}
            values={stringList(getAt(draft, ['locales', code, 'signOffs']))}
            onChange={(list) => onUpdate(['locales', code, 'signOffs'], list)}
          />
          <label>
            {t('toneAddress')}
            <input
              type="text"
              value={asText(getAt(draft, ['locales', code, 'address', 'form']))}
              onChange={(e) => onUpdate(['locales', code, 'address', 'form'], e.target.value)}
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
            onUpdate(
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
              onChange={(e) => onUpdate(['emoji', 'max'], asNumber(e.target.value))}
            />
          </label>
          <ListField
            label={t('toneEmojiAllowed')}
            separator=" "
            values={stringList(getAt(draft, ['emoji', 'allowed']))}
            onChange={(allowed) => onUpdate(['emoji', 'allowed'], allowed)}
          />
        </>
      )}
      <label>
        {t('toneExclamations')}
        <input
          type="number"
          min={0}
          value={asText(getAt(draft, ['maxExclamations']))}
          onChange={(e) => onUpdate(['maxExclamations'], asNumber(e.target.value))}
        />
      </label>
      <SurfacesForm draft={draft} onUpdate={onUpdate} />
    </fieldset>
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
