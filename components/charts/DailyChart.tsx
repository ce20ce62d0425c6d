/*
 * Charts are drawn with uPlot: about 50 KB minified, no dependencies, and it paints on a canvas,
 * so a 90-day series costs one element rather than hundreds of SVG nodes, and nothing is fetched
 * (DESIGN §9). Its axes and legend take formatter callbacks, so labels follow the UI language.
 * The canvas says nothing to a screen reader: the same numbers are in a table, visually hidden
 * while the chart shows and shown instead of it where there is no canvas (as in tests).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DailyStat } from '../../utils/stats/daily';
import { startOfDayMs } from '../../utils/stats/time-zone';
import { formatAge } from '../../utils/i18n/translate';
import { useLocale, useT } from '../i18n';

const CHART_HEIGHT = 220;
const FALLBACK_WIDTH = 600;

/** The chart's colours and axis text, from the design tokens (components/tokens.css), so it follows light and dark. */
function chartColours(element: Element) {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    waiting: token('--color-late'),
    answered: token('--color-ok'),
    median: token('--color-focus'),
    text: token('--color-text-muted'),
    grid: token('--color-divider'),
  };
}

export interface DailyChartProps {
  days: readonly DailyStat[];
  timeZone: string;
}

function canDrawOnCanvas() {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export function DailyChart({ days, timeZone }: DailyChartProps) {
  const t = useT();
  const locale = useLocale();
  const container = useRef<HTMLDivElement>(null);
  // Decided once, before the first paint: where a chart will show, its table is hidden from the start.
  const [canDraw] = useState(canDrawOnCanvas);
  const numbers = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const dayLabel = useMemo(
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone }),
    [locale, timeZone],
  );
  const duration = (ms: number | null) => (ms === null ? '—' : formatAge(ms, t));

  useEffect(() => {
    const target = container.current;
    if (!target || !canDraw) return;
    const seconds = days.map((day) => startOfDayMs(day.day, timeZone) / 1000);
    const minutes = days.map((day) =>
      day.medianResponseMs === null ? null : day.medianResponseMs / 60_000,
    );
    const colours = chartColours(target);
    const axis = {
      stroke: colours.text,
      grid: { stroke: colours.grid },
      ticks: { stroke: colours.grid },
    };
    const formatDays = (_: uPlot, splits: number[]) =>
      splits.map((split) => dayLabel.format(split * 1000));
    const chart = new uPlot(
      {
        width: target.clientWidth || FALLBACK_WIDTH,
        height: CHART_HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone),
        scales: { x: { time: true }, count: {}, minutes: {} },
        series: [
          {
            label: t('statsDay'),
            value: (_, ts) => (ts === null ? '—' : dayLabel.format(ts * 1000)),
          },
          { label: t('statsWaiting'), scale: 'count', stroke: colours.waiting, width: 2 },
          { label: t('statsAnswered'), scale: 'count', stroke: colours.answered, width: 2 },
          {
            label: t('statsMedian'),
            scale: 'minutes',
            stroke: colours.median,
            width: 2,
            dash: [6, 4],
            value: (_, value) => (value === null ? '—' : formatAge(value * 60_000, t)),
          },
        ],
        axes: [
          { ...axis, values: formatDays },
          {
            ...axis,
            scale: 'count',
            values: (_, splits) => splits.map((split) => numbers.format(split)),
          },
          {
            ...axis,
            scale: 'minutes',
            side: 1,
            // Room for "35 min" / "12 tim" beside the plot.
            size: 64,
            grid: { show: false },
            values: (_, splits) => splits.map((split) => formatAge(split * 60_000, t)),
          },
        ],
      },
      [seconds, days.map((day) => day.waiting), days.map((day) => day.answered), minutes],
      target,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: target.clientWidth || FALLBACK_WIDTH, height: CHART_HEIGHT }),
    );
    resize.observe(target);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [canDraw, days, timeZone, t, numbers, dayLabel]);

  return (
    <figure className="daily-chart">
      <div ref={container} aria-hidden="true" />
      <table className={canDraw ? 'visually-hidden' : undefined} data-testid="daily-table">
        <caption>{t('statsChartCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statsDay')}</th>
            <th scope="col">{t('statsWaiting')}</th>
            <th scope="col">{t('statsAnswered')}</th>
            <th scope="col">{t('statsMedian')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{dayLabel.format(startOfDayMs(day.day, timeZone))}</th>
              <td>{numbers.format(day.waiting)}</td>
              <td>{numbers.format(day.answered)}</td>
              <td>{duration(day.medianResponseMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
