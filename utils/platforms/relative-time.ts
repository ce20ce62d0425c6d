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

// Month names as pages write them in full dates, in en, sv, da, nb and de (short forms too).
const MONTHS: Readonly<Record<string, number>> = monthNames();

function monthNames(): Record<string, number> {
  const table: Record<string, number> = {};
  const names = [
    ['january', 'jan', 'januari', 'januar', 'jänner'],
    ['february', 'feb', 'februari', 'februar'],
    ['march', 'mar', 'mars', 'marts', 'märz', 'mär'],
    ['april', 'apr'],
    ['may', 'maj', 'mai'],
    ['june', 'jun', 'juni'],
    ['july', 'jul', 'juli'],
    ['august', 'aug', 'augusti'],
    ['september', 'sep', 'sept'],
    ['october', 'oct', 'okt', 'oktober'],
    ['november', 'nov'],
    ['december', 'dec', 'des', 'desember', 'dezember', 'dez'],
  ];
  names.forEach((words, month) => words.forEach((word) => (table[word] = month)));
  return table;
}

const DAY_MONTH = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\.?,?(?:\s+(\d{4}))?/u;
const MONTH_DAY = /(\p{L}+)\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?(?!\d)/u;
const CLOCK = /(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?/u;

/** The first "20 November 2026" or "November 20, 2026" in a text, with where it ends. */
function findDate(text: string) {
  // Global copies per call: a module-level global regex would keep its lastIndex.
  for (const match of text.matchAll(new RegExp(DAY_MONTH, 'gu'))) {
    const month = ownValue(MONTHS, match[2]);
    if (month !== undefined)
      return { day: Number(match[1]), month, year: match[3], end: match.index + match[0].length };
  }
  for (const match of text.matchAll(new RegExp(MONTH_DAY, 'gu'))) {
    const month = ownValue(MONTHS, match[1]);
    if (month !== undefined)
      return { day: Number(match[2]), month, year: match[3], end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * A full date as a page writes it in a tooltip or label ("Friday, 20 November 2026 at 10:02",
 * "fredag 20. november 2026 kl. 10.02", "November 20, 2026 at 10:02 AM", ISO), as ISO; undefined
 * for anything else, relative labels included. The page shows the browser's local time, which is
 * the time zone the extension runs in too. A date without a year is in the last twelve months.
 */
export function parseAbsoluteTime(label: string, now: Date): string | undefined {
  const text = label.normalize('NFKC').toLocaleLowerCase().trim();
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}/.test(text)) {
    const iso = Date.parse(label);
    return Number.isNaN(iso) ? undefined : new Date(iso).toISOString();
  }
  const found = findDate(text);
  if (!found) return undefined;
  const clock = CLOCK.exec(text.slice(found.end));
  let hours = clock ? Number(clock[1]) : 0;
  if (clock?.[3] === 'p' && hours < 12) hours += 12;
  if (clock?.[3] === 'a' && hours === 12) hours = 0;
  const minutes = clock ? Number(clock[2]) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  const at = (year: number) => new Date(year, found.month, found.day, hours, minutes);
  let date = at(found.year ? Number(found.year) : now.getFullYear());
  if (!found.year && date > now) date = at(now.getFullYear() - 1);
  // 31 November rolls over into December: not a date.
  if (date.getMonth() !== found.month || date.getDate() !== found.day) return undefined;
  return date.toISOString();
}
