import { decimalAmount } from '../money.ts';

/**
 * Whether a spreadsheet would read a cell as a formula: it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return, and is not a plain number (`-3.50` is a clawback, not a formula) or a
 * lone dash.
 */
const isFormula = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^(?:[+-]?\d+(?:\.\d+)?%?|-)$/.test(text);

/** A cell, quoted when it must be, and never read as a formula by a spreadsheet. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && isFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines of cells as CSV (RFC 4180 line ends, a final one included), no header or BOM of its own. */
export function toCsv(lines: unknown[][]): string {
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One column of a CSV file: its header in words, and its cell for a row. */
export type CsvColumn<R> = { header: string; cell: (row: R) => unknown };

/**
 * A CSV file as a spreadsheet opens it: a UTF-8 byte order mark (so Excel reads umlauts right),
 * a header row in words, then one line per row.
 */
export function csvFile<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  return `\uFEFF${toCsv([columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.cell(row)))])}`;
}

/** Minor units as the decimal a spreadsheet reads (`46350` EUR → `463.50`); empty when there is none. */
export const csvMoney = (minor: number | undefined, currency: string): string =>
  minor === undefined ? '' : decimalAmount(minor, currency);

/** A rate (0.125) as a percentage a spreadsheet reads (`12.5%`); empty when there is none. */
export const csvPercent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '' : `${Number((rate * 100).toFixed(2))}%`;

/**
 * A download's file name: the program's slug, what it holds and its period, in the characters
 * every system keeps (`fiesta-agents-referrals-by-ambassador-2026-11-01-to-2026-11-30.csv`).
 */
export function csvFilename(slug: string, ...parts: string[]): string {
  const name = [slug, ...parts]
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-');
  return `${name}.csv`;
}
