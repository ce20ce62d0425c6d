import { classifyIntents } from '../../../utils/suggest/intents';
import { defaultToneGuide } from '../../../utils/tone/default-guide';

const classify = (text: string, language: 'sv' | 'da' | 'nb' | 'en' = 'sv') =>
  classifyIntents(text, language, defaultToneGuide);

describe('classifyIntents', () => {
  it.each([
    ['sv', 'Har ni öppet imorgon', ['question']],
    ['sv', 'Är det öppet imorgon?', ['question']],
    ['sv', 'Kaffet var kallt och personalen otrevlig', ['complaint']],
    ['sv', 'Tack för en mysig fika!', ['praise']],
    ['sv', 'Vi vill ha catering till ett möte', ['lead']],
    ['sv', 'Mitt presentkort fungerar inte', ['complaint', 'support']],
    ['sv', 'Söker ni folk till sommarjobb', ['job']],
    ['sv', 'Det var jobbigt att hitta parkering', []],
    ['da', 'Søger I en barista?', ['question', 'job']],
    ['nb', 'Kaffen var kald', ['complaint']],
    ['en', 'Is there a job going?', ['question', 'job']],
    ['en', 'Click here for free followers http://spam.example?', ['spam']],
  ] as const)('%s: %s → %j', (language, text, intents) => {
    expect(classify(text, language).intents).toEqual(intents);
  });

  it('"job" does not match inside "jobbig"', () => {
    expect(classify('Jobbigt läge', 'sv').intents).not.toContain('job');
    expect(classify('That was a jobbig day', 'en').intents).not.toContain('job');
  });

  it('says which words made each intent fire', () => {
    expect(classify('Kaffet var kallt, har ni öppet?').evidence).toMatchObject({
      complaint: ['kallt'],
      question: ['har ni', '?'],
    });
  });

  it.each([
    ['Kaffet var kallt', 'negative'],
    ['Tack, så gott!', 'positive'],
    ['Har ni öppet?', 'neutral'],
    ['Hmm 😡', 'negative'],
  ] as const)('sentiment of %s is %s', (text, sentiment) => {
    expect(classify(text).sentiment).toBe(sentiment);
  });

  it('reads keyword lists from the guide, so editing the guide changes the result', () => {
    const guide = {
      ...defaultToneGuide,
      intentKeywords: { ...defaultToneGuide.intentKeywords, sv: { praise: ['fenomenal*'] } },
    };
    expect(classifyIntents('Fenomenalt kaffe', 'sv', guide).intents).toEqual(['praise']);
  });
});
