import { compileKeywords, findKeywords } from '../../../utils/tone/keywords';

const matches = (keywords: string[], text: string) =>
  findKeywords(text, compileKeywords(keywords)).map((match) => match.text);

describe('keyword syntax', () => {
  it.each([
    [['job'], 'Det var jobbigt idag', []],
    [['job'], 'Any job openings?', ['job']],
    [['jobb'], 'Söker ni folk till jobbet?', []],
    [['allerg*'], 'Allergiker här', ['Allergiker']],
    [['inte ok'], 'Det är inte  OK alls', ['inte  OK']],
    [['öppet'], 'Har ni öppet?', ['öppet']],
    [['öppet'], 'öppettider', []],
    [['❤️'], 'Älskar er ❤️', ['❤️']],
    [['de'], 'Vil De have kaffe?', ['De']],
  ])('%j in %j → %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });

  it('is case-sensitive when asked', () => {
    expect(
      findKeywords('Vil De? Ja, de vil.', compileKeywords(['De'], 'gu')).map((m) => m.start),
    ).toEqual([4]);
  });

  it('an empty list matches nothing', () => {
    expect(compileKeywords([])).toBeNull();
    expect(findKeywords('anything', null)).toEqual([]);
  });
});
