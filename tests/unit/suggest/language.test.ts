import {
  detectLanguage,
  scandinavianMarkers,
  toLanguageCode,
} from '../../../utils/suggest/language';

const supported = ['sv', 'da', 'nb', 'en'] as const;
const detect = (text: string, hints = {}) => detectLanguage(text, supported, 'sv', hints);

describe('detectLanguage', () => {
  it.each([
    ['Hej! Har ni öppet på söndag?', 'sv'],
    ['Hej, har I åbent på søndag?', 'da'],
    ['Hei, har dere åpent på søndag?', 'nb'],
    ['Hi, are you open on Sunday?', 'en'],
    ['Jag vet inte vad jag ska beställa', 'sv'],
    ['Jeg ved ikke, hvad jeg skal bestille', 'da'],
    ['Jeg vet ikke hva jeg skal bestille', 'nb'],
    ['Hvornår åbner I i morgen?', 'da'],
    ['Når åpner dere i morgen?', 'nb'],
    ['Kanelsneglene var virkelig lækre', 'da'],
    ['Kanelbollene var kjempegode', 'nb'],
    ['Kanelbullarna var jättegoda', 'sv'],
    ['Kan jeg kjøpe gavekort hos dere?', 'nb'],
    ['Kan jeg købe gavekort hos jer?', 'da'],
  ] as const)('%s → %s', (text, language) => {
    expect(detect(text)).toMatchObject({ language, fallback: false });
  });

  it('gives a confidence between 0 and 1, higher for clear text', () => {
    const long = detect(
      'Hej! Jag undrar om ni har öppet på söndag och om det finns glutenfria bullar?',
    );
    const short = detect('Ok');
    expect(long.languageConfidence).toBeGreaterThan(0.6);
    expect(long.languageConfidence).toBeLessThanOrEqual(1);
    expect(short.languageConfidence).toBeLessThan(0.3);
  });

  it.each([
    ['the thread language first', { threadLanguage: 'nb', pageLanguage: 'da' }, 'nb'],
    ['then the page language', { pageLanguage: 'da-DK' }, 'da'],
    ['then the guide default', {}, 'sv'],
    ['ignoring unsupported hints', { threadLanguage: 'fr', pageLanguage: 'de' }, 'sv'],
  ])('text too short to tell falls back to %s', (_name, hints, language) => {
    expect(detect('👍', hints)).toMatchObject({ language, fallback: true });
  });

  it('a clear text wins over the thread language', () => {
    expect(
      detect('Hi there, are you open on Sunday afternoon?', { threadLanguage: 'sv' }),
    ).toMatchObject({
      language: 'en',
      fallback: false,
    });
  });

  it('only answers with the languages asked for', () => {
    expect(detectLanguage('Hei, har dere åpent på søndag?', ['sv', 'en'], 'en').language).not.toBe(
      'nb',
    );
  });
});

describe('scandinavianMarkers', () => {
  it.each([
    ['inte', 'sv'],
    ['ikke', 'da'],
    ['hvad', 'da'],
    ['hva', 'nb'],
    ['vad', 'sv'],
    ['jag', 'sv'],
    ['köpa', 'sv'],
    ['kjøpe', 'nb'],
    ['kagerne', 'da'],
    ['reaksjon', 'nb'],
    ['bullarna', 'sv'],
  ] as const)('%s counts for %s', (word, language) => {
    const counts = scandinavianMarkers(word);
    expect(counts[language]).toBeGreaterThan(0);
    const others = (['sv', 'da', 'nb'] as const).filter((other) => other !== language);
    for (const other of others) expect(counts[other]).toBeLessThanOrEqual(counts[language]);
  });
});

describe('toLanguageCode', () => {
  it.each([
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb-NO', 'nb'],
    ['sv_SE', 'sv'],
    ['EN', 'en'],
    ['fr', undefined],
    [undefined, undefined],
  ])('%s → %s', (code, expected) => {
    expect(toLanguageCode(code)).toBe(expected);
  });
});
