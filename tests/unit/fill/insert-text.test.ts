import { beforeEach, describe, expect, it } from 'vitest';
import { findEditorIn, insertIntoEditor } from '../../../utils/fill/insert-text';

// DOM plumbing in happy-dom; the real editor engines are proven in tests/browser/fill.test.ts.

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findEditorIn', () => {
  it('finds the editable element and skips non-editable islands', () => {
    document.body.innerHTML = `
      <div contenteditable="false"></div>
      <div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>`;
    expect(findEditorIn(document)?.className).toBe('ql-editor');
  });

  it('looks inside open shadow roots, as LinkedIn nests its composer in #interop-outlet', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><div class="ProseMirror" contenteditable="true"></div></section>';
    expect(findEditorIn(document)).toBe(shadow.querySelector('.ProseMirror'));
  });

  it('skips disabled and read-only text areas', () => {
    document.body.innerHTML =
      '<textarea disabled></textarea><textarea readonly></textarea><textarea id="reply"></textarea>';
    expect(findEditorIn(document)?.id).toBe('reply');
  });

  it('returns null when nothing is editable', () => {
    document.body.innerHTML = '<p>Read only</p>';
    expect(findEditorIn(document)).toBeNull();
  });
});

describe('insertIntoEditor', () => {
  it('refuses elements that take no text', async () => {
    document.body.innerHTML = '<div id="box">Not editable</div><textarea disabled></textarea>';
    expect(await insertIntoEditor(document.getElementById('box')!, 'Hi')).toEqual({
      ok: false,
      reason: 'not-editable',
    });
    expect(await insertIntoEditor(document.querySelector('textarea')!, 'Hi')).toEqual({
      ok: false,
      reason: 'not-editable',
    });
  });

  it('appends to a textarea through the value setter frameworks watch, and announces it', async () => {
    document.body.innerHTML = '<textarea>@Anna </textarea>';
    const textarea = document.querySelector('textarea')!;
    const announced: string[] = [];
    textarea.addEventListener('input', (event) => announced.push((event as InputEvent).inputType));
    expect(await insertIntoEditor(textarea, 'thanks, åäö 👍\nBye')).toEqual({ ok: true });
    expect(textarea.value).toBe('@Anna thanks, åäö 👍\nBye');
    expect(announced).toEqual(['insertText']);
  });

  it('fills a wrapper by finding the editable element inside it', async () => {
    document.body.innerHTML = '<form><div contenteditable="true"></div></form>';
    const result = await insertIntoEditor(document.querySelector('form')!, 'Hej');
    expect(result).toEqual({ ok: true });
    expect(document.querySelector('[contenteditable]')!.textContent).toBe('Hej');
  });

  it('lets an editor that handles paste take the whole text at once', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const box = document.querySelector<HTMLElement>('[contenteditable]')!;
    box.addEventListener('beforeinput', (event) => event.preventDefault());
    box.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData!.getData('text/plain');
      box.innerHTML = text
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('');
    });
    expect(await insertIntoEditor(box, 'One\nTwo')).toEqual({ ok: true });
    expect(box.innerHTML).toBe('<p>One</p><p>Two</p>');
  });

  it('edits a plain contenteditable itself when no engine answers, line breaks included', async () => {
    document.body.innerHTML = '<div contenteditable="true">Hi </div>';
    const box = document.querySelector<HTMLElement>('[contenteditable]')!;
    const announced: string[] = [];
    box.addEventListener('input', (event) => announced.push((event as InputEvent).inputType));
    expect(await insertIntoEditor(box, 'Anna\nBye')).toEqual({ ok: true });
    expect(box.innerHTML).toBe('Hi Anna<br>Bye');
    expect(announced).toEqual(['insertText', 'insertLineBreak', 'insertText']);
  });

  it('reports rejected when the line break is lost', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const box = document.querySelector<HTMLElement>('[contenteditable]')!;
    box.addEventListener('beforeinput', (event) => {
      if ((event as InputEvent).inputType !== 'insertText') event.preventDefault();
    });
    expect(await insertIntoEditor(box, 'One\nTwo')).toEqual({ ok: false, reason: 'rejected' });
  });
});
