/**
 * The labelled corpus for message understanding (tests/data/intent/*.jsonl) and its split into
 * train and dev by scenario: every row of a block (one message in six languages) falls on the
 * same side, so no translation of a dev message is ever trained on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { hash32 } from '../../utils/understand/text';
import { intentSchema, languageCodeSchema } from '../../utils/tone/schema';

export const CORPUS_DIR = join(import.meta.dirname, '../../tests/data/intent');

export const corpusRowSchema = z.strictObject({
  block: z.string().min(1),
  lang: languageCodeSchema,
  intent: intentSchema,
  text: z.string().min(1).max(2_000),
});
export type CorpusRow = z.infer<typeof corpusRowSchema>;

export interface Corpus {
  rows: CorpusRow[];
  /** sha256 of the files' bytes in name order, recorded in the model so a stale model shows. */
  sha256: string;
}

export function readCorpus(dir = CORPUS_DIR): Corpus {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const digest = createHash('sha256');
  const rows: CorpusRow[] = [];
  for (const file of files) {
    const content = readFileSync(join(dir, file), 'utf8');
    digest.update(file).update(content);
    content.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      const parsed = corpusRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(
          `${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
      }
      rows.push(parsed.data);
    });
  }
  return { rows, sha256: digest.digest('hex') };
}

export type Side = 'train' | 'calibration' | 'dev';

/**
 * 20% of blocks are dev (measured by the bench, never trained on), 15% calibration (held out of
 * the first training run to fit the temperature and the crisis threshold, then trained on).
 */
export function sideOf(block: string): Side {
  const bucket = hash32(`split:${block}`) % 100;
  if (bucket < 20) return 'dev';
  if (bucket < 35) return 'calibration';
  return 'train';
}

export function splitCorpus(rows: readonly CorpusRow[]) {
  const dev = rows.filter((row) => sideOf(row.block) === 'dev');
  const calibration = rows.filter((row) => sideOf(row.block) === 'calibration');
  const train = rows.filter((row) => sideOf(row.block) === 'train');
  return { dev, calibration, train, trainAll: [...train, ...calibration] };
}
