import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIndexedKeywords, indexKeywords } from '../../../utils/tone/keyword-index';
import { compileKeywords, findKeywords } from '../../../utils/tone/keywords';
import { readCrisisRuleLists } from '../../../scripts/train/node-models';
import { CRISIS_KINDS } from '../../../utils/understand/crisis-rules';

const KEYWORDS = [
  'gas',
  'gasläck*',
  'lukter gass',
  'the press',
  'press office',
  'i’m a reporter',
  "i'm a reporter",
  'weiß, wo du wohnst',
  ':(',
  '!!',
  'co-larm*',
  'ab*',
  '112',
  'ring 112',
];

const plain = (text: string) => findKeywords(text, compileKeywords(KEYWORDS));
const indexed = (text: string) => findIndexedKeywords(text, indexKeywords(KEYWORDS));

describe('indexKeywords', () => {
  it.each([
    'Det luktar gas i trappan',
    'Gasläckan i källaren!!',
    'LUKTER   GASS her',
    'I’m a reporter at the press office',
    'Ich weiß, wo du wohnst :(',
    'co-larmet piper, ring 112',
    'abc abs ab',
    'gasoline is not gas',
    'nothing here',
    '',
  ])('finds what one expression over every keyword finds: %s', (text) => {
    expect(indexed(text)).toEqual(plain(text));
  });

  it('finds no keyword whose words are absent', () => {
    expect(indexed('jag vill boka ett bord')).toEqual([]);
  });

  it('agrees with the plain expression on random texts made of keyword parts', () => {
    const parts = fc.constantFrom(
      ...KEYWORDS.flatMap((keyword) => keyword.replace('*', '').split(' ')),
      'x',
      'an',
      ' ',
      '  ',
      '\n',
      ',',
      'GAS',
      'Ab',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(indexed(text)).toEqual(plain(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the crisis rule lists the same matches as one expression per kind', () => {
    const texts = [
      'Jag är journalist på Aftonbladet och skriver om er',
      'It smells of gas in your shop on Main Street',
      'Ich habe eine Bombe gelegt',
      'Mies kuoli melkein, ambulanssi haki hänet',
      'Tusen takk for hjelpen i dag!',
    ];
    for (const kind of CRISIS_KINDS) {
      const keywords = Object.values(readCrisisRuleLists()).flatMap((lists) => lists[kind]);
      const index = indexKeywords(keywords);
      for (const text of texts) {
        expect(findIndexedKeywords(text, index)).toEqual(
          findKeywords(text, compileKeywords(keywords)),
        );
      }
    }
  });
});
