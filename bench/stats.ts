export type Sample = number;

/** p50, p90, p99 and mean of a set of timings (ms), rounded to 0.01. */
export function summarize(samples: Sample[]): {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  n: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    n: sorted.length,
  };
}
