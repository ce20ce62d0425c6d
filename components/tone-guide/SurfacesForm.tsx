import { useId } from 'react';
import type { MessageKey } from '../../utils/i18n/translate';
import { itemKindSchema, type ItemKind } from '../../utils/model/detected-item';
import { PLATFORMS } from '../../utils/platforms/platforms';
import { surfaceRulesProblems, type ReplySurface } from '../../utils/tone/schema';
import { useT } from '../i18n';
import { problemText } from '../problem-text';
import { asNumber, asText, getAt, type Json, type Path } from './json-draft';

const KIND_LABEL: Record<ItemKind, MessageKey> = { comment: 'kindComment', dm: 'kindDm' };

/**
 * Each place replies are written, from the platform registry: the longest reply the guide allows
 * there (never more than the platform takes) and whether it greets and signs off. A value the
 * schema refuses is said at its field, as saving would say it.
 */
export function SurfacesForm({
  draft,
  onUpdate,
}: {
  draft: Json;
  onUpdate: (path: Path, value: unknown) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="tone-surfaces">
      <legend>{t('toneSurfacesTitle')}</legend>
      <p className="field-help">{t('toneSurfacesHelp')}</p>
      {PLATFORMS.flatMap((platform) =>
        itemKindSchema.options.map((kind) => {
          const surface: ReplySurface = `${platform.id}-${kind}`;
          const path = ['surfaces', surface];
          const rules = getAt(draft, path);
          const problems = surfaceRulesProblems(surface, rules);
          const lengthProblem = problems.find((problem) => problem.path === 'maxLength');
          const errorId = `${id}-${surface}-error`;
          return (
            <fieldset key={surface} className="tone-surface" data-surface={surface}>
              <legend>
                {platform.name}: {t(KIND_LABEL[kind])}
              </legend>
              <label>
                {t('toneSurfaceMaxLength', { max: platform.replyLimits[kind] })}
                <input
                  type="number"
                  min={1}
                  max={platform.replyLimits[kind]}
                  value={asText(getAt(rules, ['maxLength']))}
                  aria-invalid={lengthProblem ? true : undefined}
                  aria-describedby={lengthProblem ? errorId : undefined}
                  onChange={(e) => onUpdate([...path, 'maxLength'], asNumber(e.target.value))}
                />
              </label>
              {lengthProblem && (
                <p id={errorId} className="field-error">
                  {problemText(lengthProblem, t)}
                </p>
              )}
              <label className="inline">
                <input
                  type="checkbox"
                  checked={getAt(rules, ['greet']) === true}
                  onChange={(e) => onUpdate([...path, 'greet'], e.target.checked)}
                />
                {t('toneSurfaceGreet')}
              </label>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={getAt(rules, ['signOff']) === true}
                  onChange={(e) => onUpdate([...path, 'signOff'], e.target.checked)}
                />
                {t('toneSurfaceSignOff')}
              </label>
            </fieldset>
          );
        }),
      )}
    </fieldset>
  );
}
