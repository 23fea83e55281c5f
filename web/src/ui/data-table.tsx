import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
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
 * Whether a box is narrower than what it holds, followed as the window or the content changes.
 * Only then is the table's box a tab stop: keyboard users can scroll it, and a table that fits
 * adds no stop.
 */
function useScrolls<E extends HTMLElement>(): [{ current: E | null }, boolean] {
  const ref = useRef<E | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls];
}

/**
 * A table of rows by columns, scrolling sideways on a narrow screen: then its box is a
 * focusable region named by the caption, with a shadow at the edge and a line saying it
 * scrolls. The caption is for screen readers (the card's heading says it on screen); `foot`
 * holds the totals' rows.
 */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  rowClass,
  foot,
}: {
  caption?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowClass?: (row: R) => string | undefined;
  foot?: ComponentChildren;
}) {
  const [box, scrolls] = useScrolls<HTMLDivElement>();
  return (
    <>
      <div
        ref={box}
        class={scrolls ? 'table-wrap scrolls' : 'table-wrap'}
        {...(scrolls ? { tabIndex: 0, ...(caption ? { role: 'region', 'aria-label': caption } : {}) } : {})}
      >
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
      {scrolls ? (
        <p class="table-hint muted small" aria-hidden="true">
          {t('money.tableScrolls')}
        </p>
      ) : null}
    </>
  );
}
