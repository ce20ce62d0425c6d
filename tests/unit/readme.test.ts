import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIABLE_LABEL } from '../../components/saved-replies/VariableMenu';
import { en } from '../../utils/i18n/messages/en';
import { KNOWN_VARIABLES } from '../../utils/tone/variables';

// The README's "make it your own" step is the new user's way to their own replies: it must send
// them where the options page has them, named as the English UI names them.
const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const ownStep = README.slice(README.indexOf('2. Make it your own'), README.indexOf('\n3. '));

describe("the README's make-it-your-own step", () => {
  it('sends saved replies to the options page’s editor, not to the JSON', () => {
    expect(ownStep).toContain(`Settings → ${en.repliesTitle}`);
    expect(ownStep).toContain(`"${en.repliesInsertVariable}"`);
    const json = ownStep.slice(ownStep.indexOf('as JSON'));
    expect(json.slice(0, json.indexOf('.')).toLowerCase()).not.toContain('saved replies');
  });

  it('names every variable the menu inserts', () => {
    const words = ownStep.replace(/\s+/g, ' ');
    for (const variable of KNOWN_VARIABLES) {
      const label = en[VARIABLE_LABEL[variable]];
      expect(words).toContain(label[0]!.toLowerCase() + label.slice(1));
    }
  });

  it('names the tone guide’s section as the options page does', () => {
    expect(ownStep).toContain(`Settings → ${en.toneTitle}`);
  });
});
