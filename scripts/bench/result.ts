import { BUDGETS, BUDGET_KEYS, INFO_KEYS, type Budget, type BudgetKey } from './budgets';

export type BenchResult = Record<string, number>;

export interface Verdict {
  key: BudgetKey;
  value: number;
  budget: Budget;
  holds: boolean;
}

export interface Validation {
  ok: boolean;
  problems: string[];
}

/**
 * Checks a bench result's shape: a flat object of finite numbers with every budget key, and no
 * key the tables do not know (a renamed key would otherwise pass unnoticed).
 */
export function validateBenchResult(result: unknown): Validation {
  const problems: string[] = [];
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return { ok: false, problems: ['the result is not an object'] };
  }
  const record = result as Record<string, unknown>;
  for (const key of BUDGET_KEYS) {
    if (!(key in record)) problems.push(`missing ${key}`);
  }
  const known = new Set<string>([...BUDGET_KEYS, ...INFO_KEYS]);
  for (const [key, value] of Object.entries(record)) {
    if (!known.has(key)) problems.push(`unknown key ${key}`);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${key} is not a finite number: ${JSON.stringify(value)}`);
    }
  }
  return { ok: problems.length === 0, problems };
}

export function holds(value: number, budget: Budget): boolean {
  if (!Number.isFinite(value)) return false;
  return budget.comparison === 'max' ? value <= budget.budget : value >= budget.budget;
}

export function verdicts(result: BenchResult): Verdict[] {
  return BUDGET_KEYS.map((key) => {
    const budget: Budget = BUDGETS[key];
    const value = result[key] ?? Number.NaN;
    return { key, value, budget, holds: holds(value, budget) };
  });
}

/** The human-readable table: every key, its value, its budget and whether it holds. */
export function formatTable(result: BenchResult): string {
  const rows: string[][] = [['key', 'value', 'budget', '']];
  for (const verdict of verdicts(result)) {
    const { budget } = verdict;
    const sign = budget.comparison === 'max' ? '≤' : '≥';
    rows.push([
      verdict.key,
      `${formatValue(verdict.value)}${budget.unit ? ` ${budget.unit}` : ''}`,
      `${sign} ${budget.budget}${budget.unit ? ` ${budget.unit}` : ''}`,
      verdict.holds ? '✔' : '✖',
    ]);
  }
  for (const key of INFO_KEYS) {
    if (key in result) rows.push([key, formatValue(result[key]), '', '']);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function formatValue(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : String(value);
}
