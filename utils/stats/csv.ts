import Papa from 'papaparse';
import type { StatsResponse } from './inputs';

/** Column order of the export; stable, so spreadsheets and scripts built on it keep working. */
export const RESPONSE_LOG_COLUMNS = [
  'id',
  'respondedAt',
  'platform',
  'kind',
  'itemKey',
  'agent',
  'via',
  'dismissReason',
  'waitedMs',
  'templateId',
  'language',
  'intent',
  'editDistance',
  'suggestedText',
  'sentText',
] as const satisfies readonly (keyof StatsResponse)[];

/*
 * Text that starts with = + - @ (or tab / carriage return) is read as a formula by Excel,
 * LibreOffice and Google Sheets, also after leading spaces (" =1+1"), and comment text is written
 * by strangers. Such cells get a leading apostrophe (the OWASP advice) and are quoted.
 * Papaparse's own `escapeFormulae: true` pattern checks the first character only and ends in
 * `.*$`, which fails on text with a line break ("=HYPERLINK(…)\nhi" would slip through), so the
 * pattern here skips any leading whitespace and tests the next character. Numbers are never
 * touched.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/**
 * The response log as RFC 4180 CSV: header row, every record ended by CRLF, fields quoted when
 * they hold a comma, quote or line break (quotes doubled). Missing values are empty cells.
 */
export function responseLogToCsv(entries: readonly StatsResponse[]): string {
  const csv = Papa.unparse(
    {
      fields: [...RESPONSE_LOG_COLUMNS],
      data: entries.map((entry) => RESPONSE_LOG_COLUMNS.map((column) => entry[column] ?? '')),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // Papaparse ends a header-only file with a line break but not a longer one; always end with one.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
