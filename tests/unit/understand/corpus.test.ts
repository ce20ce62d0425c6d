import { readCorpus, sideOf, splitCorpus } from '../../../scripts/train/corpus';
import { nearDuplicatesAcross } from '../../../scripts/train/near-duplicates';
import { intentSchema, languageCodeSchema } from '../../../utils/tone/schema';

const corpus = readCorpus();
const { dev, trainAll } = splitCorpus(corpus.rows);

describe('the message-understanding corpus', { timeout: 60_000 }, () => {
  it('has at least 100 rows of every intent in every language', () => {
    for (const language of languageCodeSchema.options) {
      for (const intent of intentSchema.options) {
        const rows = corpus.rows.filter((row) => row.lang === language && row.intent === intent);
        expect({ language, intent, enough: rows.length >= 100 }).toEqual({
          language,
          intent,
          enough: true,
        });
      }
    }
  });

  it('gives each block one intent', () => {
    const intents = new Map<string, Set<string>>();
    for (const row of corpus.rows) {
      intents.set(row.block, (intents.get(row.block) ?? new Set()).add(row.intent));
    }
    expect([...intents].filter(([, set]) => set.size > 1).map(([block]) => block)).toEqual([]);
  });

  it('splits by block: every row of a block is on one side, about a fifth of blocks in dev', () => {
    const sides = new Map<string, Set<string>>();
    for (const row of corpus.rows) {
      const side = dev.includes(row) ? 'dev' : 'train';
      sides.set(row.block, (sides.get(row.block) ?? new Set()).add(side));
      expect(side === 'dev').toBe(sideOf(row.block) === 'dev');
    }
    expect([...sides.values()].every((set) => set.size === 1)).toBe(true);
    const share = [...sides.values()].filter((set) => set.has('dev')).length / sides.size;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(dev.length + trainAll.length).toBe(corpus.rows.length);
  });

  it('has no dev message that is a near-duplicate of a training message', () => {
    const found = nearDuplicatesAcross(dev, trainAll).map(
      ({ dev: a, train: b, cosine }) => `${a.block}/${a.lang} ≈ ${b.block} (${cosine.toFixed(2)})`,
    );
    expect(found).toEqual([]);
  });

  it('the near-duplicate check finds a copy with a changed word', () => {
    const row = {
      block: 'a',
      lang: 'sv' as const,
      intent: 'question' as const,
      text: 'Har ni öppet på söndag i Uppsala?',
    };
    const copy = { ...row, block: 'b', text: 'Har ni öppet på lördag i Uppsala?' };
    expect(nearDuplicatesAcross([row], [copy])).toHaveLength(1);
  });
});
