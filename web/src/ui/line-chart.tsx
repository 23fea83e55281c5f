import { useEffect, useRef, useState } from 'preact/hooks';
import { intlLocale, t } from '../i18n/i18n.ts';
import { allWhole, axisTicks, axisWidth } from './chart-ticks.ts';
import { formatDay } from './format.ts';
import 'uplot/dist/uPlot.min.css';

export type Series = { label: string; values: (number | null)[]; color?: string; bars?: boolean };

const PALETTE = ['#1f3a8a', '#0f766e', '#b45309', '#9d174d', '#4d7c0f'];

/** The font uPlot draws axis labels in: the width of the y axis is measured in it. */
const AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

let measurer: CanvasRenderingContext2D | null | undefined;
/** A label's width in the axis font; an estimate when the browser gives no canvas. */
function measureLabel(text: string): number {
  if (measurer === undefined) {
    measurer = document.createElement('canvas').getContext('2d');
    if (measurer) measurer.font = AXIS_FONT;
  }
  return measurer ? measurer.measureText(text).width : text.length * 7.5;
}

/**
 * The x axis's dates in the reader's language, on the UTC calendar the points are on: day and
 * month, or month and year once the ticks are a month apart.
 */
export function dateLabels(splits: readonly number[]): string[] {
  const step = splits.length > 1 ? (splits[1] ?? 0) - (splits[0] ?? 0) : 86_400;
  const format = new Intl.DateTimeFormat(intlLocale(), {
    ...(step >= 28 * 86_400 ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }),
    timeZone: 'UTC',
  });
  return splits.map((seconds) => format.format(new Date(seconds * 1000)));
}

/**
 * A time-series chart (uPlot, loaded on first use so it stays out of the first page load).
 * `x` holds Unix seconds. The y axis steps in whole numbers when every figure is one (counts,
 * money in minor units), is as wide as its longest label, and the legend names the series. The
 * figures are also given as a visually hidden table, so the chart is not the only way to read them.
 */
export function LineChart({
  title,
  x,
  series,
  height = 240,
  format = (value: number) => String(value),
}: {
  title: string;
  x: number[];
  series: Series[];
  height?: number;
  format?: (value: number) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Read at draw time, so a caller's fresh arrow function each render does not redraw the chart.
  const formatRef = useRef(format);
  formatRef.current = format;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || x.length === 0) return;
    let plot: { destroy: () => void; setSize: (size: { width: number; height: number }) => void } | undefined;
    let cancelled = false;
    const observer = new ResizeObserver(() => plot?.setSize({ width: element.clientWidth, height }));
    import('uplot')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const whole = allWhole(series.map((s) => s.values));
        const ticks = (min: number | null, max: number | null) =>
          axisTicks(min, max, { whole, maxTicks: height < 200 ? 4 : 5 });
        plot = new UPlot(
          {
            width: element.clientWidth,
            height,
            // The series' names and colours; the values are in the table (a live legend reads "Time: --").
            legend: { show: true, live: false },
            scales: {
              // Bars are centred on their points: half a step more at each end keeps the end bars whole.
              x: {
                time: true,
                ...(series.some((s) => s.bars) && x.length > 1
                  ? {
                      range: (_u: unknown, min: number, max: number): [number, number] => {
                        const half = ((x[1] ?? 0) - (x[0] ?? 0)) / 2;
                        return [min - half, max + half];
                      },
                    }
                  : {}),
              },
              y: {
                range: (_u: unknown, min: number | null, max: number | null) => {
                  const t = ticks(min, max);
                  return [t[0] ?? 0, t[t.length - 1] ?? 1];
                },
              },
            },
            // Points are UTC days and months: draw them on the UTC calendar, wherever the reader is.
            tzDate: (ts: number) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
            axes: [
              {
                values: (_u: unknown, splits: number[]) => dateLabels(splits),
                // Ticks far enough apart for the widest label ("Sept. 2026", "30 Nov"), so
                // months never overlap on a phone; uPlot thins them to fit.
                space: 84,
              },
              {
                splits: (u: { scales: { y?: { min?: number; max?: number } } }) =>
                  ticks(u.scales.y?.min ?? null, u.scales.y?.max ?? null),
                values: (_u: unknown, splits: number[]) => splits.map((t) => formatRef.current(t)),
                size: (_u: unknown, values: string[] | null) => axisWidth(values, measureLabel),
              },
            ],
            series: [
              {},
              ...series.map((s, index) => {
                const color = s.color ?? PALETTE[index % PALETTE.length] ?? '#1f3a8a';
                return {
                  label: s.label,
                  stroke: color,
                  width: 2,
                  value: (_u: unknown, v: number | null) => (v === null ? '–' : formatRef.current(v)),
                  ...(s.bars ? { fill: `${color}55`, paths: UPlot.paths.bars?.({ size: [0.6, 40] }) } : {}),
                };
              }),
            ],
          },
          [x, ...series.map((s) => s.values)],
          element,
        );
        observer.observe(element);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      observer.disconnect();
      plot?.destroy();
    };
  }, [x, series, height]);

  if (x.length === 0) return <p class="muted">{t('brandMoney.chart.noData')}</p>;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {failed ? <p class="muted">{t('brandMoney.chart.failed')}</p> : null}
      <div ref={box} aria-hidden="true" />
      {/* A table ignores a 1 px width; the box around it does not. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th>{t('brandMoney.chart.date')}</th>
              {series.map((s) => (
                <th key={s.label}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.map((t, row) => (
              <tr key={t}>
                <td>{formatDay(new Date(t * 1000).toISOString().slice(0, 10))}</td>
                {series.map((s) => (
                  <td key={s.label}>
                    {s.values[row] === null || s.values[row] === undefined
                      ? '–'
                      : format(s.values[row] as number)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
