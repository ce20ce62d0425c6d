import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FillResult } from '../utils/messaging/schemas';
import type { MessageKey } from '../utils/i18n/translate';
import type { Item } from '../utils/model/item';
import type { SuggestResult } from '../utils/suggest/suggest';
import { checkTone, type ToneFinding } from '../utils/tone/check';
import type {
  Intent,
  LanguageCode,
  ReplySurface,
  RuleLevel,
  ToneGuide,
} from '../utils/tone/schema';
import { useT } from './i18n';

// Long texts are shortened for display only; the stored text stays whole.
const DISPLAY_LIMIT = 5_000;

export const LANGUAGE_NAME_KEYS: Record<LanguageCode, MessageKey> = {
  sv: 'languageSv',
  da: 'languageDa',
  nb: 'languageNb',
  en: 'languageEn',
  de: 'languageDe',
  fi: 'languageFi',
};

const INTENT_KEYS: Record<Intent, MessageKey> = {
  question: 'queueIntentQuestion',
  complaint: 'queueIntentComplaint',
  praise: 'queueIntentPraise',
  lead: 'queueIntentLead',
  support: 'queueIntentSupport',
  job: 'queueIntentJob',
  spam: 'queueIntentSpam',
  crisis: 'queueIntentCrisis',
};

const LEVEL_KEYS: Record<RuleLevel, MessageKey> = {
  error: 'detailLevelError',
  warning: 'detailLevelWarning',
  suggestion: 'detailLevelSuggestion',
};

export interface ItemDetailProps {
  item: Item;
  /** Suggestions for the language in force (the detected one, or the one the user chose). */
  result: SuggestResult | null;
  /** What detection said, before any choice; shown next to a chosen language. */
  detectedLanguage?: LanguageCode;
  /** The guide in force: the editor's live tone check uses it. */
  guide: ToneGuide | null;
  surface: ReplySurface;
  onLanguageChange: (language: LanguageCode) => void;
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
  onLanguageChange,
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

  const first = result?.suggestions[0];
  // Until the person chooses or types, the editor holds the top suggestion.
  const current: Draft = draft ?? {
    text: first?.text ?? '',
    templateId: first?.templateId,
    edited: false,
  };

  const findings = useMemo(
    () =>
      guide && result && current.text.trim() !== ''
        ? checkTone(current.text, guide, {
            language: result.language,
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

  const header = (
    <header>
      <h2 id={headingId}>{t('detailTitle', { name: item.author.name })}</h2>
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

  function choose(index: number) {
    const suggestion = result?.suggestions[index];
    if (!suggestion) return;
    setDraft({ text: suggestion.text, templateId: suggestion.templateId, edited: false });
    setNotice(null);
    setCaret({ position: suggestion.cursor ?? suggestion.text.length });
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

  const language = result?.language;
  const chosen = language && detectedLanguage && language !== detectedLanguage;
  const escalate = result?.escalate;

  return (
    <section className="item-detail" aria-labelledby={headingId} data-testid="item-detail">
      {header}
      <figure className="item-message" style={{ margin: '8px 0' }}>
        <figcaption>{t('detailMessage')}</figcaption>
        <blockquote
          lang={language}
          data-testid="item-text"
          className="text"
          style={{ margin: '4px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {truncate(item.text)}
        </blockquote>
      </figure>

      {!result ? (
        <p role="status">{t('detailLoading')}</p>
      ) : (
        <>
          <div className="item-language">
            <p data-testid="item-language" data-language={result.language}>
              {chosen
                ? t('detailLanguageChosen', {
                    language: t(LANGUAGE_NAME_KEYS[result.language]),
                    detected: t(LANGUAGE_NAME_KEYS[detectedLanguage]),
                  })
                : t(result.languageFallback ? 'detailLanguageUnsure' : 'detailLanguageDetected', {
                    language: t(LANGUAGE_NAME_KEYS[result.language]),
                  })}
            </p>
            {guide && guide.languages.supported.length > 1 && (
              <div role="group" aria-label={t('detailLanguageSwitch')} className="language-switch">
                {guide.languages.supported.map((code) => (
                  <button
                    key={code}
                    type="button"
                    className="secondary"
                    lang={code}
                    aria-pressed={code === result.language}
                    style={code === result.language ? { fontWeight: 'bold' } : undefined}
                    onClick={() => code !== result.language && switchLanguage(code)}
                  >
                    {t(LANGUAGE_NAME_KEYS[code])}
                  </button>
                ))}
              </div>
            )}
          </div>

          <p className="item-intents" data-testid="item-intents">
            {t('detailIntents')}
            {': '}
            {result.intents.length === 0
              ? t('detailIntentsNone')
              : result.intents.map((intent) => t(INTENT_KEYS[intent])).join(', ')}
          </p>

          {escalate && (
            <div className="escalation" role="alert" data-testid="escalation">
              <strong>{t('detailEscalateTitle', { handTo: escalate.handTo })}</strong>
              <p>
                {t(escalate.action === 'none' ? 'detailEscalateNone' : 'detailEscalateHolding', {
                  handTo: escalate.handTo,
                })}
              </p>
              <p>{escalate.guidance}</p>
            </div>
          )}
          {result.spam && (
            <p className="spam" role="note" data-testid="spam-flag">
              {t('detailSpam')}
            </p>
          )}

          {escalate?.action !== 'none' && (
            <section aria-labelledby={`${headingId}-suggestions`} className="suggestions">
              <h3 id={`${headingId}-suggestions`}>{t('detailSuggestionsTitle')}</h3>
              {result.suggestions.length === 0 ? (
                <p>{t('detailNoSuggestions')}</p>
              ) : (
                <ol>
                  {result.suggestions.map((suggestion, index) => (
                    <li
                      key={suggestion.templateId}
                      data-testid="suggestion"
                      data-template-id={suggestion.templateId}
                      aria-label={t('detailSuggestion', { n: index + 1 })}
                    >
                      <p
                        className="suggestion-text"
                        lang={result.language}
                        style={{ whiteSpace: 'pre-wrap' }}
                      >
                        {suggestion.text}
                      </p>
                      <details>
                        <summary>{t('detailReasons')}</summary>
                        <ul>
                          {suggestion.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      </details>
                      <Findings findings={suggestion.findings} text={suggestion.text} />
                      <button
                        type="button"
                        aria-pressed={
                          current.templateId === suggestion.templateId &&
                          current.text === suggestion.text
                        }
                        onClick={() => choose(index)}
                      >
                        {t('detailSuggestionUse', { n: index + 1 })}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </>
      )}

      <div className="reply-editor">
        <label htmlFor={editorId}>{t('detailEditorLabel')}</label>
        <textarea
          id={editorId}
          ref={editorRef}
          rows={6}
          lang={language}
          style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
          value={current.text}
          onChange={(event) => {
            setDraft({ text: event.target.value, templateId: current.templateId, edited: true });
            setNotice(null);
          }}
        />
        <div data-testid="live-findings" aria-live="polite">
          {current.text.trim() !== '' && <Findings findings={findings} text={current.text} />}
        </div>
        <div className="actions">
          <button
            type="button"
            disabled={busy || current.text.trim() === ''}
            onClick={() => void fill()}
          >
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

/** Tone findings with their level, message and the text they concern. */
function Findings({ findings, text }: { findings: ToneFinding[]; text: string }) {
  const t = useT();
  if (findings.length === 0) return <p className="findings-none">{t('detailFindingsNone')}</p>;
  return (
    <ul className="findings" aria-label={t('detailFindingsTitle')}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}:${finding.span.start}:${index}`}
          className={`finding ${finding.level}`}
          data-testid="finding"
          data-rule-id={finding.ruleId}
          data-level={finding.level}
        >
          <strong>{t(LEVEL_KEYS[finding.level])}</strong>
          {': '}
          {finding.message}{' '}
          {finding.span.end > finding.span.start ? (
            <q className="span">{text.slice(finding.span.start, finding.span.end)}</q>
          ) : (
            <span className="span">
              {t('detailFindingAt', { position: finding.span.start + 1 })}
            </span>
          )}
        </li>
      ))}
    </ul>
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

function truncate(text: string) {
  const chars = Array.from(text);
  return chars.length > DISPLAY_LIMIT ? `${chars.slice(0, DISPLAY_LIMIT).join('')}…` : text;
}
