import type { MessageKey } from '../../utils/i18n/translate';
import type { ToneFinding } from '../../utils/tone/check';
import type { RuleLevel } from '../../utils/tone/schema';
import { useT } from '../i18n';

const LEVEL_KEYS: Record<RuleLevel, MessageKey> = {
  error: 'detailLevelError',
  warning: 'detailLevelWarning',
  suggestion: 'detailLevelSuggestion',
};

/** Tone findings with their level, message and the text they concern. */
export function Findings({ findings, text }: { findings: ToneFinding[]; text: string }) {
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
