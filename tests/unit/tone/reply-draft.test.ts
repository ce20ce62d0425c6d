import { describe, expect, it } from 'vitest';
import {
  draftOf,
  freeId,
  insertAt,
  matchesFilter,
  shortcutClash,
  templateOf,
} from '../../../components/saved-replies/reply-draft';
import { shortcutOf } from '../../../components/keys';
import { defaultToneGuide } from '../../../utils/tone/default-guide';

const press = { altKey: true, shiftKey: false, ctrlKey: false, metaKey: false };
const [first] = defaultToneGuide.templates;

describe('saved reply drafts', () => {
  it('turns a template into a draft and back unchanged', () => {
    expect(templateOf(draftOf(first))).toEqual(first);
  });

  it('declares the known variables the text uses, once each, and leaves unknown ones out', () => {
    const draft = { ...draftOf(first), text: 'Hej {firstName}! {fistName} {firstName} {cursor}' };
    expect(templateOf(draft).variables).toEqual(['firstName', 'cursor']);
  });

  it('reads triggers from a comma list and drops an empty shortcut', () => {
    const draft = { ...draftOf(first), triggers: ' kaffe, , te ', shortcut: '' };
    const template = templateOf(draft);
    expect(template.triggers).toEqual(['kaffe', 'te']);
    expect('shortcut' in template).toBe(false);
  });

  it('finds the first free id', () => {
    const templates = [first, { ...first, id: `${first.id}-2` }];
    expect(freeId('fresh', templates)).toBe('fresh');
    expect(freeId(first.id, templates)).toBe(`${first.id}-3`);
  });

  it('matches the query in text or id in any case, and the chosen language and intent', () => {
    const none = { query: '', language: '', intent: '' } as const;
    expect(matchesFilter(first, { ...none, query: first.id.toUpperCase() })).toBe(true);
    expect(matchesFilter(first, { ...none, query: first.text.slice(4, 12) })).toBe(true);
    expect(matchesFilter(first, { ...none, query: 'no such words anywhere' })).toBe(false);
    expect(matchesFilter(first, { ...none, language: first.language })).toBe(true);
    expect(matchesFilter(first, { ...none, language: first.language === 'en' ? 'sv' : 'en' })).toBe(
      false,
    );
    expect(matchesFilter(first, { ...none, intent: first.intents[0] })).toBe(true);
    expect(matchesFilter(first, { ...none, intent: 'spam' })).toBe(false);
  });

  it('inserts in place of the selection and puts the caret after it', () => {
    expect(insertAt('Hej ! Tack', 4, 4, '{firstName}')).toEqual({
      text: 'Hej {firstName}! Tack',
      caret: 15,
    });
    expect(insertAt('Hej du!', 4, 6, '{firstName}')).toEqual({
      text: 'Hej {firstName}!',
      caret: 15,
    });
  });

  it('records Alt or Alt+Shift with a letter or digit, by physical key, and nothing else', () => {
    expect(shortcutOf({ ...press, code: 'Digit1' })).toBe('Alt+1');
    expect(shortcutOf({ ...press, shiftKey: true, code: 'KeyK' })).toBe('Alt+Shift+K');
    expect(shortcutOf({ ...press, altKey: false, code: 'KeyK' })).toBeNull();
    expect(shortcutOf({ ...press, ctrlKey: true, code: 'KeyK' })).toBeNull();
    expect(shortcutOf({ ...press, code: 'Space' })).toBeNull();
  });

  it('refuses a shortcut the browser, the panel command or another reply has, not its own', () => {
    const templates = [
      { id: 'a', shortcut: 'Alt+1' },
      { id: 'b', shortcut: undefined },
    ];
    expect(shortcutClash('Alt+1', templates, 'b')).toEqual({ kind: 'duplicate', id: 'a' });
    expect(shortcutClash('Alt+1', templates, undefined)).toEqual({ kind: 'duplicate', id: 'a' });
    expect(shortcutClash('Alt+1', templates, 'a')).toBeNull();
    expect(shortcutClash('Alt+Shift+S', templates, 'b')).toEqual({ kind: 'taken', by: 'command' });
    expect(shortcutClash('Alt+F', templates, 'b')).toEqual({ kind: 'taken', by: 'browser' });
    expect(shortcutClash('Alt+2', templates, 'b')).toBeNull();
    expect(shortcutClash('', templates, 'b')).toBeNull();
  });
});
