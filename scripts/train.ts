/**
 * `npm run train`: trains the message-understanding models from tests/data/intent/ and writes
 * them to public/model/. Deterministic: the same corpus gives the same bytes, and a test checks
 * that the committed files are what this produces.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from './train/corpus';
import { eldDatabaseJson } from './train/eld-database';
import { readCrisisRules } from './train/node-models';
import { trainModels } from './train/train';

const MODEL_DIR = join(import.meta.dirname, '../public/model');

const started = performance.now();
const corpus = readCorpus();
const files: Record<string, string | Uint8Array> = {
  ...trainModels(corpus, readCrisisRules()),
  'eld-extrasmall.json': await eldDatabaseJson(),
};
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(MODEL_DIR, name), content);
  console.log(`wrote public/model/${name} (${(content.length / 1024).toFixed(0)} KB)`);
}
console.log(
  `${corpus.rows.length} corpus rows, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
