import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RESPONSE_LOG_COLUMNS, responseLogToCsv } from '../../../utils/stats/csv';
import type { StatsResponse } from '../../../utils/stats/inputs';

const HEADER =
  'id,respondedAt,platform,kind,itemKey,agent,via,dismissReason,waitedMs,templateId,language,intent,' +
  'editDistance,suggestedText,sentText';

const entry = (fields: Partial<StatsResponse> = {}): StatsResponse => ({
  itemKey: 'k1',
  platform: 'facebook',
  kind: 'comment',
  respondedAt: '2026-03-02T09:05:00.000Z',
  waitedMs: 300000,
  agent: 'Maja',
  via: 'manual',
  ...fields,
});

describe('responseLogToCsv', () => {
  it('writes only the header for an empty log', () => {
    expect(responseLogToCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('keeps a stable column order, fills gaps with empty cells and quotes what needs it', () => {
    const csv = responseLogToCsv([
      entry({
        id: 7,
        via: 'suggestion',
        templateId: 'thanks-sv',
        language: 'sv',
        intent: 'praise',
        editDistance: 4,
        suggestedText: 'Tack, Anna!',
        sentText: 'Tack så mycket, "Anna"!\nHälsningar',
      }),
      entry({ itemKey: 'k2', sentText: 'plain' }),
    ]);
    expect(csv).toBe(
      [
        HEADER,
        '7,2026-03-02T09:05:00.000Z,facebook,comment,k1,Maja,suggestion,,300000,thanks-sv,sv,praise,4,' +
          '"Tack, Anna!","Tack så mycket, ""Anna""!\nHälsningar"',
        ',2026-03-02T09:05:00.000Z,facebook,comment,k2,Maja,manual,,300000,,,,,,plain',
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+46 70 123', `"'+46 70 123"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    // Papaparse's own pattern misses this one: a line break after the formula.
    ['=1+1\nhej', `"'=1+1\nhej"`],
    // Spreadsheets skip leading whitespace before reading a formula.
    [' =1+1', `"' =1+1"`],
    ['   +1', `"'   +1"`],
    [' -1', `"' -1"`],
    ['\u00a0@SUM(A1)', `"'\u00a0@SUM(A1)"`],
    ['\t=cmd', `"'\t=cmd"`],
    ['\r=cmd', `"'\r=cmd"`],
    ['\n =cmd', `"'\n =cmd"`],
    [' \t', `"' \t"`],
    ['a=1', 'a=1'],
    // Quoted for their leading space only, without an apostrophe.
    [' a=1', '" a=1"'],
    ['   ', '"   "'],
  ])('neutralises formula text %j as %s', (text, cell) => {
    expect(responseLogToCsv([entry({ sentText: text })])).toBe(
      `${HEADER}\r\n,2026-03-02T09:05:00.000Z,facebook,comment,k1,Maja,manual,,300000,,,,,,${cell}\r\n`,
    );
  });

  it('round-trips through papaparse, formula cells apart from their apostrophe', () => {
    const tricky = fc.constantFrom(
      ',',
      '"',
      '\n',
      '\r',
      '=',
      '+',
      '-',
      '@',
      '\t',
      ' ',
      '\u00a0',
      'å',
      '😀',
      'a',
    );
    const text = fc.oneof(
      fc.string({ unit: tricky, maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    const entries = fc.array(
      fc.record(
        {
          id: fc.nat(),
          itemKey: text,
          platform: fc.constantFrom('facebook', 'linkedin'),
          kind: fc.constantFrom('comment', 'dm'),
          respondedAt: text,
          waitedMs: fc.nat(),
          agent: text,
          via: fc.constantFrom('suggestion', 'manual', 'observed', 'dismissed'),
          dismissReason: text,
          templateId: text,
          suggestedText: text,
          sentText: text,
          editDistance: fc.nat(),
          language: text,
          intent: text,
        },
        {
          requiredKeys: ['itemKey', 'platform', 'kind', 'respondedAt', 'waitedMs', 'agent', 'via'],
        },
      ),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(entries, (log) => {
        const parsed = Papa.parse<string[]>(responseLogToCsv(log), {
          newline: '\r\n',
          // Only the final line break leaves an empty line: every record has a platform.
          skipEmptyLines: true,
        });
        expect({ errors: parsed.errors, rows: parsed.data }).toEqual({
          errors: [],
          rows: [
            [...RESPONSE_LOG_COLUMNS],
            ...log.map((e) =>
              RESPONSE_LOG_COLUMNS.map((column) => {
                const value = e[column];
                if (value === undefined) return '';
                if (typeof value === 'number') return String(value);
                return /^\s*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
              }),
            ),
          ],
        });
      }),
    );
  }, 20_000); // a hundred generated logs; slow machines need more than the default 5 s
});
