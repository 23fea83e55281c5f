/**
 * The y axis of the dashboard's charts: where its ticks go, and how wide it must be for its
 * labels. Plain functions, so the rules are tested without a canvas.
 */

const STEPS = [1, 2, 2.5, 5, 10];
const WHOLE_STEPS = [1, 2, 5, 10];

/** Rounds away floating-point dust (0.1 + 0.2) to the step's own decimals. */
const tidy = (value: number, step: number) => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(decimals));
};

/**
 * The step between ticks: 1, 2, 2.5 or 5 times a power of ten, giving at most `maxTicks`
 * intervals. For counts (`whole`) it is a whole number (1, 2, 5, 10, 20, …), never 0.25.
 */
export function tickStep(range: number, { maxTicks = 5, whole = false } = {}): number {
  if (!(range > 0)) return 1;
  const rough = range / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const steps = whole ? WHOLE_STEPS : STEPS;
  const step = (steps.find((s) => s * power >= rough - 1e-12) ?? 10) * power;
  return whole ? Math.max(1, Math.round(step)) : step;
}

/**
 * The ticks that span `min` to `max`, from a multiple of the step at or below `min` to one at
 * or above `max`. The axis starts at zero when every value is positive, so bars and lines
 * aren't exaggerated; an empty or flat series still gets an axis (0 to 1).
 */
export function axisTicks(
  min: number | null | undefined,
  max: number | null | undefined,
  { maxTicks = 5, whole = false } = {},
): number[] {
  let low = Math.min(0, Number.isFinite(min) ? (min as number) : 0);
  let high = Math.max(0, Number.isFinite(max) ? (max as number) : 0);
  if (high === low) high = low + 1;
  if (whole) {
    low = Math.floor(low);
    high = Math.ceil(high);
  }
  const step = tickStep(high - low, { maxTicks, whole });
  const first = Math.floor(low / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const tick = tidy(first + i * step, step);
    ticks.push(tick);
    if (tick >= high - 1e-9 || i > 100) break;
  }
  return ticks;
}

/** Whether a chart's figures are whole numbers (counts, or money in minor units): its ticks are too. */
export function allWhole(series: readonly (readonly (number | null)[])[]): boolean {
  return series.every((values) => values.every((v) => v === null || Number.isInteger(v)));
}

/** The tick mark, the gap after it and a margin at the chart's edge, in CSS pixels. */
const AXIS_CHROME = 10 + 5 + 8;

/**
 * How wide the y axis is: its longest label and the tick beside it, so a label such as
 * "€1,000.00" is never cut at the chart's edge.
 * @param measure A label's width in pixels (the canvas's `measureText` in the browser).
 */
export function axisWidth(
  labels: readonly (string | null)[] | null,
  measure: (text: string) => number,
): number {
  const widest = Math.max(0, ...(labels ?? []).map((label) => (label ? measure(label) : 0)));
  return Math.ceil(Math.max(widest, 20) + AXIS_CHROME);
}
