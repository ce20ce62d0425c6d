import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FillResult } from '../utils/messaging/schemas';
import type { MessageKey } from '../utils/i18n/translate';
import type { Item } from '../utils/model/item';
import type { Suggestion, SuggestResult } from '../utils/suggest/suggest';
import { checkTone } from '../utils/tone/check';
import {
  type Intent,
  type LanguageCode,
  type ReplySurface,
  type ToneGuide,
} from '../utils/tone/schema';
import { useT } from './i18n';
import { translateIsolated } from './bidi';
import { isForSomethingElse, shortcutOf } from './keys';
import { DetectedLanguage } from './item-detail/DetectedLanguage';
import { EscalationNotice } from './item-detail/EscalationNotice';
import { Findings } from './item-detail/Findings';
import { ItemMessage } from './item-detail/ItemMessage';
import { Suggestions } from './item-detail/Suggestions';
import { Understanding } from './item-detail/Understanding';

export interface ItemDetailProps {
  item: Item;
  /** Suggestions for the language in force (the detected one, or the one the user chose). */
  result: SuggestResult | null;
  /** The template language detection chose, before any choice; shown next to a chosen language. */
  detectedLanguage?: LanguageCode;
  /** The guide in force: the editor's live tone check uses it. */
  guide: ToneGuide | null;
  surface: ReplySurface;
  /** The guide's saved replies with a shortcut, written for this item, by their chord ("Alt+1"). */
  savedReplies?: ReadonlyMap<string, Suggestion>;
  onLanguageChange: (language: LanguageCode) => void;
  /** A person files the message under another intent, or escalates it by hand. */
  onCorrect?: (intent: Intent, escalate: boolean) => Promise<void>;
  /** Puts the text into the platform's reply box (the person presses send); `templateId` when it came from a suggestion. */
  onFill: (text: string, templateId?: string) => Promise<FillResult>;
  onCopy: (text: string) => Promise<void>;
}

interface Draft {
  text: string;
  templateId?: string;
  /** Typed by the person, so a language switch does not replace it. */
  edited: boolean;
}

type Notice = { kind: 'ok' | 'problem'; message: string };

/**
 * One waiting comment or message with the replies Svara proposes. Shows page text as text only.
 * Svara never sends: "Fill reply box" puts the text into the platform's box for a person to send.
 */
export function ItemDetail({
  item,
  result,
  detectedLanguage,
  guide,
  surface,
  savedReplies,
  onLanguageChange,
  onCorrect,
  onFill,
  onCopy,
}: ItemDetailProps) {
  const t = useT();
  const headingId = useId();
  const editorId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [caret, setCaret] = useState<{ position: number } | null>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  // Where `e` puts the caret after a suggestion chosen by key: at the template's {cursor}.
  const chosenCaret = useRef<number | null>(null);

  // Until the person chooses or types, the editor holds the top suggestion only when Svara is
  // sure of the message (its intent, in a language of the guide); otherwise it starts empty.
  const first = result?.prefill ? result.suggestions[0] : undefined;
  const current: Draft = draft ?? {
    text: first?.text ?? '',
    templateId: first?.templateId,
    edited: false,
  };

  const findings = useMemo(
    () =>
      guide && result && current.text.trim() !== ''
        ? checkTone(current.text, guide, {
            language: result.templateLanguage,
            surface,
            intents: result.intents,
          })
        : [],
    [guide, result, surface, current.text],
  );

  useEffect(() => {
    if (!caret || !editorRef.current) return;
    editorRef.current.focus();
    editorRef.current.setSelectionRange(caret.position, caret.position);
  }, [caret]);

  const offersSuggestions = !!result && result.escalate?.action !== 'none';

  /** A click takes the person to the editor; a key leaves the focus where it is, ready for `f`. */
  function choose(index: number, { toEditor }: { toEditor: boolean }) {
    const suggestion = result?.suggestions[index];
    if (suggestion) put(suggestion, { toEditor });
  }

  function put(suggestion: Suggestion, { toEditor }: { toEditor: boolean }) {
    setDraft({ text: suggestion.text, templateId: suggestion.templateId, edited: false });
    setNotice(null);
    const position = suggestion.cursor ?? suggestion.text.length;
    chosenCaret.current = toEditor ? null : position;
    if (toEditor) setCaret({ position });
  }

  function edit() {
    const position = chosenCaret.current;
    chosenCaret.current = null;
    if (position === null) editorRef.current?.focus();
    else setCaret({ position });
  }

  function switchLanguage(language: LanguageCode) {
    if (!current.edited) setDraft(null);
    setNotice(null);
    onLanguageChange(language);
  }

  async function copy() {
    try {
      await onCopy(current.text);
      setNotice({ kind: 'ok', message: t('detailCopied') });
    } catch {
      setNotice({ kind: 'problem', message: t('detailCopyFailed') });
    }
  }

  const canFill = !busy && current.text.trim() !== '';

  async function fill() {
    setBusy(true);
    setNotice(null);
    try {
      const outcome = await onFill(current.text, current.templateId);
      setNotice(
        outcome.ok
          ? { kind: 'ok', message: t('detailFilled') }
          : { kind: 'problem', message: t(fillProblemKey(outcome.reason, item.kind)) },
      );
    } catch {
      setNotice({ kind: 'problem', message: t('detailFillFailed') });
    } finally {
      setBusy(false);
    }
  }

  /**
   * A saved reply's chord works like keys 1–3, in the reply editor too: Alt types nothing there
   * but the special characters of macOS, which the chord then stands in for.
   */
  function onSavedReplyKey(event: KeyboardEvent) {
    const chord = shortcutOf(event);
    const reply = chord ? savedReplies?.get(chord) : undefined;
    const target = event.target as HTMLElement | null;
    if (!reply || item.collapsed || event.defaultPrevented || target?.closest('[role="dialog"]'))
      return;
    event.preventDefault();
    if (offersSuggestions) put(reply, { toEditor: false });
    else if (result) setNotice({ kind: 'problem', message: t('detailSavedReplyEscalated') });
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      onSavedReplyKey(event);
      if (item.collapsed || isForSomethingElse(event)) return;
      const act = {
        '1': offersSuggestions && (() => choose(0, { toEditor: false })),
        '2': offersSuggestions && (() => choose(1, { toEditor: false })),
        '3': offersSuggestions && (() => choose(2, { toEditor: false })),
        f: canFill && (() => void fill()),
        e: edit,
      }[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const header = (
    <header>
      <h2 id={headingId} tabIndex={-1}>
        {translateIsolated(t, 'detailTitle', { name: item.author.name })}
      </h2>
    </header>
  );

  if (item.collapsed) {
    return (
      <section className="item-detail" aria-labelledby={headingId} data-testid="item-detail">
        {header}
        <p role="note">{t('detailCollapsed')}</p>
      </section>
    );
  }

  const language = result?.language;
  const templateLanguage = result?.templateLanguage;
  const escalate = result?.escalate;

  return (
    <section className="item-detail" aria-labelledby={headingId} data-testid="item-detail">
      {header}
      <ItemMessage item={item} language={language} />

      {!result ? (
        <p role="status">{t('detailLoading')}</p>
      ) : (
        <>
          <DetectedLanguage
            result={result}
            detectedLanguage={detectedLanguage}
            guide={guide}
            onSwitch={switchLanguage}
          />

          <Understanding result={result} onCorrect={onCorrect} />

          {escalate && <EscalationNotice escalate={escalate} templateLanguage={templateLanguage} />}
          {result.spam && (
            <p className="spam" role="note" data-testid="spam-flag">
              {t('detailSpam')}
            </p>
          )}

          {escalate?.action !== 'none' && (
            <Suggestions
              result={result}
              current={current}
              onChoose={(index) => choose(index, { toEditor: true })}
            />
          )}
        </>
      )}

      <div className="reply-editor">
        <label htmlFor={editorId}>{t('detailEditorLabel')}</label>
        <textarea
          id={editorId}
          ref={editorRef}
          rows={6}
          lang={templateLanguage ?? language}
          style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
          value={current.text}
          onChange={(event) => {
            chosenCaret.current = null;
            setDraft({ text: event.target.value, templateId: current.templateId, edited: true });
            setNotice(null);
          }}
        />
        <div data-testid="live-findings" aria-live="polite">
          {current.text.trim() !== '' && <Findings findings={findings} text={current.text} />}
        </div>
        <div className="actions">
          <button type="button" disabled={!canFill} onClick={() => void fill()}>
            {t('detailFill')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={current.text.trim() === ''}
            onClick={() => void copy()}
          >
            {t('detailCopy')}
          </button>
        </div>
        {notice && (
          <p
            role={notice.kind === 'ok' ? 'status' : 'alert'}
            className={notice.kind}
            data-testid="fill-notice"
          >
            {notice.message}
          </p>
        )}
      </div>
    </section>
  );
}

function fillProblemKey(
  reason: Extract<FillResult, { ok: false }>['reason'],
  kind: Item['kind'],
): MessageKey {
  switch (reason) {
    case 'no-tab':
      return 'detailFillNoTab';
    case 'item-not-on-page':
      return 'detailFillNotOnPage';
    case 'reply-box-not-open':
      return kind === 'dm' ? 'detailFillBoxNotOpenDm' : 'detailFillBoxNotOpenComment';
    case 'editor-rejected':
      return 'detailFillRejected';
  }
}
