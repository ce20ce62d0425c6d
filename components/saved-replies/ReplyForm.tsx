import { useId, useLayoutEffect, useRef, useState } from 'react';
import {
  intentSchema,
  type Intent,
  type LanguageCode,
  type ToneGuide,
} from '../../utils/tone/schema';
import type { VariableName } from '../../utils/tone/variables';
import type { Translate } from '../../utils/i18n/translate';
import { useT } from '../i18n';
import { useIntentLabel, useLanguageName } from '../labels';
import { insertAt, shortcutClash, type ReplyDraft, type ShortcutClash } from './reply-draft';
import { ReplyPreview } from './ReplyPreview';
import { ShortcutField } from './ShortcutField';
import { VariableMenu } from './VariableMenu';

/**
 * One reply's fields, its live preview and its actions. Nothing is saved until Save; duplicate and
 * delete act on the reply as saved.
 */
export function ReplyForm({
  initial,
  isNew,
  guide,
  busy,
  onSave,
  onCancel,
  onDuplicate,
  onDelete,
}: {
  initial: ReplyDraft;
  isNew: boolean;
  guide: ToneGuide;
  busy: boolean;
  onSave: (draft: ReplyDraft) => void;
  onCancel: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const id = useId();
  const languageName = useLanguageName();
  const intentLabel = useIntentLabel();
  const [draft, setDraft] = useState(initial);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once React has written an inserted variable into the text.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null) return;
    pendingCaret.current = null;
    textArea.current?.focus();
    textArea.current?.setSelectionRange(caret, caret);
  });
  const clash = shortcutClash(draft.shortcut, guide.templates, isNew ? undefined : initial.id);
  const change = (next: Partial<ReplyDraft>) => setDraft((current) => ({ ...current, ...next }));

  function insertVariable(name: VariableName) {
    const area = textArea.current;
    const start = area?.selectionStart ?? draft.text.length;
    const end = area?.selectionEnd ?? start;
    const { text, caret } = insertAt(draft.text, start, end, `{${name}}`);
    pendingCaret.current = caret;
    change({ text });
  }

  function toggleIntent(intent: Intent, on: boolean) {
    const intents = on
      ? intentSchema.options.filter((each) => each === intent || draft.intents.includes(each))
      : draft.intents.filter((each) => each !== intent);
    change({ intents });
  }

  const title = isNew ? t('repliesNew') : t('repliesEditTitle', { id: initial.id });
  return (
    <form
      className="reply-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        // The field already says why; the focus goes back to it.
        if (clash) event.currentTarget.querySelector<HTMLInputElement>('.shortcut-field')?.focus();
        else onSave(draft);
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <label>
        {t('repliesId')}
        <input type="text" value={draft.id} onChange={(e) => change({ id: e.target.value })} />
      </label>
      <label>
        {t('repliesLanguage')}
        <select
          value={draft.language}
          onChange={(e) => change({ language: e.target.value as LanguageCode })}
        >
          {guide.languages.supported.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="reply-intents">
        <legend>{t('repliesIntents')}</legend>
        {intentSchema.options.map((intent) => (
          <label key={intent} className="inline">
            <input
              type="checkbox"
              checked={draft.intents.includes(intent)}
              onChange={(e) => toggleIntent(intent, e.target.checked)}
            />
            {intentLabel(intent)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('repliesText')}
        <textarea
          ref={textArea}
          rows={5}
          lang={draft.language}
          value={draft.text}
          onChange={(e) => change({ text: e.target.value })}
        />
      </label>
      <VariableMenu onInsert={insertVariable} />
      <label>
        {t('repliesTriggers')}
        <input
          type="text"
          value={draft.triggers}
          onChange={(e) => change({ triggers: e.target.value })}
        />
      </label>
      <ShortcutField
        value={draft.shortcut}
        problem={clash ? clashText(t, draft.shortcut, clash) : undefined}
        onChange={(shortcut) => change({ shortcut })}
      />
      <ReplyPreview draft={draft} guide={guide} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('repliesSave')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('repliesCancel')}
        </button>
        {!isNew && (
          <>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={t('repliesDuplicateLabel', { id: initial.id })}
              onClick={onDuplicate}
            >
              {t('repliesDuplicate')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              aria-label={t('repliesDeleteLabel', { id: initial.id })}
              onClick={onDelete}
            >
              {t('repliesDelete')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}

function clashText(t: Translate, shortcut: string, clash: ShortcutClash) {
  if (clash.kind === 'duplicate') return t('repliesShortcutDuplicate', { shortcut, id: clash.id });
  return clash.by === 'command'
    ? t('repliesShortcutCommand', { shortcut })
    : t('repliesShortcutBrowser', { shortcut });
}
