import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { dateLabels } from './line-chart.tsx';

const seconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

describe("a chart's time axis", () => {
  afterEach(() => setLanguage('en'));

  it('writes days, or months once the ticks are a month apart, in the reader’s language', async () => {
    const days = [seconds('2026-11-08'), seconds('2026-11-10')];
    const months = [seconds('2026-07-01'), seconds('2026-08-01')];
    expect(dateLabels(days)).toEqual(['Nov 8', 'Nov 10']);
    expect(dateLabels(months)).toEqual(['Jul 2026', 'Aug 2026']);
    await setLanguage('de');
    expect(dateLabels(days)).toEqual(['8. Nov.', '10. Nov.']);
    expect(dateLabels(months)).toEqual(['Juli 2026', 'Aug. 2026']);
  });

  it('counts the UTC calendar the points are on', () => {
    expect(dateLabels([seconds('2026-12-01')])).toEqual(['Dec 1']);
  });
});
