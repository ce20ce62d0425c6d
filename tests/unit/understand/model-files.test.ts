import { readCorpus } from '../../../scripts/train/corpus';
import { eldDatabaseJson } from '../../../scripts/train/eld-database';
import { readModelFiles } from '../../../scripts/train/node-models';
import { trainModels } from '../../../scripts/train/train';

// The committed model files are exactly what `npm run train` makes from the committed corpus:
// a change to the corpus, the features or the trainer without retraining fails here.
describe('public/model', { timeout: 120_000 }, () => {
  it('holds what `npm run train` produces from tests/data/intent, byte for byte', async () => {
    const committed = readModelFiles();
    const produced = {
      ...trainModels(readCorpus()),
      'eld-extrasmall.json': await eldDatabaseJson(),
    };
    expect(Object.keys(produced).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(produced)) {
      // Compared by hash first: a diff of 3 MB of base64 helps nobody.
      expect({ file, same: content === committed[file] }).toEqual({ file, same: true });
    }
  });
});
