import { describe, expect, it } from 'vitest';
import { linesOf, numberOf, optionalNumberOf, textOf, wordsOf } from './field-text.ts';

describe("a form field's text", () => {
  it('reads a number, NaN for an empty required field and undefined for an empty optional one', () => {
    expect(numberOf('12')).toBe(12);
    expect(numberOf('  ')).toBeNaN();
    expect(optionalNumberOf('0')).toBe(0);
    expect(optionalNumberOf('')).toBeUndefined();
  });

  it('writes a number as text, and none as an empty field', () => {
    expect(textOf(5)).toBe('5');
    expect(textOf(0)).toBe('0');
    expect(textOf(undefined)).toBe('');
  });

  it('splits words at spaces, commas and new lines', () => {
    expect(wordsOf(' #ad, #Fiesta\n#road  ')).toEqual(['#ad', '#Fiesta', '#road']);
    expect(wordsOf('')).toEqual([]);
  });

  it('splits lines and keeps the spaces inside each', () => {
    expect(linesOf('Small car\n\n  Big car \n')).toEqual(['Small car', 'Big car']);
  });
});
