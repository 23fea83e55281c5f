import { describe, expect, it } from 'vitest';
import { cellClass, headRows } from './table-head.ts';

describe('headRows', () => {
  it('is one row of the columns’ own headers when no column is grouped', () => {
    expect(headRows([{}, {}, {}])).toEqual([[{ column: 0 }, { column: 1 }, { column: 2 }]]);
  });

  it('puts a group’s heading over its columns, the others spanning both rows', () => {
    // Prepare: the report's name, two figures, then three commission columns.
    const columns = [{}, {}, {}, { group: 'Commission' }, { group: 'Commission' }, { group: 'Commission' }];

    // Act
    const [top, sub] = headRows(columns);

    // Assess
    expect(top).toEqual([
      { column: 0, rowSpan: 2 },
      { column: 1, rowSpan: 2 },
      { column: 2, rowSpan: 2 },
      { group: 'Commission', colSpan: 3 },
    ]);
    expect(sub).toEqual([{ column: 3 }, { column: 4 }, { column: 5 }]);
  });

  it('keeps two groups apart, and a group split by another column in two headings', () => {
    const [top] = headRows([{ group: 'A' }, { group: 'B' }, { group: 'B' }, {}, { group: 'A' }]);
    expect(top).toEqual([
      { group: 'A', colSpan: 1 },
      { group: 'B', colSpan: 2 },
      { column: 3, rowSpan: 2 },
      { group: 'A', colSpan: 1 },
    ]);
  });
});

describe('cellClass', () => {
  it('puts num first, then the cell’s own class, and gives none for neither', () => {
    expect(cellClass(true, 'negative')).toBe('num negative');
    expect(cellClass(true, undefined)).toBe('num');
    expect(cellClass(false, 'order-id')).toBe('order-id');
    expect(cellClass(undefined, undefined)).toBeUndefined();
  });
});
