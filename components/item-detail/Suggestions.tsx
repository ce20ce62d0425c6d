import { useId } from 'react';
import type { SuggestResult } from '../../utils/suggest/suggest';
import { suggestionReasonText } from '../../utils/i18n/tone-text';
import { useT } from '../i18n';
import { useToneTextNames } from '../labels';
import { Findings } from './Findings';

/** The replies Svara proposes, each with its reasons and tone findings, to take into the editor. */
export function Suggestions({
  result,
  current,
  onChoose,
}: {
  result: SuggestResult;
  /** The editor's text and the suggestion it came from, to mark the one in use. */
  current: { text: string; templateId?: string };
  onChoose: (index: number) => void;
}) {
  const t = useT();
  const names = useToneTextNames();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-suggestions`} className="suggestions">
      <h3 id={`${id}-suggestions`}>{t('detailSuggestionsTitle')}</h3>
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
              <Findings findings={suggestion.findings} text={suggestion.text} />
              <button
                type="button"
                aria-pressed={
                  current.templateId === suggestion.templateId && current.text === suggestion.text
                }
                onClick={() => onChoose(index)}
              >
                {t('detailSuggestionUse', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
