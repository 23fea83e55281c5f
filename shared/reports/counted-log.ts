/**
 * The log line the report aggregator writes for what it has just counted, once per run of
 * clicks and once per new order: `{"message":"rollups counted","clicks":n}` or `…"orders":1}`.
 * The operations dashboard charts clicks and orders per minute from these lines with a
 * CloudWatch Logs Insights query (cdk/operations-dashboards.ts), so the message and the field
 * names are defined once, here.
 *
 * Counted here and not in the redirect: these are the figures of the brand's report (a visitor
 * once per link per hour, suspicious bursts apart, each stream record once even when it is
 * delivered again), at one short line per run rather than one per click, and the redirect's
 * bundle and hot path stay as they are.
 */
export const COUNTED_LOG = {
  message: 'rollups counted',
  /** Counted clicks, as the report counts them (suspicious ones apart). */
  clicks: 'clicks',
  /** Clicks past the per-IP burst threshold: counted apart, as `suspiciousClicks`. */
  suspiciousClicks: 'suspiciousClicks',
  /** New orders (conversions), each once. */
  orders: 'orders',
} as const;
