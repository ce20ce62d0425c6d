/**
 * Relative time labels ("2 h", "2 tim", "2 t", "a week ago", "3d") → an absolute time. Platforms
 * show these instead of dates; the words differ per UI language, so units live in one table.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Each unit word (lower case) in en, sv, da, nb, de, short and long forms.
const UNIT_WORDS: Readonly<Record<string, number>> = unitWords();

function unitWords(): Record<string, number> {
  const table: Record<string, number> = {};
  const units = (ms: number, words: string[]) => {
    for (const w of words) table[w] = ms;
  };
  units(1_000, [
    's',
    'sec',
    'secs',
    'second',
    'seconds',
    'sek',
    'sekund',
    'sekunder',
    'sekunde',
    'sekunden',
  ]);
  units(MINUTE, [
    'm',
    'min',
    'mins',
    'minute',
    'minutes',
    'minut',
    'minuter',
    'minutt',
    'minutter',
    'minuten',
    'mn',
  ]);
  units(HOUR, [
    'h',
    'hr',
    'hrs',
    'hour',
    'hours',
    'tim',
    'timme',
    'timmar',
    't',
    'time',
    'timer',
    'std',
    'stunde',
    'stunden',
  ]);
  units(DAY, ['d', 'day', 'days', 'dag', 'dagar', 'dage', 'dager', 'tag', 'tage', 'tagen', 'dgr']);
  units(7 * DAY, [
    'w',
    'wk',
    'wks',
    'week',
    'weeks',
    'v',
    'v.',
    'vecka',
    'veckor',
    // Danish and Norwegian Facebook abbreviate uge/uke (week) to "u"; hours are "t".
    'u',
    'u.',
    'uge',
    'uger',
    'uke',
    'uker',
    'wo',
    'woche',
    'wochen',
  ]);
  units(30 * DAY, [
    'mo',
    'mon',
    'month',
    'months',
    'mån',
    'månad',
    'månader',
    'måned',
    'måneder',
    'mnd',
    // Danish: "md." (måned), "mdr." (måneder); the trailing dot is dropped before lookup.
    'md',
    'mdr',
    'monat',
    'monate',
    'monaten',
  ]);
  units(365 * DAY, ['y', 'yr', 'yrs', 'year', 'years', 'år', 'å', 'j', 'jahr', 'jahre', 'jahren']);
  return table;
}

// "a week ago", "en vecka", "ein Jahr": the article stands for 1.
const ONE_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'en',
  'ett',
  'et',
  'ein',
  'eine',
  'einem',
  'einer',
]);
const NOW_WORDS: ReadonlySet<string> = new Set([
  'now',
  'just now',
  'nu',
  'nå',
  'lige nu',
  'jetzt',
  'gerade eben',
  'just nu',
]);

// Unit words that mean something else in a UI language outside Svara's own: Dutch "u" is uur
// (hour), where Danish and Norwegian "u" is uge/uke (week).
const LANGUAGE_UNIT_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  nl: { u: HOUR },
};

/** A table's own entry only: a label such as "2 constructor" must not find Object's prototype. */
function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The earliest time a labelled item can have been posted, as ISO, or undefined when the label is
 * not a relative time we know. Platforms round ages down to whole units ("1d" is 24 to 48 hours
 * old, "2 h" two to three hours, "just now" under a minute), so the label's upper bound is taken:
 * a "waiting since" is never later than the truth and an age never shown shorter than it is. A
 * 26-hour-old "1d" comment reads "2 d" (at most), never "24 h"; a later scan or the page's own
 * date narrows it (utils/db/items.ts keeps the latest such bound). `language` is the page's UI
 * language (`<html lang>`), for the few unit words whose meaning depends on it.
 */
export function parseRelativeTime(label: string, now: Date, language = ''): string | undefined {
  const text = label
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/\b(ago|sedan|siden|vor|for)\b/g, ' ')
    .replace(/[·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (NOW_WORDS.has(text)) return new Date(now.getTime() - MINUTE).toISOString();
  const match = /^(\d+|[a-zåäöæøü]+)\s*([a-zåäöæøü.]+)$/u.exec(text);
  if (!match) return undefined;
  const [, count, unitWord] = match;
  const n = /^\d+$/.test(count) ? Number(count) : ONE_WORDS.has(count) ? 1 : undefined;
  const word =
    ownValue(UNIT_WORDS, unitWord) === undefined ? unitWord.replace(/\.$/, '') : unitWord;
  const languageWords = ownValue(LANGUAGE_UNIT_WORDS, language.slice(0, 2).toLowerCase());
  const unit = (languageWords && ownValue(languageWords, word)) ?? ownValue(UNIT_WORDS, word);
  if (n === undefined || unit === undefined) return undefined;
  return new Date(now.getTime() - (n + 1) * unit).toISOString();
}
