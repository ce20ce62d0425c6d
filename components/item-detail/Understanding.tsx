import { useId } from 'react';
import type { SuggestResult, UnderstandingReason } from '../../utils/suggest/suggest';
import { intentSchema, type Intent } from '../../utils/tone/schema';
import { useLocale, useT } from '../i18n';
import { INTENT_LABEL } from '../labels';

const percent = (score: number) => `${Math.round(score * 100)} %`;

/** What Svara understood of the message (intents with scores, and why), and the correction. */
export function Understanding({
  result,
  onCorrect,
}: {
  result: SuggestResult;
  /** A person files the message under another intent, or escalates it by hand. */
  onCorrect?: (intent: Intent, escalate: boolean) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  return (
    <>
      <p className="item-intents" data-testid="item-intents">
        {t('detailIntents')}
        {': '}
        {result.intents
          .map((intent) => `${t(INTENT_LABEL[intent])} ${percent(result.intentScores[intent])}`)
          .join(' · ')}
      </p>
      {onCorrect && (
        <div className="correct-understanding">
          <label htmlFor={`${id}-correct`}>{t('detailCorrectLabel')}</label>{' '}
          <select
            id={`${id}-correct`}
            data-testid="correct-intent"
            value={result.intents[0]}
            onChange={(event) => void onCorrect(event.target.value as Intent, false)}
          >
            {intentSchema.options.map((intent) => (
              <option key={intent} value={intent}>
                {t(INTENT_LABEL[intent])}
              </option>
            ))}
          </select>{' '}
          {!result.escalate && (
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
              <Reason reason={reason} intentName={(intent) => t(INTENT_LABEL[intent])} />
            </li>
          ))}
        </ul>
      </details>
    </>
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
