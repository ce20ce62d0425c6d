import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultToneGuideInput } from '../../../utils/tone/default-guide';

const root = resolve(__dirname, '../../..');

// npm's own variables from the outer `npx vitest` point the inner npx elsewhere; drop them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
);

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/suggest.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'svara-suggest-'));

describe('scripts/suggest.ts', { timeout: 60_000 }, () => {
  it('--json prints the documented shape; a Swedish question gets Swedish replies with no errors', () => {
    const { status, stdout } = run('--json', 'Hej! Har ni öppet på söndag?');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      'language',
      'languageConfidence',
      'languageInGuide',
      'templateLanguage',
      'intents',
      'intentScores',
      'sentiment',
      'escalate',
      'prefill',
      'reasons',
      'suggestions',
    ]);
    expect(result).toMatchObject({ language: 'sv', languageInGuide: true, templateLanguage: 'sv' });
    expect(result.intents[0]).toBe('question');
    const scores = Object.values(result.intentScores) as number[];
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 2);
    expect(result.intentScores.question).toBe(Math.max(...scores));
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of result.suggestions) {
      expect(Object.keys(suggestion)).toEqual(['text', 'templateId', 'reasons', 'findings']);
      expect(suggestion.templateId).toMatch(/^sv-/);
      expect(suggestion.findings.filter((f: { level: string }) => f.level === 'error')).toEqual([]);
    }
  });

  it('--batch prints one JSON object per line, in order', () => {
    const batch = join(temp, 'batch.json');
    writeFileSync(
      batch,
      JSON.stringify([
        'Hi, are you open on Sunday?',
        { text: 'Jeg vil sagsøge jer' },
        { text: 'Takk for sist!' },
      ]),
    );
    const { status, stdout } = run('--json', '--batch', batch);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.language)).toEqual(['en', 'da', 'nb']);
    expect(lines[1].escalate).toMatchObject({ ruleId: 'legal', action: 'none' });
    expect(lines[1].suggestions).toEqual([]);
  });

  it('names a language outside the guide and offers the default language, never as a match', () => {
    const { stdout } = run('--json', 'Guten Tag, haben Sie am Sonntag geöffnet?');
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ language: 'de', languageInGuide: false, prefill: false });
    expect(result.templateLanguage).toBe('sv');
  });

  it('uses a guide given with --guide', () => {
    const guide = structuredClone(defaultToneGuideInput);
    guide.templates = guide.templates.map((t) =>
      t.id === 'sv-hours' ? { ...t, id: 'custom-hours' } : t,
    );
    const path = join(temp, 'guide.json');
    writeFileSync(path, JSON.stringify(guide));
    const { stdout } = run('--json', '--guide', path, 'Har ni öppet på söndag?');
    expect(JSON.parse(stdout).suggestions[0].templateId).toBe('custom-hours');
  });

  it('refuses a malformed guide, printing every problem with its path', () => {
    const guide = structuredClone(defaultToneGuideInput);
    guide.languages.default = 'fi';
    guide.templates[0].text = 'Hej {nickname}!';
    const path = join(temp, 'bad-guide.json');
    writeFileSync(path, JSON.stringify(guide));
    const { status, stdout, stderr } = run('--json', '--guide', path, 'Hej');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('languages.default');
    expect(stderr).toContain('templates[0].text');
  });

  it('refuses a guide whose pattern backtracks catastrophically, naming its path', () => {
    const guide = structuredClone(defaultToneGuideInput);
    guide.escalation ??= [];
    const index = guide.escalation.length;
    guide.escalation.push({
      id: 'hostile',
      patterns: { en: ['^(a+)+$'] },
      action: 'holding',
      handTo: 'The owner',
      guidance: 'Answer with a holding reply.',
    });
    const path = join(temp, 'hostile-guide.json');
    writeFileSync(path, JSON.stringify(guide));
    const { status, stdout, stderr } = run('--json', '--guide', path, 'a'.repeat(30));
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`escalation[${index}].patterns.en[0]: backtracks catastrophically`);
  }, 30_000);

  it('prints a readable form without --json', () => {
    const { status, stdout } = run('--author', 'Anna Svensson', 'Hej! Har ni öppet på söndag?');
    expect(status).toBe(0);
    expect(stdout).toContain('Language: sv');
    expect(stdout).toContain('1. [sv-hours] Hej Anna!');
    expect(stdout).toMatch(/Intents: question (0\.\d+|1)\b/);
    expect(stdout).toContain('why: Written in sv; Written for: question');
  });
});
