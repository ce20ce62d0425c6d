import { expect } from 'vitest';
import { fillVariables } from '../../utils/suggest/fill';
import { checkTone } from '../../utils/tone/check';
import type { ToneGuide } from '../../utils/tone/schema';

/** Every template, filled in, passes the guide's own tone checks on every surface it is for. */
export function expectTemplatesPassOwnChecks(guide: ToneGuide) {
  for (const template of guide.templates) {
    for (const surface of template.surfaces) {
      const { text } = fillVariables(template.text, { firstName: 'Anna' });
      const errors = checkTone(text, guide, {
        language: template.language,
        surface,
        intents: template.intents,
      }).filter((finding) => finding.level === 'error' || finding.ruleId === 'address.form');
      expect({ id: template.id, surface, errors }).toEqual({
        id: template.id,
        surface,
        errors: [],
      });
    }
  }
}
