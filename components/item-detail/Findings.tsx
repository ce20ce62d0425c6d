import { findingText } from '../../utils/i18n/tone-text';
import type { MessageKey } from '../../utils/i18n/translate';
import { groupFindings, type ToneFinding } from '../../utils/tone/check';
import type { RuleLevel } from '../../utils/tone/schema';
import { useLocale, useT } from '../i18n';
import { useToneTextNames } from '../labels';

const LEVEL_KEYS: Record<RuleLevel, MessageKey> = {
  error: 'detailLevelError',
  warning: 'detailLevelWarning',
  suggestion: 'detailLevelSuggestion',
};

/**
 * Tone findings with their level, message and the text they concern: a finding repeated over the
 * text (three emoji off the list) is one entry with its count and the distinct words it concerns.
 */
export function Findings({ findings, text }: { findings: ToneFinding[]; text: string }) {
  const t = useT();
  const locale = useLocale();
  const names = useToneTextNames();
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
