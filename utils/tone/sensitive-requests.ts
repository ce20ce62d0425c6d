import { compileKeywords, findKeywords, type KeywordMatch } from './keywords';

/**
 * What a reply must never ask a customer for in a comment or message: anyone can read a comment,
 * and scammers imitate companies' pages. Words in every language Svara writes (en, sv, da, nb,
 * de, fi), whatever the reply's language: a reply mixes them, and the check costs one pattern.
 */
export type SensitiveKind = 'card' | 'id-number' | 'password';

const SENSITIVE_WORDS: Record<SensitiveKind, readonly string[]> = {
  card: [
    'card number*',
    'card details',
    'card detail',
    'cvv',
    'cvc',
    'security code',
    // sv, da, nb: kortnummer, kortnumret, kortnummeret, kortnumre
    'kortnum*',
    'kortuppgift*',
    'kortoplysning*',
    'kortopplysning*',
    'kontokortsnum*',
    'kreditkortsnum*',
    'säkerhetskod*',
    'kontrollsiffr*',
    // de, fi
    'kartennummer*',
    'kreditkartennummer*',
    'korttinumero*',
  ],
  'id-number': [
    'social security number*',
    'ssn',
    'national insurance number*',
    'personal identity number*',
    'personal number',
    'id number',
    // sv personnummer, personnumret; da CPR-nummer; nb fødselsnummer, personnummer
    'personnum*',
    'samordningsnum*',
    'cpr',
    'cpr-num*',
    'cprnum*',
    'fødselsnum*',
    'sozialversicherungsnummer*',
    'steuer-id',
    'henkilötunnu*',
    'hetu',
  ],
  password: [
    'password*',
    'passcode*',
    'pin code*',
    'lösenord*',
    'pinkod*',
    'adgangskode*',
    'kodeord*',
    'passord*',
    'passwort*',
    'kennwort*',
    'salasan*',
  ],
};

/**
 * "We never ask for your password" is the right thing to write, so a sentence that denies is
 * not a request.
 */
const NEGATIONS = compileKeywords([
  'never',
  'not',
  "don't",
  'don’t',
  'do not',
  'aldrig',
  'inte',
  'ej',
  'aldri',
  'ikke',
  'ikkje',
  'nie',
  'niemals',
  'nicht',
  'kein*',
  // Finnish "ei"/"en" would also be Norwegian "ei" (a) and Swedish "en" (a): left out.
  'koskaan',
  'älä',
  'emme',
]);

const PATTERNS = Object.entries(SENSITIVE_WORDS).map(([kind, words]) => ({
  kind: kind as SensitiveKind,
  pattern: compileKeywords(words),
}));

/** Sentence ends: a word of one sentence must not be excused by "never" in the next. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;

/** Every place a reply asks for a card number, an identity number or a password. */
export function findSensitiveRequests(text: string): (KeywordMatch & { kind: SensitiveKind })[] {
  const found: (KeywordMatch & { kind: SensitiveKind })[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const part = sentence[0];
    if (findKeywords(part, NEGATIONS).length > 0) continue;
    for (const { kind, pattern } of PATTERNS) {
      for (const match of findKeywords(part, pattern)) {
        found.push({
          kind,
          text: match.text,
          start: sentence.index + match.start,
          end: sentence.index + match.end,
        });
      }
    }
  }
  return found;
}
