import type { SuggestResult } from '../../utils/suggest/suggest';
import { guideTextIn } from '../../utils/tone/schema';
import { useLocale, useT } from '../i18n';

/**
 * The message needs a person: who to hand it to, and whether to hold a reply meanwhile, in the UI
 * language where the guide wrote its words per language.
 */
export function EscalationNotice({
  escalate,
  templateLanguage,
}: {
  escalate: NonNullable<SuggestResult['escalate']>;
  templateLanguage?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const guideWords = (text: Parameters<typeof guideTextIn>[0]) =>
    guideTextIn(text, [locale, ...(templateLanguage ? [templateLanguage] : [])]);
  const handTo = guideWords(escalate.handTo) || t('detailEscalateResponsible');
  const guidance = guideWords(escalate.guidance);
  return (
    <div className="escalation" role="alert" data-testid="escalation">
      <strong>{t('detailEscalateTitle', { handTo })}</strong>
      <p>
        {t(escalate.action === 'none' ? 'detailEscalateNone' : 'detailEscalateHolding', {
          handTo,
        })}
      </p>
      {guidance && <p>{guidance}</p>}
    </div>
  );
}
