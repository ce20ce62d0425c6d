import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatsView, statsPeriod, type StatsViewProps } from '../../components/StatsView';
import type { Item } from '../../utils/model/item';
import type { ResponseLogEntry } from '../../utils/model/response-log';
import { createTranslator, formatAge, type UiLocale } from '../../utils/i18n/translate';
import { dailyStats } from '../../utils/stats/daily';
import { topEngagedPeople } from '../../utils/stats/engagement';
import { responseTimeReport, type TimeToResponse } from '../../utils/stats/response-times';
import { expectNoSeriousA11yViolations } from '../helpers/axe';
import { renderWithLocale } from '../helpers/render';
import { itemSchema } from '../../utils/model/item';

const NOW = new Date('2026-11-20T12:00:00Z');
const ZONE = 'Europe/Stockholm';
const MIN = 60_000;
const at = (iso: string) => `${iso}:00.000Z`;

function item(fields: Partial<Item> & { key: string }): Item {
  return itemSchema.parse({
    platform: 'facebook',
    kind: 'comment',
    threadKey: 'facebook:post:1',
    author: { name: 'Anna Lindqvist', profileUrl: 'https://www.facebook.com/anna' },
    text: 'Har ni öppet på söndag?',
    answered: true,
    byOwner: false,
    ownedThread: true,
    waiting: false,
    status: 'answered',
    firstSeenAt: at('2026-11-18T08:00'),
    lastSeenAt: at('2026-11-18T08:00'),
    ...fields,
  });
}

function reply(
  fields: Partial<ResponseLogEntry> & { itemKey: string; respondedAt: string; minutes: number },
): ResponseLogEntry {
  const { minutes, ...rest } = fields;
  return {
    platform: 'facebook',
    kind: 'comment',
    agent: 'Maja',
    via: 'manual',
    waitedMs: minutes * MIN,
    ...rest,
  };
}

const ITEMS: Item[] = [
  item({ key: 'fb:1', firstSeenAt: at('2026-11-18T08:00') }),
  item({ key: 'fb:2', firstSeenAt: at('2026-11-18T09:00') }),
  item({ key: 'fb:3', kind: 'dm', threadKey: 'fb:dm:1', firstSeenAt: at('2026-11-19T14:00') }),
  item({
    key: 'li:1',
    platform: 'linkedin',
    threadKey: 'li:1',
    author: { name: 'Bo Ek' },
    firstSeenAt: at('2026-11-19T07:00'),
  }),
  // Still waiting: one past the target, one within it.
  item({
    key: 'fb:4',
    status: 'waiting',
    waiting: true,
    answered: false,
    text: 'Hallå? <b>ingen</b> svarar',
    author: { name: 'Cia Holm' },
    firstSeenAt: at('2026-11-20T10:00'),
  }),
  item({
    key: 'li:2',
    platform: 'linkedin',
    kind: 'dm',
    threadKey: 'li:dm:2',
    status: 'waiting',
    waiting: true,
    answered: false,
    firstSeenAt: at('2026-11-20T11:55'),
  }),
  // Before the 7-day period.
  item({ key: 'fb:old', firstSeenAt: at('2026-11-01T08:00') }),
];

const RESPONSES: ResponseLogEntry[] = [
  reply({ itemKey: 'fb:1', respondedAt: at('2026-11-18T08:05'), minutes: 5 }),
  reply({ itemKey: 'fb:2', respondedAt: at('2026-11-18T09:40'), minutes: 40, agent: 'Olle' }),
  reply({ itemKey: 'fb:3', kind: 'dm', respondedAt: at('2026-11-19T16:00'), minutes: 120 }),
  reply({
    itemKey: 'li:1',
    platform: 'linkedin',
    respondedAt: at('2026-11-19T07:10'),
    minutes: 10,
    agent: '',
  }),
  reply({ itemKey: 'fb:old', respondedAt: at('2026-11-01T09:00'), minutes: 60 }),
];

function renderStats(props: Partial<StatsViewProps> = {}, locale: UiLocale = 'en') {
  const onPeriodChange = vi.fn();
  const view = renderWithLocale(
    <StatsView
      items={ITEMS}
      responses={RESPONSES}
      now={NOW}
      timeZone={ZONE}
      targetMinutes={15}
      periodDays={7}
      onPeriodChange={onPeriodChange}
      {...props}
    />,
    locale,
  );
  return { ...view, onPeriodChange };
}

/** The same numbers the unit-tested functions give, formatted as the UI formats them. */
function expected(
  locale: UiLocale,
  keep: (row: { platform: string; kind: string }) => boolean = () => true,
) {
  const period = {
    from: '2026-11-14',
    to: '2026-11-21',
    timeZone: ZONE,
    now: NOW,
    targetMs: 15 * MIN,
  };
  const report = responseTimeReport(ITEMS.filter(keep), RESPONSES.filter(keep), period);
  const t = createTranslator(locale);
  const share = (value: number | null) =>
    value === null
      ? '—'
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const duration = (ms: number | null) => (ms === null ? '—' : formatAge(ms, t));
  const times = (tt: TimeToResponse) => [
    String(tt.count),
    duration(tt.medianMs),
    duration(tt.p90Ms),
  ];
  return { report, share, duration, times };
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${name}`) });

describe('StatsView', () => {
  it('uses the last 7 calendar days of the zone, today included', () => {
    expect(statsPeriod(NOW, ZONE, 7)).toEqual({ from: '2026-11-14', to: '2026-11-21' });
  });

  it('shows exactly the overall numbers responseTimeReport computes', () => {
    renderStats();
    const { report, share, duration } = expected('en');
    // Fixed inputs: 4 answered, 1 waiting past target, 1 within: rate 4 / 6.
    expect(report.answered).toBe(4);
    expect(screen.getByTestId('stats-response-rate').textContent).toBe(share(report.responseRate));
    expect(screen.getByTestId('stats-response-rate').textContent).toBe('66.7%');
    expect(screen.getByTestId('stats-answered').textContent).toBe('4');
    expect(screen.getByTestId('stats-median').textContent).toBe(
      duration(report.timeToResponse.medianMs),
    );
    expect(screen.getByTestId('stats-p90').textContent).toBe(duration(report.timeToResponse.p90Ms));
    expect(screen.getByTestId('stats-within-target').textContent).toBe(
      share(report.withinTargetShare),
    );
    expect(screen.getByTestId('stats-waiting-past-target').textContent).toBe('1');
  });

  it('shows the per-platform, per-kind and per-agent numbers', () => {
    renderStats();
    const byPlatform = screen.getByTestId('stats-by-platform');
    for (const [platform, label] of [
      ['facebook', 'Facebook'],
      ['linkedin', 'LinkedIn'],
    ] as const) {
      const { report, share, times } = expected('en', (row) => row.platform === platform);
      expect(cells(rowOf(byPlatform, label))).toEqual([
        share(report.responseRate),
        ...times(report.timeToResponse),
      ]);
    }
    const byKind = screen.getByTestId('stats-by-kind');
    for (const [kind, label] of [
      ['comment', 'Comments'],
      ['dm', 'Messages'],
    ] as const) {
      const { report, share, times } = expected('en', (row) => row.kind === kind);
      expect(cells(rowOf(byKind, label))).toEqual([
        share(report.responseRate),
        ...times(report.timeToResponse),
      ]);
    }
    const { report, times } = expected('en');
    const byAgent = screen.getByTestId('stats-by-agent');
    expect(cells(rowOf(byAgent, 'Maja'))).toEqual(times(report.byAgent.Maja!));
    expect(cells(rowOf(byAgent, 'Olle'))).toEqual(times(report.byAgent.Olle!));
    expect(cells(rowOf(byAgent, 'Unknown'))).toEqual(times(report.byAgent['']!));
  });

  it('lists the breaches, longest first, with page text as plain text', () => {
    renderStats();
    const { report } = expected('en');
    const items = within(screen.getByTestId('stats-breaches')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Anna Lindqvist: Har ni öppet på söndag? answered by Maja after 2 h',
      'Cia Holm: Hallå? <b>ingen</b> svarar still waiting, 2 h so far',
      'Anna Lindqvist: Har ni öppet på söndag? answered by Olle after 40 min',
    ]);
    expect(items).toHaveLength(report.breaches.length);
    expect(document.querySelector('b')).toBeNull();
  });

  it('falls back to the table of daily numbers without a canvas', () => {
    renderStats();
    const days = dailyStats(ITEMS, RESPONSES, {
      from: '2026-11-14',
      to: '2026-11-21',
      timeZone: ZONE,
      now: NOW,
    });
    const t = createTranslator('en');
    const rows = within(screen.getByTestId('daily-table')).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual(
      days.map((day) => [
        String(day.waiting),
        String(day.answered),
        day.medianResponseMs === null ? '—' : formatAge(day.medianResponseMs, t),
      ]),
    );
    expect(rows[4]!.querySelector('th')!.textContent).toBe('Nov 18');
    expect(cells(rows[4]!)).toEqual(['0', '2', '22 min']);
  });

  it('lists the most engaged people with their recent items', () => {
    renderStats();
    const people = topEngagedPeople(ITEMS, { now: NOW });
    const entries = within(screen.getByTestId('stats-engagers'))
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('strong'));
    expect(entries.map((li) => li.querySelector('strong')!.textContent)).toEqual(
      people.map((person) => person.name),
    );
    expect(entries[0]!.textContent).toContain(
      `score ${people[0]!.score.toFixed(1)} · ${people[0]!.itemCount} items`,
    );
  });

  it('warns when complaints spike, listing the items behind it', () => {
    const complaints = [5, 20, 50].map((minutes, index) =>
      item({
        key: `fb:c${index}`,
        sentiment: 'negative',
        author: { name: `Kund ${index}` },
        text: `Kallt kaffe ${index}`,
        firstSeenAt: new Date(NOW.getTime() - minutes * MIN).toISOString(),
      }),
    );
    renderStats({ items: [...ITEMS, ...complaints] });
    const alert = screen.getByTestId('early-warning');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Kund 0: Kallt kaffe 0', 'Kund 1: Kallt kaffe 1', 'Kund 2: Kallt kaffe 2']);
    expect(alert.textContent).toContain('3 complaints in the last 3 h');
  });

  it('has no early warning when nothing spikes', () => {
    renderStats();
    expect(screen.queryByTestId('early-warning')).toBeNull();
  });

  it('asks for another period', async () => {
    const { onPeriodChange } = renderStats();
    await userEvent.selectOptions(screen.getByLabelText('Period'), 'Last 30 days');
    expect(onPeriodChange).toHaveBeenCalledWith(30);
  });

  it('formats numbers in the UI language', () => {
    renderStats({}, 'sv');
    const { report, share } = expected('sv');
    expect(screen.getByTestId('stats-response-rate').textContent).toBe(share(report.responseRate));
    expect(screen.getByTestId('stats-response-rate').textContent).toMatch(/^66,7\s%$/);
    expect(screen.getByRole('heading', { name: 'Svarstider' })).toBeTruthy();
  });

  it('shows dashes, not NaN, for an empty period', () => {
    renderStats({ items: [], responses: [] });
    expect(screen.getByTestId('stats-response-rate').textContent).toBe('—');
    expect(screen.getByTestId('stats-median').textContent).toBe('—');
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderStats();
    await expectNoSeriousA11yViolations(container);
  });
});
