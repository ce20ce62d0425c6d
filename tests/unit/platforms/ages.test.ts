import { describe, expect, it } from 'vitest';
import { createTranslator, formatAge } from '../../../utils/i18n/translate';
import { facebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { mergeOwners } from '../../../utils/platforms/owners';
import { loadFixtureCases, parseHtml } from '../../helpers/fixtures';

const HOUR = 3_600_000;
const t = createTranslator('en');

// facebook/facebook-post-nothing-answered: Maria Holm's comment is labelled "1d" (24 to 48 h).
const fixture = loadFixtureCases('facebook').find(
  (c) => c.name === 'facebook/facebook-post-nothing-answered',
)!;
const MARIA = 'facebook:comment:5551003';

/** The fixture page read at `now`, with `change` applied to its markup first. */
function readAt(now: Date, change: (doc: Document) => void = () => {}) {
  const doc = parseHtml(fixture.html);
  change(doc);
  const url = new URL(fixture.expected.url);
  const owners = mergeOwners(fixture.expected.owners, facebookAdapter.pageOwners(doc, url));
  const result = facebookAdapter.extract(doc, url, owners, now);
  if (result.layout !== 'recognised') throw new Error('the fixture should be recognised');
  return result.items.find((item) => item.key === MARIA)!;
}

/** The age Svara shows for an item, read at `now`. */
const shownAge = (postedAt: string, now: Date) =>
  formatAge(now.getTime() - Date.parse(postedAt), t);

/** Puts the page's own date on Maria's time link, as Facebook's `<abbr data-utime>`/`<time>` do. */
const dated = (postedAt: Date) => (doc: Document) => {
  const link = [...doc.querySelectorAll('a')].find(
    (a) => a.textContent === '1d' && a.getAttribute('href')?.includes('5551003'),
  )!;
  link.innerHTML = `<time datetime="${postedAt.toISOString()}">1d</time>`;
};

describe('ages as the page says them', () => {
  const now = new Date(fixture.expected.now);

  it('a "1d" label is read as up to 48 hours: a 26-hour-old comment never shows "24 h"', () => {
    const item = readAt(now);
    expect(item.postedAt).toBe(new Date(now.getTime() - 48 * HOUR).toISOString());
    const trueAge = 26 * HOUR;
    expect(now.getTime() - Date.parse(item.postedAt!)).toBeGreaterThanOrEqual(trueAge);
    expect(shownAge(item.postedAt!, now)).toBe('2 d');
  });

  it('the page’s own date wins over its label: "24 h" only when it is 24 hours', () => {
    const exactly24 = readAt(now, dated(new Date(now.getTime() - 24 * HOUR)));
    expect(shownAge(exactly24.postedAt!, now)).toBe('24 h');
    const is26 = readAt(now, dated(new Date(now.getTime() - 26 * HOUR)));
    expect(shownAge(is26.postedAt!, now)).toBe('26 h');
  });

  it('a date in the time link’s tooltip counts as the page’s own date', () => {
    const posted = new Date(now.getTime() - 26 * HOUR);
    const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti'];
    months.push('september', 'oktober', 'november', 'december');
    const pad = (n: number) => String(n).padStart(2, '0');
    // As Swedish Facebook writes it, in the browser's local time.
    const title = `torsdag ${posted.getDate()} ${months[posted.getMonth()]} ${posted.getFullYear()} kl. ${pad(posted.getHours())}:${pad(posted.getMinutes())}`;
    const item = readAt(now, (doc) => {
      const link = [...doc.querySelectorAll('a')].find(
        (a) => a.textContent === '1d' && a.getAttribute('href')?.includes('5551003'),
      )!;
      link.innerHTML = `<abbr title="${title}">1d</abbr>`;
    });
    expect(item.postedAt).toBe(posted.toISOString());
    expect(shownAge(item.postedAt!, now)).toBe('26 h');
  });

  it('reads every label of the page at its upper bound: "2h" 3 h, "45m" 46 min, "1d" 48 h', () => {
    const doc = parseHtml(fixture.html);
    const url = new URL(fixture.expected.url);
    const owners = mergeOwners(fixture.expected.owners, facebookAdapter.pageOwners(doc, url));
    const result = facebookAdapter.extract(doc, url, owners, now);
    const ages = (result.layout === 'recognised' ? result.items : []).map(
      (item) => (now.getTime() - Date.parse(item.postedAt!)) / 60_000,
    );
    expect(ages).toEqual([180, 46, 48 * 60]);
    expect(ages.map((minutes) => formatAge(minutes * 60_000, t))).toEqual(['3 h', '46 min', '2 d']);
  });
});
