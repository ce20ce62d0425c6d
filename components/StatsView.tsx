import { useMemo, type ReactNode } from 'react';
import { EARLY_WARNING_WINDOW_HOURS } from '../utils/background/early-warning';
import type { Item } from '../utils/model/item';
import type { ResponseLogEntry } from '../utils/model/response-log';
import type { MessageKey } from '../utils/i18n/translate';
import { PLATFORMS, platformById } from '../utils/platforms/platforms';
import { formatAge } from '../utils/i18n/translate';
import { dailyStats } from '../utils/stats/daily';
import { isFrequentCommenter, topEngagedPeople } from '../utils/stats/engagement';
import { responseTimeReport, type TimeToResponse } from '../utils/stats/response-times';
import { detectComplaintSpike } from '../utils/stats/spikes';
import { dayKeyOf, nextDayKey } from '../utils/stats/time-zone';
import { DailyChart } from './charts/DailyChart';
import { AgentTable } from './stats/AgentTable';
import { BreachList } from './stats/BreachList';
import { useLocale, useT } from './i18n';
import { translateIsolated } from './bidi';

export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriodDays = (typeof STATS_PERIODS)[number];

const KINDS = ['comment', 'dm'] as const;
const KIND_LABEL: Record<(typeof KINDS)[number], MessageKey> = {
  comment: 'kindComment',
  dm: 'kindDm',
};
const SNIPPET_LENGTH = 120;

export interface StatsViewProps {
  /** Stored items of the period and the weeks before it (spike baseline, engagement). */
  items: readonly Item[];
  responses: readonly ResponseLogEntry[];
  now: Date;
  /** IANA zone whose calendar days make up the period and the chart. */
  timeZone: string;
  targetMinutes: number;
  periodDays: StatsPeriodDays;
  onPeriodChange: (days: StatsPeriodDays) => void;
}

/** The last `days` calendar days of the zone, today included: [from, to) as day keys. */
export function statsPeriod(now: Date, timeZone: string, days: number) {
  const today = dayKeyOf(now.getTime(), timeZone);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const from = new Date(Date.UTC(year, month - 1, day - (days - 1))).toISOString().slice(0, 10);
  return { from, to: nextDayKey(today) };
}

function snippet(text: string) {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > SNIPPET_LENGTH ? `${oneLine.slice(0, SNIPPET_LENGTH - 1)}…` : oneLine;
}

/**
 * Insight from the response log: response rate and times for a chosen period, per platform,
 * kind and agent, target breaches, a daily chart, top engagers and the complaint early warning.
 * Every number is what the pure functions in utils/stats compute, only formatted here.
 * Page text (names, comments) is rendered as text only.
 */
export function StatsView({
  items,
  responses,
  now,
  timeZone,
  targetMinutes,
  periodDays,
  onPeriodChange,
}: StatsViewProps) {
  const t = useT();
  const locale = useLocale();
  const format = useMemo(
    () => ({
      count: new Intl.NumberFormat(locale),
      share: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      score: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    }),
    [locale],
  );
  const duration = (ms: number | null) => (ms === null ? '—' : formatAge(ms, t));
  const share = (value: number | null) => (value === null ? '—' : format.share.format(value));

  const stats = useMemo(() => {
    const { from, to } = statsPeriod(now, timeZone, periodDays);
    const options = { from, to, timeZone, now, targetMs: targetMinutes * 60_000 };
    const reportWhere = (keep: (row: Pick<Item, 'platform' | 'kind'>) => boolean) =>
      responseTimeReport(items.filter(keep), responses.filter(keep), options);
    return {
      overall: responseTimeReport(items, responses, options),
      byPlatform: PLATFORMS.map(({ id, name }) => ({
        key: id,
        label: name,
        report: reportWhere((row) => row.platform === id),
      })),
      byKind: KINDS.map((kind) => ({ key: kind, report: reportWhere((row) => row.kind === kind) })),
      days: dailyStats(items, responses, { from, to, timeZone, now }),
      engagers: topEngagedPeople(items, { now }),
      spike: detectComplaintSpike(items, { now, windowHours: EARLY_WARNING_WINDOW_HOURS }),
    };
  }, [items, responses, now, timeZone, targetMinutes, periodDays]);
  const itemsByKey = useMemo(() => new Map(items.map((item) => [item.key, item])), [items]);
  const { overall } = stats;

  const timeCells = (times: TimeToResponse) => (
    <>
      <td>{format.count.format(times.count)}</td>
      <td>{duration(times.medianMs)}</td>
      <td>{duration(times.p90Ms)}</td>
    </>
  );
  const itemLine = (key: string): ReactNode => {
    const item = itemsByKey.get(key);
    return item
      ? translateIsolated(t, 'statsItemLine', { name: item.author.name, text: snippet(item.text) })
      : key;
  };

  return (
    <section className="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('statsTitle')}</h2>

      {stats.spike.spiking && (
        <div role="alert" className="warning" data-testid="early-warning">
          <strong>{t('earlyWarningTitle')}</strong>
          <p>
            {t('earlyWarningSummary', {
              count: format.count.format(stats.spike.recentCount),
              hours: EARLY_WARNING_WINDOW_HOURS,
            })}{' '}
            {stats.spike.baseline !== null &&
              t('statsSpikeUsual', { usual: format.score.format(stats.spike.baseline) })}
          </p>
          <ul>
            {stats.spike.itemKeys.map((key) => (
              <li key={key}>{itemLine(key)}</li>
            ))}
          </ul>
        </div>
      )}

      <label>
        {t('statsPeriod')}{' '}
        <select
          value={periodDays}
          onChange={(event) => onPeriodChange(Number(event.target.value) as StatsPeriodDays)}
        >
          {STATS_PERIODS.map((days) => (
            <option key={days} value={days}>
              {t('statsLastDays', { n: days })}
            </option>
          ))}
        </select>
      </label>

      <dl className="stats-summary">
        <dt>{t('statsResponseRate')}</dt>
        <dd data-testid="stats-response-rate">{share(overall.responseRate)}</dd>
        <dt>{t('statsAnswered')}</dt>
        <dd data-testid="stats-answered">{format.count.format(overall.answered)}</dd>
        <dt>{t('statsMedian')}</dt>
        <dd data-testid="stats-median">{duration(overall.timeToResponse.medianMs)}</dd>
        <dt>{t('statsP90')}</dt>
        <dd data-testid="stats-p90">{duration(overall.timeToResponse.p90Ms)}</dd>
        <dt>{t('statsWithinTarget', { target: duration(overall.targetMs) })}</dt>
        <dd data-testid="stats-within-target">{share(overall.withinTargetShare)}</dd>
        <dt>{t('statsWaitingPastTarget')}</dt>
        <dd data-testid="stats-waiting-past-target">
          {format.count.format(overall.waitingPastTarget)}
        </dd>
      </dl>

      {[
        { caption: t('statsByPlatform'), rows: stats.byPlatform, id: 'platform' },
        {
          caption: t('statsByKind'),
          rows: stats.byKind.map((row) => ({ ...row, label: t(KIND_LABEL[row.key]) })),
          id: 'kind',
        },
      ].map((group) => (
        <table key={group.id} data-testid={`stats-by-${group.id}`}>
          <caption>{group.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t(group.id === 'platform' ? 'statsPlatform' : 'statsKind')}</th>
              <th scope="col">{t('statsResponseRate')}</th>
              <th scope="col">{t('statsAnswered')}</th>
              <th scope="col">{t('statsMedian')}</th>
              <th scope="col">{t('statsP90')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map(({ key, label, report }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{share(report.responseRate)}</td>
                {timeCells(report.timeToResponse)}
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      <AgentTable byAgent={overall.byAgent} timeCells={timeCells} />

      <BreachList
        breaches={overall.breaches}
        itemLine={itemLine}
        duration={duration}
        formatCount={(n) => format.count.format(n)}
      />

      <h3>{t('statsPerDay')}</h3>
      <DailyChart days={stats.days} timeZone={timeZone} />

      <h3>{t('statsTopEngagers')}</h3>
      {stats.engagers.length === 0 ? (
        <p>{t('statsNoEngagers')}</p>
      ) : (
        <ol data-testid="stats-engagers">
          {stats.engagers.map((person) => (
            <li key={person.personKey}>
              <strong>
                <bdi>{person.name}</bdi>
              </strong>{' '}
              <span className="meta">
                {t('statsEngagerScore', {
                  platform: platformById(person.platform).name,
                  score: format.score.format(person.score),
                  count: format.count.format(person.itemCount),
                })}
                {isFrequentCommenter(person.score) && ` · ${t('statsFrequentCommenter')}`}
              </span>
              <ul>
                {person.recentItemKeys.map((key) => (
                  <li key={key}>
                    <bdi>{snippet(itemsByKey.get(key)?.text ?? key)}</bdi>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
