import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import {
  currentMonth,
  formatCount,
  formatDay,
  formatHours,
  formatLocalTime,
  formatMoney,
  formatPercent,
  formatZoned,
  monthName,
  monthOf,
} from './format.ts';

describe('monthOf', () => {
  it('reads the month in the program’s zone: 1 Dec 00:30 in Berlin is December there', () => {
    // Prepare: 1 Dec 2026 00:30 in Berlin (UTC+1) is 30 Nov 23:30 UTC
    const instant = '2026-11-30T23:30:00.000Z';

    // Act and assess
    expect(monthOf(instant, 'Europe/Berlin')).toBe('2026-12');
    expect(monthOf(instant, 'UTC')).toBe('2026-11');
    expect(monthOf(instant, 'America/New_York')).toBe('2026-11');
    expect(monthName(monthOf(instant, 'Europe/Berlin'))).toMatch(/December 2026/);
  });

  it('turns the year over in the zone too, and falls back to UTC for an unknown zone', () => {
    expect(monthOf('2026-12-31T23:30:00Z', 'Asia/Tokyo')).toBe('2027-01');
    expect(monthOf('2026-11-30T23:30:00Z', 'Not/AZone')).toBe('2026-11');
  });

  it('gives this month in a zone', () => {
    expect(currentMonth('Europe/Berlin', new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
  });
});

describe('formatZoned', () => {
  it('shows the time in the named zone and says which zone it is', () => {
    const shown = formatZoned('2026-12-31T22:59:00Z', 'Europe/Berlin');
    expect(shown).toMatch(/23:59|11:59/);
    expect(shown).toMatch(/31/);
    expect(shown.endsWith('(Europe/Berlin)')).toBe(true);
  });
});

describe('formatLocalTime', () => {
  it('shows the time in the reader’s zone with the zone’s short name', () => {
    // Prepare: the reader in Berlin and in New York, one instant
    const instant = '2026-12-06T20:40:00Z';

    // Act
    const berlin = formatLocalTime(instant, 'Europe/Berlin', 'en-GB');
    const newYork = formatLocalTime(instant, 'America/New_York', 'en-US');

    // Assess
    expect(berlin).toBe('6 Dec 2026, 21:40 CET');
    expect(newYork).toBe('Dec 6, 2026, 3:40 PM EST');
  });
});

describe('in the dashboard’s language, whatever the browser’s', () => {
  afterEach(() => setLanguage('en'));

  it('writes money, counts, dates, months and durations in German once German is chosen', async () => {
    // Prepare: English first
    expect(formatMoney(123_450, 'EUR')).toBe('€1,234.50');
    expect(formatHours(72)).toBe('3 days');

    // Act
    await setLanguage('de');

    // Assess
    expect(formatMoney(123_450, 'EUR')).toBe('1.234,50\u00a0€');
    expect(formatCount(56_000)).toBe('56.000');
    expect(formatPercent(0.125)).toBe('12,5\u00a0%');
    expect(formatDay('2026-12-24')).toBe('24.12.2026');
    expect(monthName('2026-12')).toBe('Dezember 2026');
    expect(formatLocalTime('2026-12-06T20:40:00Z', 'Europe/Berlin')).toBe('6. Dez. 2026, 21:40 MEZ');
    expect(formatHours(5)).toBe('5 Std.');
    expect(formatHours(84)).toBe('3,5 Tage');
  });
});
