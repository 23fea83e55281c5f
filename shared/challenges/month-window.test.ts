import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isMonth, monthOf, monthWindow } from './month-window.ts';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'America/St_Johns',
  'America/Santiago',
  'America/Havana',
  'America/Asuncion',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
] as const;

const DAY_MS = 86_400_000;

const monthArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
const zoneArb = fc.constantFrom(...ZONES);
const RUNS = { numRuns: 300 };

/** What Intl itself says the wall clock reads at an instant, independent of the module under test. */
function wallClock(instant: string | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

describe('monthWindow', () => {
  it('spans a winter month in Berlin', () => {
    expect(monthWindow('2026-11', 'Europe/Berlin')).toEqual({
      opensAt: '2026-10-31T23:00:00.000Z',
      closesAt: '2026-11-30T23:00:00.000Z',
    });
  });

  it('follows the spring DST change in Berlin', () => {
    expect(monthWindow('2026-03', 'Europe/Berlin')).toEqual({
      opensAt: '2026-02-28T23:00:00.000Z',
      closesAt: '2026-03-31T22:00:00.000Z',
    });
  });

  it('is plain calendar months in UTC', () => {
    expect(monthWindow('2026-02', 'UTC')).toEqual({
      opensAt: '2026-02-01T00:00:00.000Z',
      closesAt: '2026-03-01T00:00:00.000Z',
    });
  });

  it('follows the autumn DST change in Los Angeles', () => {
    expect(monthWindow('2026-11', 'America/Los_Angeles')).toEqual({
      opensAt: '2026-11-01T07:00:00.000Z',
      closesAt: '2026-12-01T08:00:00.000Z',
    });
  });

  it('handles quarter-hour and half-hour offsets', () => {
    expect(monthWindow('2026-11', 'Asia/Kathmandu')).toEqual({
      opensAt: '2026-10-31T18:15:00.000Z',
      closesAt: '2026-11-30T18:15:00.000Z',
    });
    expect(monthWindow('2026-11', 'America/St_Johns')).toEqual({
      opensAt: '2026-11-01T02:30:00.000Z',
      closesAt: '2026-12-01T03:30:00.000Z',
    });
    // Lord Howe moves from +10:30 to +11:00 on 4 October 2026.
    expect(monthWindow('2026-10', 'Australia/Lord_Howe')).toEqual({
      opensAt: '2026-09-30T13:30:00.000Z',
      closesAt: '2026-10-31T13:00:00.000Z',
    });
  });

  it('handles the +14 zone, whose month opens on the previous UTC day', () => {
    expect(monthWindow('2026-11', 'Pacific/Kiritimati')).toEqual({
      opensAt: '2026-10-31T10:00:00.000Z',
      closesAt: '2026-11-30T10:00:00.000Z',
    });
  });

  it('rolls December over into January of the next year', () => {
    expect(monthWindow('2026-12', 'Europe/Berlin')).toEqual({
      opensAt: '2026-11-30T23:00:00.000Z',
      closesAt: '2026-12-31T23:00:00.000Z',
    });
    expect(monthWindow('2025-12', 'UTC').closesAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('opens at the first instant that exists when DST skips midnight of day 1', () => {
    // Cuba sprang forward from 00:00 CST straight to 01:00 CDT on 1 April 2012.
    const { opensAt } = monthWindow('2012-04', 'America/Havana');
    expect(opensAt).toBe('2012-04-01T05:00:00.000Z');
    expect(wallClock(opensAt, 'America/Havana')).toBe('2012-04-01 01:00:00');
    expect(wallClock(Date.parse(opensAt) - 1, 'America/Havana')).toBe('2012-03-31 23:59:59');
    // Paraguay did the same on 1 October 2023.
    const asuncion = monthWindow('2023-10', 'America/Asuncion').opensAt;
    expect(asuncion).toBe('2023-10-01T04:00:00.000Z');
    expect(wallClock(asuncion, 'America/Asuncion')).toBe('2023-10-01 01:00:00');
    expect(wallClock(Date.parse(asuncion) - 1, 'America/Asuncion')).toBe('2023-09-30 23:59:59');
  });

  it('rejects malformed months and unknown zones', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', '1999-12', '2101-01', '2026-01 ', '']) {
      expect(() => monthWindow(bad, 'UTC')).toThrow(RangeError);
    }
    expect(() => monthWindow('2026-01', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('opens in its own month', () => {
    fc.assert(
      fc.property(monthArb, zoneArb, (month, zone) => {
        expect(monthOf(monthWindow(month, zone).opensAt, zone)).toBe(month);
      }),
      RUNS,
    );
  });

  it('closes in the next month', () => {
    fc.assert(
      fc.property(monthArb, zoneArb, (month, zone) => {
        expect(monthOf(monthWindow(month, zone).closesAt, zone)).toBe(addMonths(month, 1));
      }),
      RUNS,
    );
  });

  it('is preceded, one millisecond earlier, by the previous month', () => {
    fc.assert(
      fc.property(monthArb, zoneArb, (month, zone) => {
        const before = new Date(Date.parse(monthWindow(month, zone).opensAt) - 1);
        expect(monthOf(before, zone)).toBe(addMonths(month, -1));
      }),
      RUNS,
    );
  });

  it('tiles time: each month closes where the next one opens', () => {
    fc.assert(
      fc.property(monthArb, zoneArb, (month, zone) => {
        expect(monthWindow(month, zone).closesAt).toBe(monthWindow(addMonths(month, 1), zone).opensAt);
      }),
      RUNS,
    );
  });

  it('lasts between 27 and 32 days', () => {
    fc.assert(
      fc.property(monthArb, zoneArb, (month, zone) => {
        const { opensAt, closesAt } = monthWindow(month, zone);
        const days = (Date.parse(closesAt) - Date.parse(opensAt)) / DAY_MS;
        expect(days).toBeGreaterThanOrEqual(27);
        expect(days).toBeLessThanOrEqual(32);
      }),
      RUNS,
    );
  });
});

describe('monthOf', () => {
  it('reads the month in the given zone', () => {
    expect(monthOf('2026-10-31T23:30:00.000Z', 'UTC')).toBe('2026-10');
    expect(monthOf('2026-10-31T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-11');
    expect(monthOf(new Date('2027-01-01T02:00:00.000Z'), 'America/Los_Angeles')).toBe('2026-12');
  });

  it('rejects an invalid instant', () => {
    expect(() => monthOf('not a date', 'UTC')).toThrow(RangeError);
    expect(() => monthOf(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('isMonth', () => {
  it('accepts YYYY-MM from 2000 to 2100 only', () => {
    expect(['2000-01', '2026-12', '2100-12'].map(isMonth)).toEqual([true, true, true]);
    expect(['1999-12', '2101-01', '2026-13', '2026-00', '2026-1', '2026-01-01', ''].map(isMonth)).toEqual(
      Array(7).fill(false),
    );
  });
});

describe('addMonths', () => {
  it('moves forwards and backwards across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
    expect(addMonths('2026-05', -17)).toBe('2024-12');
    expect(addMonths('2026-05', 31)).toBe('2028-12');
  });

  it('rejects a malformed month or a fractional count', () => {
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01', 0.5)).toThrow(RangeError);
  });

  it('is undone by the opposite shift', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: -1200, max: 1200 }), (month, n) => {
        const shifted = addMonths(month, n);
        fc.pre(isMonth(shifted));
        expect(addMonths(shifted, -n)).toBe(month);
      }),
      RUNS,
    );
  });
});
