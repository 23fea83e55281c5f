import { describe, expect, it } from 'vitest';
import { customProblem, periodOf, presetRange } from './period.ts';

describe('presetRange', () => {
  it('counts the last days with today, and months by the calendar', () => {
    // Prepare
    const today = '2026-03-10';

    // Act and assess
    expect(presetRange('last7', today)).toEqual({ from: '2026-03-04', to: today });
    expect(presetRange('last30', today)).toEqual({ from: '2026-02-09', to: today });
    expect(presetRange('thisMonth', today)).toEqual({ from: '2026-03-01', to: today });
    expect(presetRange('lastMonth', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('takes last month across the new year', () => {
    expect(presetRange('lastMonth', '2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('customProblem', () => {
  it('asks for both dates, in order, within three years', () => {
    expect(customProblem({ from: '', to: '2026-03-01' })).toEqual({
      field: 'from',
      message: 'Choose a start date.',
    });
    expect(customProblem({ from: '2026-03-01', to: '' })?.field).toBe('to');
    expect(customProblem({ from: '2026-03-02', to: '2026-03-01' })?.message).toBe(
      'The end date must not be before the start.',
    );
    expect(customProblem({ from: '2020-01-01', to: '2026-03-01' })?.message).toMatch(/at most 1096 days/);
    expect(customProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeUndefined();
  });
});

describe('periodOf', () => {
  it('reads a known period from the address, and the last 30 days otherwise', () => {
    expect(periodOf('lastMonth')).toBe('lastMonth');
    expect(periodOf('custom')).toBe('custom');
    expect(periodOf('forever')).toBe('last30');
    expect(periodOf(null)).toBe('last30');
  });
});
