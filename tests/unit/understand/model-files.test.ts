import { readCorpus } from '../../../scripts/train/corpus';
import { eldDatabaseJson } from '../../../scripts/train/eld-database';
import { readCrisisRules, readModelFiles } from '../../../scripts/train/node-models';
import { trainModels } from '../../../scripts/train/train';

// The committed model files are exactly what `npm run train` makes from the committed corpus:
// a change to the corpus, the features or the trainer without retraining fails here.
describe('public/model', { timeout: 300_000 }, () => {
  it('holds what `npm run train` produces from tests/data/intent, byte for byte', async () => {
    // The crisis rule lists are written by hand, not produced: only the trained files compare.
    const committed = readModelFiles();
    delete committed['crisis-rules.json'];
    const produced: Record<string, string | Uint8Array> = {
      ...trainModels(readCorpus(), readCrisisRules()),
      'eld-extrasmall.json': await eldDatabaseJson(),
    };
    expect(Object.keys(produced).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(produced)) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      // Compared as a verdict: a diff of megabytes of weights helps nobody.
      const same = Buffer.from(bytes).equals(Buffer.from(committed[file]!));
      expect({ file, same }).toEqual({ file, same: true });
    }
  });
});
