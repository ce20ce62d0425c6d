/**
 * Bundles the real editor engines the platforms run (DESIGN.md §7) into browser scripts for the
 * fill tests: tests/editors/src/{lexical,quill,tiptap}.ts → tests/editors/dist/*.js.
 *
 *   npx tsx scripts/build-editors.ts
 *
 * Each bundle mounts its editor into `[data-test-editor-host]` (or via `window.__mountEditor`) and
 * exposes `window.__editorText()`; see tests/editors/src/harness.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EDITORS_DIR = join(ROOT, 'tests/editors');
const EDITOR_NAMES = ['lexical', 'quill', 'tiptap'] as const;

export type EditorName = (typeof EDITOR_NAMES)[number];
export type EditorBundles = Record<EditorName, string>;

/**
 * Lexical refuses nodes and commands from a second copy of itself, and npm has installed one
 * `lexical` at the top level and another under the `@lexical/*` packages whenever their versions
 * differ. Resolve every import of `lexical` to the copy `@lexical/rich-text` depends on.
 */
const singleLexical: Plugin = {
  name: 'single-lexical',
  setup(pluginBuild) {
    const richTextDir = join(ROOT, 'node_modules/@lexical/rich-text');
    pluginBuild.onResolve({ filter: /^lexical$/ }, (args) => {
      if (args.pluginData === singleLexical) return undefined;
      return pluginBuild.resolve('lexical', {
        kind: args.kind,
        resolveDir: richTextDir,
        pluginData: singleLexical,
      });
    });
  },
};

/** The three editor bundles as JavaScript source, for tests that serve them by request routing. */
export async function buildEditorBundles(): Promise<EditorBundles> {
  const sources = await Promise.all(
    EDITOR_NAMES.map(async (name) => {
      const result = await build({
        entryPoints: [join(EDITORS_DIR, 'src', `${name}.ts`)],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        conditions: ['development'],
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
        plugins: [singleLexical],
      });
      return [name, result.outputFiles[0].text] as const;
    }),
  );
  return Object.fromEntries(sources) as EditorBundles;
}

async function main(): Promise<void> {
  const bundles = await buildEditorBundles();
  const distDir = join(EDITORS_DIR, 'dist');
  mkdirSync(distDir, { recursive: true });
  for (const [name, source] of Object.entries(bundles)) {
    const file = join(distDir, `${name}.js`);
    writeFileSync(file, source);
    console.log(`${file} (${Math.round(source.length / 1024)} KB)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
