import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FillResult } from '../utils/messaging/schemas';
import type { MessageKey } from '../utils/i18n/translate';
import type { Item } from '../utils/model/item';
import type { SuggestResult, UnderstandingReason } from '../utils/suggest/suggest';
import { findingText, suggestionReasonText, type Names } from '../utils/i18n/tone-text';
import { checkTone, groupFindings, type ToneFinding } from '../utils/tone/check';
import {
  guideTextIn,
  intentSchema,
  type Intent,
  type LanguageCode,
  type ReplySurface,
  type RuleLevel,
  type ToneGuide,
} from '../utils/tone/schema';
import { useLocale, useT } from './i18n';
import { translateIsolated } from './bidi';

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
  other: 'queueIntentOther',
};

/** A language's name in the UI language: the catalogue's for the guide's six, else the browser's. */
export function useLanguageName() {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = undefined;
    }
    return (code: string) => {
      const key = LANGUAGE_NAME_KEYS[code as LanguageCode];
      if (key) return t(key);
      if (code === 'und') return t('detailLanguageUnknown');
      const name = names?.of(code);
      return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
    };
  }, [t, locale]);
}

const percent = (score: number) => `${Math.round(score * 100)} %`;

const LEVEL_KEYS: Record<RuleLevel, MessageKey> = {
  error: 'detailLevelError',
  warning: 'detailLevelWarning',
  suggestion: 'detailLevelSuggestion',
};

export interface ItemDetailProps {
  item: Item;
  /** Suggestions for the language in force (the detected one, or the one the user chose). */
  result: SuggestResult | null;
  /** The template language detection chose, before any choice; shown next to a chosen language. */
  detectedLanguage?: LanguageCode;
  /** The guide in force: the editor's live tone check uses it. */
  guide: ToneGuide | null;
  surface: ReplySurface;
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
  onLanguageChange,
  onCorrect,
  onFill,
  onCopy,
}: ItemDetailProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const editorId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [caret, setCaret] = useState<{ position: number } | null>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);

  const languageName = useLanguageName();
  const names: Names = { language: languageName, intent: (intent) => t(INTENT_KEYS[intent]) };
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

  const header = (
    <header>
      <h2 id={headingId}>{translateIsolated(t, 'detailTitle', { name: item.author.name })}</h2>
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
  const templateLanguage = result?.templateLanguage;
  const chosen =
    result?.languageInGuide && detectedLanguage && templateLanguage !== detectedLanguage;
  const escalate = result?.escalate;
  // The guide's words for the escalation, in the UI language where it wrote them per language.
  const guideWords = (text: Parameters<typeof guideTextIn>[0]) =>
    guideTextIn(text, [locale, ...(templateLanguage ? [templateLanguage] : [])]);
  const handTo = escalate ? guideWords(escalate.handTo) || t('detailEscalateResponsible') : '';
  const guidance = escalate ? guideWords(escalate.guidance) : '';

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
          <bdi>{truncate(item.text)}</bdi>
        </blockquote>
        {item.truncated && (
          <p role="note" className="shortened">
            {t('detailShortened')}
          </p>
        )}
      </figure>

      {!result ? (
        <p role="status">{t('detailLoading')}</p>
      ) : (
        <>
          <div className="item-language">
            <p
              data-testid="item-language"
              data-language={result.language}
              data-in-guide={result.languageInGuide}
            >
              {chosen
                ? t('detailLanguageChosen', {
                    language: languageName(result.templateLanguage),
                    detected: languageName(detectedLanguage),
                  })
                : t(result.languageFallback ? 'detailLanguageUnsure' : 'detailLanguageDetected', {
                    language: languageName(result.language),
                  })}
            </p>
            {!result.languageInGuide && (
              <p role="note" data-testid="language-not-in-guide">
                {t('detailLanguageNotInGuide', {
                  language: languageName(result.language),
                  templateLanguage: languageName(result.templateLanguage),
                })}
              </p>
            )}
            {guide && guide.languages.supported.length > 1 && (
              <div role="group" aria-label={t('detailLanguageSwitch')} className="language-switch">
                {guide.languages.supported.map((code) => (
                  <button
                    key={code}
                    type="button"
                    className="secondary"
                    lang={code}
                    aria-pressed={code === result.templateLanguage}
                    style={code === result.templateLanguage ? { fontWeight: 'bold' } : undefined}
                    onClick={() => code !== result.templateLanguage && switchLanguage(code)}
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
            {result.intents
              .map((intent) => `${t(INTENT_KEYS[intent])} ${percent(result.intentScores[intent])}`)
              .join(' · ')}
          </p>
          {onCorrect && (
            <div className="correct-understanding">
              <label htmlFor={`${headingId}-correct`}>{t('detailCorrectLabel')}</label>{' '}
              <select
                id={`${headingId}-correct`}
                data-testid="correct-intent"
                value={result.intents[0]}
                onChange={(event) => void onCorrect(event.target.value as Intent, false)}
              >
                {intentSchema.options.map((intent) => (
                  <option key={intent} value={intent}>
                    {t(INTENT_KEYS[intent])}
                  </option>
                ))}
              </select>{' '}
              {!escalate && (
                <button
                  type="button"
                  className="secondary"
                  data-testid="escalate-by-hand"
                  onClick={() => void onCorrect('crisis', true)}
                >
                  {t('detailEscalateByHand')}
                </button>
              )}
            </div>
          )}
          <details className="understanding-reasons" data-testid="understanding-reasons">
            <summary>{t('detailUnderstandingWhy')}</summary>
            <ul>
              {result.reasons.map((reason, index) => (
                <li key={index}>
                  <Reason reason={reason} intentName={(intent) => t(INTENT_KEYS[intent])} />
                </li>
              ))}
            </ul>
          </details>

          {escalate && (
            <div className="escalation" role="alert" data-testid="escalation">
              <strong>{t('detailEscalateTitle', { handTo })}</strong>
              <p>
                {t(escalate.action === 'none' ? 'detailEscalateNone' : 'detailEscalateHolding', {
                  handTo,
                })}
              </p>
              {guidance && <p>{guidance}</p>}
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
                        lang={result.templateLanguage}
                        style={{ whiteSpace: 'pre-wrap' }}
                      >
                        {suggestion.text}
                      </p>
                      <details>
                        <summary>{t('detailReasons')}</summary>
                        <ul>
                          {suggestion.reasons.map((reason, reasonIndex) => (
                            <li key={reasonIndex}>{suggestionReasonText(reason, t, names)}</li>
                          ))}
                        </ul>
                      </details>
                      <Findings
                        findings={suggestion.findings}
                        text={suggestion.text}
                        names={names}
                      />
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
          lang={templateLanguage ?? language}
          style={{ display: 'block', width: '100%', boxSizing: 'border-box' }}
          value={current.text}
          onChange={(event) => {
            setDraft({ text: event.target.value, templateId: current.templateId, edited: true });
            setNotice(null);
          }}
        />
        <div data-testid="live-findings" aria-live="polite">
          {current.text.trim() !== '' && (
            <Findings findings={findings} text={current.text} names={names} />
          )}
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

/** One reason for the understanding, in the UI language. */
function Reason({
  reason,
  intentName,
}: {
  reason: UnderstandingReason;
  intentName: (intent: Intent) => string;
}) {
  const t = useT();
  const locale = useLocale();
  switch (reason.kind) {
    case 'model':
      return (
        <>{t('reasonModel', { intent: intentName(reason.intent), score: percent(reason.score) })}</>
      );
    case 'guideKeyword':
      return (
        <>
          {t('reasonGuideKeyword', {
            intent: intentName(reason.intent),
            words: reason.words.join(', '),
          })}
        </>
      );
    case 'exemplar':
      return (
        <>
          {t('reasonExemplar', {
            intent: intentName(reason.intent),
            date: new Date(reason.at).toLocaleDateString(locale, {
              day: 'numeric',
              month: 'short',
            }),
          })}
        </>
      );
    case 'crisisWords':
      return <>{t('reasonCrisisWords', { words: reason.words.join(', ') })}</>;
    case 'crisisModel':
      return <>{t('reasonCrisisModel', { score: percent(reason.score) })}</>;
    case 'guideRule':
      return <>{t('reasonGuideRule', { rule: reason.ruleId, words: reason.words.join(', ') })}</>;
  }
}

/**
 * Tone findings with their level, message and the text they concern: a finding repeated over the
 * text (three emoji off the list) is one entry with its count and the distinct words it concerns.
 */
function Findings({
  findings,
  text,
  names,
}: {
  findings: ToneFinding[];
  text: string;
  names: Names;
}) {
  const t = useT();
  const locale = useLocale();
  if (findings.length === 0) return <p className="findings-none">{t('detailFindingsNone')}</p>;
  return (
    <ul className="findings" aria-label={t('detailFindingsTitle')}>
      {groupFindings(findings).map((group, index) => {
        const words = [
          ...new Set(
            group.spans
              .filter((span) => span.end > span.start)
              .map((span) => text.slice(span.start, span.end)),
          ),
        ];
        return (
          <li
            key={`${group.ruleId}:${index}`}
            className={`finding ${group.level}`}
            data-testid="finding"
            data-rule-id={group.ruleId}
            data-level={group.level}
            data-count={group.spans.length}
          >
            <strong>{t(LEVEL_KEYS[group.level])}</strong>
            {': '}
            {findingText(group, t, { ...names, uiLanguage: locale })}{' '}
            {group.spans.length > 1 && (
              <span className="count">({t('detailFindingCount', { n: group.spans.length })}) </span>
            )}
            {words.length > 0 ? (
              words.map((word, wordIndex) => (
                <q key={wordIndex} className="span">
                  {word}
                </q>
              ))
            ) : (
              <span className="span">
                {t('detailFindingAt', { position: group.spans[0].start + 1 })}
              </span>
            )}
          </li>
        );
      })}
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
