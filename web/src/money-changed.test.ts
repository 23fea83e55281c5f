import { describe, expect, it } from 'vitest';
import { reloadsDue } from './money-changed.ts';

describe('reloadsDue', () => {
  it('loads at once after a change, then while the rollups settle', () => {
    expect(reloadsDue(1_000, 1_000, true)).toEqual([0, 700, 1_800, 4_000, 8_000]);
  });

  it('gives a figure opened after a change only the loads still to come, its own load being the first', () => {
    expect(reloadsDue(1_000, 2_000, false)).toEqual([800, 3_000, 7_000]);
    expect(reloadsDue(1_000, 1_700, false)).toEqual([1_100, 3_300, 7_300]);
  });

  it('has nothing left once the change has settled', () => {
    expect(reloadsDue(0, 60_000, false)).toEqual([]);
    expect(reloadsDue(Number.NEGATIVE_INFINITY, Date.now(), false)).toEqual([]);
  });
});
