import type { ComponentChildren } from 'preact';
import { cellClass, headRows } from './table-head.ts';

export type Column<R> = {
  header: ComponentChildren;
  /** A figure: right-aligned, its header too. */
  num?: boolean;
  /** The cell that names its row (`th scope="row"`), read out with each of the row's cells. */
  rowHeader?: boolean;
  /** The cells' own class, beside `num`. */
  class?: string | ((row: R) => string | undefined);
  /** A heading shared with the neighbouring columns of the same group. */
  group?: string;
  cell: (row: R) => ComponentChildren;
};

/** One row of a table, its cells drawn by the columns. */
export function DataRow<R>({
  columns,
  row,
  class: rowClass,
}: {
  columns: readonly Column<R>[];
  row: R;
  class?: string | undefined;
}) {
  return (
    <tr class={rowClass}>
      {columns.map((column, index) => {
        const own = typeof column.class === 'function' ? column.class(row) : column.class;
        const className = cellClass(column.num, own);
        return column.rowHeader ? (
          <th key={index} scope="row" class={className}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={index} class={className}>
            {column.cell(row)}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * A table of rows by columns, scrolling sideways on a narrow screen. The caption is for screen
 * readers (the card's heading says it on screen); `foot` holds the totals' rows.
 */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  rowClass,
  foot,
}: {
  caption?: ComponentChildren;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowClass?: (row: R) => string | undefined;
  foot?: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table>
        {caption ? <caption class="visually-hidden">{caption}</caption> : null}
        <thead>
          {headRows(columns).map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, at) => {
                if ('group' in cell)
                  return (
                    <th key={at} scope="colgroup" colSpan={cell.colSpan} class="group">
                      {cell.group}
                    </th>
                  );
                const column = columns[cell.column];
                return (
                  <th key={at} scope="col" rowSpan={cell.rowSpan} class={column?.num ? 'num' : undefined}>
                    {column?.header}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <DataRow key={rowKey(row)} columns={columns} row={row} class={rowClass?.(row)} />
          ))}
        </tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}
