import type { Context } from 'hono';

/** Whether the caller asked for CSV: `format=csv`, or `Accept: text/csv` when no format is given. */
export function wantsCsv(c: Context, format: 'json' | 'csv' | undefined): boolean {
  return format === 'csv' || (!format && (c.req.header('accept') ?? '').includes('text/csv'));
}

/** Sets the headers of a CSV download named `filename`. */
export function setCsvHeaders(c: Context, filename: string): void {
  c.header('content-type', 'text/csv; charset=utf-8');
  c.header('content-disposition', `attachment; filename="${filename}"`);
}
