/** A header cell: one column's own, or a group's heading over several. */
export type HeadCell = { column: number; rowSpan?: number } | { group: string; colSpan: number };

/**
 * The header rows for columns, some of which may share a group heading (`Commission` over
 * pending, approved and paid): one row when none does; else a row of group headings, with the
 * ungrouped columns spanning both rows, over a row of the grouped columns' own headers.
 */
export function headRows(columns: readonly { group?: string | undefined }[]): HeadCell[][] {
  if (!columns.some((column) => column.group)) return [columns.map((_, column) => ({ column }))];
  const top: HeadCell[] = [];
  const sub: HeadCell[] = [];
  columns.forEach(({ group }, column) => {
    if (!group) {
      top.push({ column, rowSpan: 2 });
      return;
    }
    const last = top.at(-1);
    if (last && 'group' in last && last.group === group) last.colSpan++;
    else top.push({ group, colSpan: 1 });
    sub.push({ column });
  });
  return [top, sub];
}

/** A cell's classes: `num` for a figure, then its own. */
export function cellClass(num: boolean | undefined, own: string | undefined): string | undefined {
  return [num ? 'num' : '', own ?? ''].filter(Boolean).join(' ') || undefined;
}
