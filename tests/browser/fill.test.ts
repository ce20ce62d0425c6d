import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorBundles, type EditorBundles } from '../../scripts/build-editors';

// insertIntoEditor in Chromium against the editor engines the platforms run (DESIGN.md §7); the
// assertion reads the editor's own model through window.__editorText().

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TEXTS = {
  'one line': 'Thanks for asking, we will look into it.',
  'two lines': 'Hej Åsa!\nTack för ditt meddelande.',
  'emoji and Nordic letters': 'Tusen takk 🙏 — æ ø å ä ö Æ Ø Å 🇸🇪👍🏽',
};

async function buildFillBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(__dirname, '../../utils/fill/insert-text.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__svaraFill',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let browser: Browser;
let editorBundles: EditorBundles;
let fillBundle: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  [editorBundles, fillBundle] = await Promise.all([buildEditorBundles(), buildFillBundle()]);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(body: string, editorBundle?: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
  if (editorBundle) await page.addScriptTag({ content: editorBundle });
  await page.addScriptTag({ content: fillBundle });
  return page;
}

async function mountEditor(page: Page, shadow: boolean): Promise<void> {
  await page.evaluate((shadow) => {
    const host = document.createElement('div');
    document.body.append(host);
    window.__mountEditor(host, { shadow });
  }, shadow);
}

/** Fills the page's editor as the content script will: findEditorIn, then insertIntoEditor. */
async function fill(page: Page, text: string) {
  return page.evaluate(async (text) => {
    const editor = window.__svaraFill.findEditorIn(document);
    if (!editor) throw new Error('findEditorIn found no editor');
    return window.__svaraFill.insertIntoEditor(editor, text);
  }, text);
}

// __mountEditor and __editorText are declared by tests/editors/src/harness.ts.
declare global {
  interface Window {
    __svaraFill: typeof import('../../utils/fill/insert-text');
  }
}

const EDITOR_CASES = [
  { editor: 'lexical', shadow: false },
  { editor: 'quill', shadow: false },
  { editor: 'tiptap', shadow: false },
  { editor: 'tiptap', shadow: true },
] as const;

describe.each(EDITOR_CASES)('$editor (shadow root: $shadow)', ({ editor, shadow }) => {
  it.each(Object.entries(TEXTS))('takes %s into its own state', async (_label, text) => {
    const page = await openPage('', editorBundles[editor]);
    try {
      await mountEditor(page, shadow);
      expect(await fill(page, text)).toEqual({ ok: true });
      expect(await page.evaluate(() => window.__editorText())).toBe(text);
    } finally {
      await page.close();
    }
  });

  it('appends after text already in the box', async () => {
    const page = await openPage('', editorBundles[editor]);
    try {
      await mountEditor(page, shadow);
      await fill(page, 'Hi Anna, ');
      expect(await fill(page, 'thanks!\nSee you')).toEqual({ ok: true });
      expect(await page.evaluate(() => window.__editorText())).toBe('Hi Anna, thanks!\nSee you');
    } finally {
      await page.close();
    }
  });
});

describe('textarea', () => {
  it.each(Object.entries(TEXTS))('takes %s as its value', async (_label, text) => {
    const page = await openPage('<textarea aria-label="Reply"></textarea>');
    try {
      const result = await page.evaluate(async (text) => {
        const textarea = document.querySelector('textarea')!;
        const inputs: string[] = [];
        textarea.addEventListener('input', (event) =>
          inputs.push((event as InputEvent).data ?? ''),
        );
        return { ...(await window.__svaraFill.insertIntoEditor(textarea, text)), inputs };
      }, text);
      expect(result).toEqual({ ok: true, inputs: [text] });
      expect(await page.inputValue('textarea')).toBe(text);
    } finally {
      await page.close();
    }
  });
});

describe('editors that ignore execCommand', () => {
  it('receive the text as a paste', async () => {
    const page = await openPage('<div contenteditable="true" role="textbox"></div>');
    try {
      const text = await page.evaluate(async () => {
        const box = document.querySelector<HTMLElement>('[role=textbox]')!;
        // A model-driven editor that reverts every DOM edit it did not make, but handles paste.
        let model = '';
        const render = () => {
          box.textContent = model;
        };
        box.addEventListener('input', render);
        box.addEventListener('paste', (event) => {
          event.preventDefault();
          model += event.clipboardData?.getData('text/plain') ?? '';
          render();
        });
        const result = await window.__svaraFill.insertIntoEditor(box, 'Pasted åäö 👍');
        return { result, model };
      });
      expect(text).toEqual({ result: { ok: true }, model: 'Pasted åäö 👍' });
    } finally {
      await page.close();
    }
  });

  it('report rejected when nothing takes the text', async () => {
    const page = await openPage('<div contenteditable="true" role="textbox"></div>');
    try {
      const result = await page.evaluate(async () => {
        const box = document.querySelector<HTMLElement>('[role=textbox]')!;
        new MutationObserver(() => {
          if (box.textContent) box.textContent = '';
        }).observe(box, { childList: true, subtree: true, characterData: true });
        box.addEventListener('beforeinput', (event) => event.preventDefault());
        box.addEventListener('paste', (event) => event.preventDefault());
        return window.__svaraFill.insertIntoEditor(box, 'Nobody wants this');
      });
      expect(result).toEqual({ ok: false, reason: 'rejected' });
    } finally {
      await page.close();
    }
  });
});
