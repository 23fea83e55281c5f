import { describe, expect, it } from 'vitest';
import { allWhole, axisTicks, axisWidth, tickStep } from './chart-ticks.ts';

describe('axisTicks for counts', () => {
  it('counts in whole steps: 0 to 3 posts is 0, 1, 2, 3, never 0.25', () => {
    expect(axisTicks(0, 3, { whole: true })).toEqual([0, 1, 2, 3]);
    expect(axisTicks(0, 1, { whole: true })).toEqual([0, 1]);
    expect(axisTicks(0, 2, { whole: true, maxTicks: 8 })).toEqual([0, 1, 2]);
  });

  it('takes steps of 1, 2 or 5 times a power of ten for larger counts', () => {
    expect(axisTicks(0, 17, { whole: true })).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(3, 940, { whole: true })).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('gives an empty or flat series an axis, and starts at zero', () => {
    expect(axisTicks(null, null, { whole: true })).toEqual([0, 1]);
    expect(axisTicks(0, 0, { whole: true })).toEqual([0, 1]);
    expect(axisTicks(40, 40, { whole: true })).toEqual([0, 10, 20, 30, 40]);
  });

  it('never steps by less than one, whatever the tick count asked', () => {
    for (let max = 1; max <= 60; max++)
      for (const tick of axisTicks(0, max, { whole: true, maxTicks: 10 }))
        expect(Number.isInteger(tick)).toBe(true);
  });
});

describe('axisTicks for amounts', () => {
  it('may take fractional steps, without floating-point dust', () => {
    expect(axisTicks(0, 1, { maxTicks: 4 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axisTicks(0, 0.3, { maxTicks: 3 })).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('spans negative values (refunds) as well', () => {
    expect(axisTicks(-150, 420)).toEqual([-200, 0, 200, 400, 600]);
  });
});

describe('tickStep', () => {
  it('is one for an empty range', () => {
    expect(tickStep(0)).toBe(1);
    expect(tickStep(0.4, { whole: true })).toBe(1);
  });
});

describe('allWhole', () => {
  it('is true when every figure (gaps aside) is a whole number', () => {
    expect(allWhole([[1, null, 3], [0]])).toBe(true);
    expect(allWhole([[1, 2.5]])).toBe(false);
  });
});

describe('axisWidth', () => {
  it('makes room for the longest label, so "€1,000.00" is not cut', () => {
    // Prepare: 7 px a character, as a stand-in for the canvas's measure
    const measure = (text: string) => text.length * 7;

    // Act
    const width = axisWidth(['€0.00', '€500.00', '€1,000.00'], measure);

    // Assess
    expect(width).toBeGreaterThanOrEqual('€1,000.00'.length * 7 + 15);
    expect(axisWidth(['€0.00', '€5.00'], measure)).toBeLessThan(width);
    expect(axisWidth(null, measure)).toBeGreaterThan(0);
  });
});
