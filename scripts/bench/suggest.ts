import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/browser';
import { percentile } from './stats';

const LANGUAGES = ['sv', 'da', 'nb', 'en'] as const;
const EXTRA = [' Tack på förhand!', ' Mvh Anna', ' 🙂', ' Thanks!', ' Hilsen Ole', ' ??'];

function labelledFiles() {
  return LANGUAGES.map((language) => join(ROOT, `tests/data/messages/${language}.json`)).filter(
    (path) => existsSync(path),
  );
}

/** `suggest.p95Ms`: one message's suggestions against the 500-template guide, in Node. */
export async function measureSuggest() {
  const { buildBenchGuide } = await import('../../utils/suggest/bench-guide');
  const { suggest } = await import('../../utils/suggest/suggest');
  const guide = buildBenchGuide(500);
  const texts = labelledFiles().flatMap((path) =>
    (JSON.parse(readFileSync(path, 'utf8')) as { text: string }[]).map((m) => m.text),
  );
  if (texts.length === 0) throw new Error('no labelled messages in tests/data/messages');
  // About 500 different messages: the labelled ones, then the same with a greeting or sign-off.
  const messages = Array.from(
    { length: Math.max(500, texts.length) },
    (_, i) => `${texts[i % texts.length]}${i < texts.length ? '' : EXTRA[i % EXTRA.length]}`,
  );
  for (const text of messages) suggest({ text, surface: 'facebook-comment' }, guide);
  // Each message's best of three runs: the cost of the code, not of a busy machine's scheduler
  // (a preempted run can take 100× longer); the percentile then spans the messages.
  const times = messages.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 3; round += 1) {
    messages.forEach((text, i) => {
      const start = performance.now();
      suggest({ text, authorName: 'Anna Svensson', surface: 'facebook-comment' }, guide);
      times[i] = Math.min(times[i], performance.now() - start);
    });
  }
  return { p95: percentile(times, 95), p50: percentile(times, 50) };
}

/** The quality figures of evaluateQuality over the labelled messages, flattened. */
export async function measureQuality(): Promise<Record<string, number>> {
  const { evaluateQuality, labelledMessageSchema } = await import('../../utils/suggest/quality');
  const { defaultToneGuide } = await import('../../utils/tone/default-guide');
  const messages = labelledFiles().flatMap((path) =>
    labelledMessageSchema.array().parse(JSON.parse(readFileSync(path, 'utf8'))),
  );
  if (messages.length === 0) return {};
  const report = evaluateQuality(messages, defaultToneGuide);
  const figures: Record<string, number> = {};
  for (const language of LANGUAGES) {
    const accuracy = report.languageAccuracy[language];
    if (accuracy !== undefined) figures[`quality.languageAccuracy.${language}`] = accuracy;
  }
  figures['quality.intentAccuracy'] = report.intent.exactMatch;
  figures['quality.intentF1'] = report.intent.f1;
  figures['quality.crisisRecall'] = report.crisisRecall;
  return figures;
}
