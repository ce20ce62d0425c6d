import { nodeModels, readCrisisRuleLists } from '../../../scripts/train/node-models';
import { crisisRuleMatches } from '../../../utils/understand/crisis';
import { CRISIS_KINDS } from '../../../utils/understand/crisis-rules';
import { intentFeatures } from '../../../utils/understand/features';
import { measureSentiment } from '../../../utils/understand/sentiment';
import { understand } from '../../../utils/understand/understand';
import { replayWithCorrections } from '../../../utils/understand/evaluate';

const models = nodeModels();

describe('language', () => {
  it.each([
    ['Guten Tag, ich warte seit zwei Wochen auf meine Bestellung.', 'de'],
    ['Hei, tilasin takin kaksi viikkoa sitten eikä sitä ole vieläkään tullut.', 'fi'],
    ['Dzień dobry, czy wysyłacie zamówienia do Polski?', 'pl'],
    ['Bonjour, est-ce que vous livrez en France ?', 'fr'],
    ['Jeg har ventet på pakken min i to uker nå, hva skjer?', 'nb'],
    ['Jeg har ventet på min pakke i to uger nu, hvad sker der?', 'da'],
    ['Jag har väntat på mitt paket i två veckor nu, vad händer?', 'sv'],
  ])('%s → %s', (text, language) => {
    const result = understand(text, models);
    expect(result.language).toBe(language);
    expect(result.languageConfidence).toBeGreaterThan(0);
  });

  it('reads short Nordic thanks as the language they are in, not as Czech', () => {
    expect(understand('Tack!', models).language).toBe('sv');
    expect(understand('Tusind tak!', models).language).toBe('da');
    expect(understand('Tusen takk!', models).language).toBe('nb');
  });

  it('gives a short word any language could write the thread\u2019s language, but not a clear one', () => {
    expect(understand('Ok!', models, { threadLanguage: 'da' })).toMatchObject({
      language: 'da',
      fallback: true,
    });
    expect(understand('Hmm', models, { threadLanguage: 'fi' }).language).toBe('fi');
    expect(understand('Kiitos!', models, { threadLanguage: 'sv' }).language).toBe('fi');
  });

  it('gives a text without letters the thread\u2019s language, and says it is a fallback', () => {
    expect(understand('👍👍', models, { threadLanguage: 'da' })).toMatchObject({
      language: 'da',
      fallback: true,
    });
    expect(understand('👍👍', models).language).toBe('und');
  });
});

describe('intents', () => {
  it('ranks every intent by a calibrated score, primary first', () => {
    const result = understand('Vad kostar en offert på 200 muggar med vår logga?', models);
    const scores = Object.values(result.intentScores);
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 2);
    expect(result.intentScores[result.intents[0]!]).toBe(Math.max(...scores));
    for (let index = 1; index < result.intents.length; index += 1) {
      expect(result.intentScores[result.intents[index - 1]!]).toBeGreaterThanOrEqual(
        result.intentScores[result.intents[index]!],
      );
    }
  });

  it('a question mark alone does not make a broken order a question', () => {
    const result = understand('Min beställning kom helt trasig. Vad gör ni åt det?', models);
    expect(['support', 'complaint']).toContain(result.intents[0]);
  });

  it('"Min pakke kom i stykker" gets an intent', () => {
    expect(['support', 'complaint']).toContain(
      understand('Min pakke kom i stykker', models).intents[0],
    );
  });
});

describe('crisis', () => {
  it.each([
    'jag kontaktar IMY och pressen',
    'Det luktar gas i hela butiken',
    'Es riecht nach Gas im ganzen Laden',
    'Kaupassanne haisee kaasulta',
    'Min søn fik et allergisk chok efter jeres kage',
    'Jeg har kontaktet Forbrukertilsynet og en advokat',
    'Ich habe mit meinem Anwalt gesprochen, wir sehen uns vor Gericht',
  ])('%s is escalated', (text) => {
    const result = understand(text, models);
    expect(result.crisis.escalate).toBe(true);
    expect(result.intents[0]).toBe('crisis');
  });

  it.each([
    'Sjukt gott! Bästa bullarna i stan 😍',
    'Denne kagen er dødlækker',
    'This burger is killer 🔥',
  ])('praise with violent-sounding slang is not escalated: %s', (text) => {
    expect(understand(text, models).crisis.escalate).toBe(false);
  });

  it('every crisis kind has words in every language', () => {
    for (const [language, lists] of Object.entries(readCrisisRuleLists())) {
      for (const kind of CRISIS_KINDS) {
        expect({ language, kind, words: lists[kind].length > 0 }).toEqual({
          language,
          kind,
          words: true,
        });
      }
    }
  });

  it('the rule lists say which kinds matched', () => {
    expect(
      crisisRuleMatches('Jag har pratat med en journalist och min advokat', models.crisisRules).map(
        (m) => m.kind,
      ),
    ).toEqual(['press', 'legal']);
    expect(crisisRuleMatches('Har ni brandvarnare i lager?', models.crisisRules)).toEqual([]);
  });
});

describe('sentiment is measured, not taken from the intent', () => {
  it.each([
    ['Tack så mycket, ni är fantastiska!', 'positive'],
    ['Helt oacceptabelt, jag är så besviken', 'negative'],
    ['Har ni öppet på söndag?', 'neutral'],
    ['Das war nicht gut', 'negative'],
    ['Ikke dårlig i det hele tatt', 'positive'],
  ])('%s → %s', (text, sentiment) => {
    expect(measureSentiment(text).sentiment).toBe(sentiment);
  });

  it('a polite complaint and an angry question keep their own sentiment', () => {
    const polite = understand(
      'Tack för snabb leverans, men tröjan var tyvärr för liten. Kan jag byta?',
      models,
    );
    expect(polite.sentiment).not.toBe('negative');
  });

  // Greetings, sign-offs, idioms and words another language spells alike carry no sentiment:
  // read as praise, they raised the bar for escalating a crisis that opened politely.
  it.each([
    'God morgen, jeg lager en sak for NRK om brevene dere har sendt.',
    'Liebes Team, mein Kind hat sich an eurem Heizkörper verbrannt.',
    'Hyvä asiakaspalvelu, mieheni juomaan oli laitettu jotain.',
    'Snälla kolla kameran i ert omklädningsrum.',
    'I ved godt hvilket bord det var.',
    'Gi dem en stjerne og skriv hvorfor.',
    'The ceiling is cracking above the kind of shelf kids climb.',
    'Someone dropped a hammer from the scaffolding.',
  ])('%s → not positive', (text) => {
    expect(measureSentiment(text).sentiment).not.toBe('positive');
  });

  it.each([
    'Das ist der Hammer, danke!',
    'So kind of you to call back.',
    'Du är en stjärna!',
    'Føler meg tryggere nå.',
  ])('%s → positive', (text) => {
    expect(measureSentiment(text).sentiment).toBe('positive');
  });
});

describe('a person\u2019s corrections', () => {
  it('re-rank a similar message and say when they were made', () => {
    const text = 'Kan ni skicka presentkort till min mamma i Lund?';
    const before = understand(text, models);
    const wanted = before.intents[0] === 'lead' ? 'support' : 'lead';
    const after = understand('Kan ni skicka ett presentkort till min mamma i Malmö?', models, {
      exemplars: [
        {
          features: intentFeatures(text),
          intent: wanted,
          escalate: false,
          at: '2026-11-03T10:00:00.000Z',
        },
      ],
    });
    expect(after.intents[0]).toBe(wanted);
    expect(after.exemplar).toMatchObject({ intent: wanted, at: '2026-11-03T10:00:00.000Z' });
  });

  it('leave unrelated messages alone', () => {
    const after = understand('Vilka tider har ni öppet på julafton?', models, {
      exemplars: [
        {
          features: intentFeatures('Jag vill ha en offert på 40 tröjor med tryck'),
          intent: 'spam',
          escalate: false,
          at: '2026-11-03T10:00:00.000Z',
        },
      ],
    });
    expect(after.exemplar).toBeUndefined();
  });

  it('a person who files this very message as no crisis has decided; a different one still escalates', () => {
    const text =
      'Hej! Jag är journalist på Lokaltidningen och undrar om ni har öppet på midsommar?';
    const exemplars = [
      {
        features: intentFeatures(text),
        intent: 'question' as const,
        escalate: false,
        at: '2026-11-03T10:00:00.000Z',
      },
    ];
    expect(understand(text, models).crisis.escalate).toBe(true);
    expect(understand(text, models, { exemplars })).toMatchObject({
      intents: expect.arrayContaining(['question']),
      crisis: { escalate: false },
    });
    expect(
      understand('Jag är journalist och vill ha en kommentar om uppsägningarna', models, {
        exemplars,
      }).crisis.escalate,
    ).toBe(true);
  });

  it('a message escalated by hand escalates its near copy', () => {
    const text = 'Er chaufför körde på min bil och smet från platsen';
    const after = understand(`${text}!`, models, {
      exemplars: [
        {
          features: intentFeatures(text),
          intent: 'crisis',
          escalate: true,
          at: '2026-11-03T10:00:00.000Z',
        },
      ],
    });
    expect(after.crisis.by).toContain('exemplar');
    expect(after.crisis.escalate).toBe(true);
  });
});

describe('replaying messages with a person\u2019s corrections', () => {
  it('answers later, similar messages the way the person corrected earlier ones', () => {
    // A company that files opening-hours questions as leads: the model cannot know, the
    // person's corrections teach it.
    const asked = ['söndag', 'lördag', 'midsommar', 'julafton', 'nyårsdagen', 'påskdagen'];
    const rows = [
      ...asked.map((day) => `Har ni öppet på ${day} i Uppsala?`),
      ...asked.map((day) => `Hej! Har ni öppet på ${day} i Uppsala?`),
    ].map((text) => ({ lang: 'sv', intent: 'lead' as const, text }));
    const replay = replayWithCorrections(rows, models);
    expect(replay.corrections).toBeGreaterThan(0);
    expect(replay.secondHalf).toBeGreaterThan(replay.secondHalfWithout);
  });
});
