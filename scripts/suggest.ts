/**
 * Suggestions for a message from the command line, with the same code the extension runs.
 *
 *   npm run --silent suggest -- [--json] [--guide guide.json] [--surface facebook-comment]
 *       [--author "Anna Svensson"] [--agent Sara] [--thread-language sv] [--page-language sv]
 *       ("<message>" | --batch messages.json)
 *
 * --batch reads a JSON array of strings or of objects with `text` (and optionally `authorName`,
 * `surface`) and prints one JSON object per line, in order.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultToneGuide } from '../utils/tone/default-guide';
import { parseToneGuideWithSafePatterns } from '../utils/tone/pattern-safety';
import { guideTextIn, replySurfaceSchema, type ToneGuide } from '../utils/tone/schema';
import { createTranslator } from '../utils/i18n/translate';
import { suggestionReasonText, type Names } from '../utils/i18n/tone-text';
import { suggest, type SuggestInput, type SuggestResult } from '../utils/suggest/suggest';
import { nodeModels } from './train/node-models';

function fail(message: string, exitCode = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

async function loadGuide(path: string | undefined): Promise<ToneGuide> {
  if (!path) return defaultToneGuide;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`Cannot read the guide ${path}: ${(error as Error).message}`, 2);
  }
  const parsed = await parseToneGuideWithSafePatterns(json);
  if (!parsed.ok) {
    const lines = parsed.problems.map(
      (problem) => `  ${problem.path || '(root)'}: ${problem.message}`,
    );
    fail(`The guide ${path} has ${parsed.problems.length} problem(s):\n${lines.join('\n')}`, 2);
  }
  return parsed.guide;
}

function readBatch(path: string): unknown[] {
  let batch: unknown;
  try {
    batch = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`Cannot read the batch ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(batch)) fail(`The batch ${path} must be a JSON array`);
  return batch;
}

/** The printed shape from DESIGN.md §6. */
function toJson(result: SuggestResult) {
  return {
    language: result.language,
    languageConfidence: result.languageConfidence,
    languageInGuide: result.languageInGuide,
    templateLanguage: result.templateLanguage,
    intents: result.intents,
    intentScores: result.intentScores,
    sentiment: result.sentiment,
    escalate: result.escalate,
    prefill: result.prefill,
    reasons: result.reasons,
    suggestions: result.suggestions.map(({ text, templateId, reasons, findings }) => ({
      text,
      templateId,
      reasons,
      findings,
    })),
  };
}

const english = createTranslator('en');
// The readable output names languages and intents by their codes, as the JSON output does.
const codes: Names = { language: (code) => code, intent: (intent) => intent };

function toReadable(message: string, result: SuggestResult): string {
  const lines = [
    `Message: ${message}`,
    `Language: ${result.language} (confidence ${result.languageConfidence}${result.languageFallback ? ', fallback' : ''}${result.languageInGuide ? '' : `, not in the guide: templates in ${result.templateLanguage}`})` +
      `  Intents: ${result.intents.map((intent) => `${intent} ${result.intentScores[intent]}`).join(', ')}  Sentiment: ${result.sentiment}${result.spam ? '  SPAM' : ''}`,
  ];
  if (result.escalate) {
    const { ruleId, action, handTo, guidance } = result.escalate;
    lines.push(
      `Escalate (${ruleId}, ${action}): hand to ${guideTextIn(handTo, ['en'])}. ${guideTextIn(guidance, ['en'])}`,
    );
  }
  if (result.suggestions.length === 0) lines.push('No suggestions.');
  result.suggestions.forEach((suggestion, index) => {
    const [first, ...rest] = suggestion.text.split('\n');
    lines.push(`${index + 1}. [${suggestion.templateId}] ${first}`);
    lines.push(...rest.map((line) => (line ? `   ${line}` : '')));
    const why = suggestion.reasons.map((reason) => suggestionReasonText(reason, english, codes));
    lines.push(`   why: ${why.join('; ')}`);
    for (const finding of suggestion.findings) {
      lines.push(
        `   ${finding.level} ${finding.ruleId} @${finding.span.start}: ${finding.message}`,
      );
    }
  });
  return lines.join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    guide: { type: 'string' },
    batch: { type: 'string' },
    surface: { type: 'string', default: 'facebook-comment' },
    author: { type: 'string' },
    agent: { type: 'string' },
    page: { type: 'string' },
    'thread-language': { type: 'string' },
    'page-language': { type: 'string' },
  },
});

const surface = replySurfaceSchema.safeParse(values.surface);
if (!surface.success) fail(`--surface must be one of ${replySurfaceSchema.options.join(', ')}`);
const guide = await loadGuide(values.guide);
const defaults: Omit<SuggestInput, 'text'> = {
  surface: surface.data,
  authorName: values.author,
  agentName: values.agent,
  pageName: values.page,
  threadLanguage: values['thread-language'],
  pageLanguage: values['page-language'],
};

function inputFrom(entry: unknown): SuggestInput {
  if (typeof entry === 'string') return { ...defaults, text: entry };
  if (
    entry &&
    typeof entry === 'object' &&
    typeof (entry as { text?: unknown }).text === 'string'
  ) {
    const { text, authorName, surface: entrySurface } = entry as Record<string, unknown>;
    const parsedSurface = replySurfaceSchema.safeParse(entrySurface);
    return {
      ...defaults,
      text: text as string,
      authorName: typeof authorName === 'string' ? authorName : defaults.authorName,
      surface: parsedSurface.success ? parsedSurface.data : defaults.surface,
    };
  }
  fail(`Each batch entry must be a string or an object with "text"; got ${JSON.stringify(entry)}`);
}

const entries = values.batch
  ? readBatch(values.batch)
  : positionals.length > 0
    ? [positionals.join(' ')]
    : [];
if (entries.length === 0) fail('Give a message, or --batch <file.json>.');

const models = nodeModels();
const output = entries.map((entry) => {
  const input = inputFrom(entry);
  const result = suggest(input, guide, models);
  return values.json ? JSON.stringify(toJson(result)) : toReadable(input.text, result);
});
process.stdout.write(`${output.join(values.json ? '\n' : '\n\n')}\n`);
