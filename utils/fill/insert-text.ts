/**
 * Puts reply text into a platform's reply box so the editor's own state registers it (Lexical on
 * Facebook, Quill 2 and TipTap/ProseMirror on LinkedIn, plain textareas). Only inserts: it never
 * presses Enter, clicks or submits; a person sends (DESIGN.md §3). Pure DOM, no extension APIs.
 */

export type InsertResult = { ok: true } | { ok: false; reason: 'not-editable' | 'rejected' };

type Engine = 'lexical' | 'quill' | 'prosemirror' | 'unknown';
type TextControl = HTMLTextAreaElement | HTMLInputElement;

// Elements that take typed text; `contenteditable="false"` marks islands inside editors.
const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"]), textarea';

/**
 * The first editable element under `root`, looking into open shadow roots too: LinkedIn renders
 * its newer composer inside `#interop-outlet`'s shadow root (SIGNALS.md).
 */
export function findEditorIn(root: ParentNode): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
    if (isEditable(candidate)) return candidate;
  }
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    const found = findEditorIn(element.shadowRoot);
    if (found) return found;
  }
  return null;
}

/**
 * Appends `text` at the end of the editor's content and checks the editor kept it. Asynchronous
 * because engines reconcile after the event (Lexical and ProseMirror in a microtask, from their
 * MutationObservers): only once they have settled does the DOM show what their state accepted.
 */
export async function insertIntoEditor(editor: HTMLElement, text: string): Promise<InsertResult> {
  const target = isEditable(editor) ? editor : findEditorIn(editor);
  if (!target || !target.isConnected) return { ok: false, reason: 'not-editable' };
  if (!text) return { ok: true };
  if (isTextControl(target)) return insertIntoTextControl(target, text);

  const lines = text.split(/\r\n|\r|\n/);
  const expected = collapseBlankLines(lines.join('\n'));
  const engine = engineOf(target);
  const before = visibleLines(target);

  // Strategies from most to least native. Each runs only while the editor is still untouched, so a
  // half-accepted attempt is reported instead of being followed by a duplicate.
  const strategies = [insertWithExecCommand, insertWithPaste, insertWithInputEvents];
  for (const strategy of strategies) {
    target.focus();
    placeCaretAtEnd(target);
    // Editors copy the DOM selection into their model on `selectionchange`, which fires later.
    await settle();
    strategy(target, lines, engine);
    await settle();
    const after = visibleLines(target);
    if (countOccurrences(after, expected) > countOccurrences(before, expected)) return { ok: true };
    if (after !== before) break;
  }
  return { ok: false, reason: 'rejected' };
}

/** A macrotask: runs after every microtask the engine queued in reaction to the edit. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isTextControl(element: Element): element is TextControl {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

// Input types that hold free text and a caret (`setSelectionRange` throws on the others).
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);

function isEditable(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement && !TEXT_INPUT_TYPES.has(element.type)) return false;
  if (isTextControl(element)) return !element.disabled && !element.readOnly;
  // happy-dom lacks `isContentEditable`; the attribute is what Chromium reads as well.
  const attribute = element.getAttribute('contenteditable');
  if (attribute === null) return element.isContentEditable === true;
  return attribute !== 'false';
}

function engineOf(editor: HTMLElement): Engine {
  if (editor.hasAttribute('data-lexical-editor')) return 'lexical';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  return 'unknown';
}

/**
 * How a new line is typed, as Shift+Enter would (Enter may send). Quill and ProseMirror model lines
 * as paragraphs; Lexical's Shift+Enter is a line break inside the paragraph, and in unknown boxes a
 * line break is the chat convention for "new line, do not send".
 */
function lineBreakInputType(engine: Engine): 'insertParagraph' | 'insertLineBreak' {
  return engine === 'quill' || engine === 'prosemirror' ? 'insertParagraph' : 'insertLineBreak';
}

function insertWithExecCommand(editor: HTMLElement, lines: string[], engine: Engine): void {
  const doc = editor.ownerDocument;
  if (typeof doc.execCommand !== 'function') return;
  lines.forEach((line, index) => {
    if (index > 0) {
      // execCommand does not fire beforeinput, and Lexical turns its line breaks into nothing: offer
      // the break as beforeinput first and let execCommand make it only when nobody took it.
      const inputType = lineBreakInputType(engine);
      if (announceInput(editor, inputType, null)) doc.execCommand(inputType, false);
    }
    if (line) doc.execCommand('insertText', false, line);
  });
}

/** Rich editors all handle paste from their own clipboard handlers, newlines included. */
function insertWithPaste(editor: HTMLElement, lines: string[]): void {
  const view = editor.ownerDocument.defaultView;
  if (!view?.DataTransfer || !view.ClipboardEvent) return;
  const data = new view.DataTransfer();
  data.setData('text/plain', lines.join('\n'));
  editor.dispatchEvent(
    new view.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/**
 * Input Events level 2: announce each edit with `beforeinput`; an editor that handles it cancels
 * the event and edits its own model. When nobody does, edit the DOM like the browser would and
 * report it with `input`, which mutation-observing editors and frameworks pick up.
 */
function insertWithInputEvents(editor: HTMLElement, lines: string[], engine: Engine): void {
  lines.forEach((line, index) => {
    if (index > 0) {
      const inputType = lineBreakInputType(engine);
      if (announceInput(editor, inputType, null)) {
        insertNodeAtCaret(editor, editor.ownerDocument.createElement('br'));
        notifyInput(editor, inputType, null);
      }
    }
    if (line && announceInput(editor, 'insertText', line)) {
      insertNodeAtCaret(editor, editor.ownerDocument.createTextNode(line));
      notifyInput(editor, 'insertText', line);
    }
  });
}

/** Returns true when no listener took over the edit. */
function announceInput(editor: HTMLElement, inputType: string, data: string | null): boolean {
  const event = new InputEvent('beforeinput', {
    inputType,
    data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return editor.dispatchEvent(event);
}

function notifyInput(editor: HTMLElement, inputType: string, data: string | null): void {
  editor.dispatchEvent(new InputEvent('input', { inputType, data, bubbles: true, composed: true }));
}

function insertNodeAtCaret(editor: HTMLElement, node: Node): void {
  const selection = selectionFor(editor);
  const range =
    selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer)
      ? selection.getRangeAt(0)
      : endRange(editor);
  range.deleteContents();
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function placeCaretAtEnd(editor: HTMLElement): void {
  const selection = selectionFor(editor);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(endRange(editor));
}

/** Collapsed at the end of the last text, so the caret lands inside the last line, not after it. */
function endRange(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let lastText: Text | null = null;
  while (walker.nextNode()) lastText = walker.currentNode as Text;
  if (lastText) range.setStart(lastText, lastText.length);
  else range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}

/** Chromium keeps a separate selection per shadow root; ProseMirror reads that one. */
function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as Partial<{ getSelection(): Selection | null }>;
  return root.getSelection?.() ?? editor.ownerDocument.getSelection();
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3']);

/**
 * The editor's lines as a reader sees them: a new line for each `<br>` and block, so a lost line
 * break is noticed (textContent runs blocks together). Editors pad spaces with NBSP and keep `<br>`
 * placeholders in empty lines, hence the normalising.
 */
function visibleLines(element: HTMLElement): string {
  let lines = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      lines += (node as Text).data;
    } else if (node instanceof Element) {
      const isBlock = BLOCK_TAGS.has(node.tagName);
      if (node.tagName === 'BR' || isBlock) lines += '\n';
      node.childNodes.forEach(visit);
      if (isBlock) lines += '\n';
    }
  };
  element.childNodes.forEach(visit);
  return collapseBlankLines(lines.replace(/\u00a0/g, ' '));
}

function collapseBlankLines(text: string): string {
  return text.replace(/\n+/g, '\n');
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Textareas and inputs: frameworks such as React track `value` through the prototype's setter, so
 * set it there and announce the change with an input event.
 */
function insertIntoTextControl(control: TextControl, text: string): InsertResult {
  const view = control.ownerDocument.defaultView ?? window;
  const prototype =
    control instanceof view.HTMLTextAreaElement
      ? view.HTMLTextAreaElement.prototype
      : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  const nextValue = control.value + text;
  control.focus();
  if (setValue) setValue.call(control, nextValue);
  else control.value = nextValue;
  control.setSelectionRange(nextValue.length, nextValue.length);
  notifyInput(control, 'insertText', text);
  return control.value === nextValue ? { ok: true } : { ok: false, reason: 'rejected' };
}
