import { fillVariables, type VariableValues } from '../../utils/suggest/fill';
import { checkTone } from '../../utils/tone/check';
import type { ToneGuide } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { Findings } from '../item-detail/Findings';
import { templateOf, type ReplyDraft } from './reply-draft';

/** Sample values for the preview: names, so the same in every UI language. */
const SAMPLE = { firstName: 'Anna', agentName: 'Eva' };

/**
 * The reply as a customer would read it, variables filled from a sample, and what the guide's tone
 * check says about it on the first surface it is for.
 */
export function ReplyPreview({ draft, guide }: { draft: ReplyDraft; guide: ToneGuide }) {
  const t = useT();
  const template = templateOf(draft);
  const values: VariableValues = { ...SAMPLE, pageName: guide.brand.names[0] };
  const { text } = fillVariables(template.text, values);
  const surface = template.surfaces[0];
  const findings = surface
    ? checkTone(text, guide, { language: template.language, surface, intents: template.intents })
    : [];
  return (
    <section className="reply-preview" aria-label={t('repliesPreview')}>
      <h4>{t('repliesPreview')}</h4>
      <p className="reply-preview-sample">{t('repliesPreviewSample', SAMPLE)}</p>
      <p className="reply-preview-text" lang={template.language} data-testid="reply-preview">
        {text}
      </p>
      <Findings findings={findings} text={text} />
    </section>
  );
}
