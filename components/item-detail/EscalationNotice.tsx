import type { SuggestResult } from '../../utils/suggest/suggest';
import { useT } from '../i18n';

/** The message needs a person: who to hand it to, and whether to hold a reply meanwhile. */
export function EscalationNotice({
  escalate,
}: {
  escalate: NonNullable<SuggestResult['escalate']>;
}) {
  const t = useT();
  return (
    <div className="escalation" role="alert" data-testid="escalation">
      <strong>
        {t('detailEscalateTitle', {
          handTo: escalate.handTo || t('detailEscalateResponsible'),
        })}
      </strong>
      <p>
        {t(escalate.action === 'none' ? 'detailEscalateNone' : 'detailEscalateHolding', {
          handTo: escalate.handTo || t('detailEscalateResponsible'),
        })}
      </p>
      {escalate.guidance && <p>{escalate.guidance}</p>}
    </div>
  );
}
