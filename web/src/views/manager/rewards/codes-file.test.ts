import { describe, expect, it } from 'vitest';
import { batches, firstField, parseCodes } from './codes-file.ts';

describe('a file of codes', () => {
  it('takes one code a line, or the first column of a CSV, without its header', () => {
    expect(parseCodes('GC-1\nGC-2\r\n\nGC-3\n').codes).toEqual(['GC-1', 'GC-2', 'GC-3']);
    const csv = parseCodes('\uFEFFcode,value,expires\nGC-1,25,2027-01-01\n"GC-2",25,2027-01-01\nGC-3;25\n');
    expect(csv).toMatchObject({ codes: ['GC-1', 'GC-2', 'GC-3'], header: 'code' });
  });

  it('sends a code the file repeats once, and names the lines that are not codes', () => {
    const parsed = parseCodes('A1\nA2\nA1\nnot a code\nA2\n');
    expect(parsed.codes).toEqual(['A1', 'A2']);
    expect(parsed.repeated).toEqual(['A1', 'A2']);
    expect(parsed.invalid).toEqual(['not a code']);
  });

  it('keeps a code that merely looks like a header when it is not on the first line', () => {
    expect(parseCodes('X1\ncode\n').codes).toEqual(['X1', 'code']);
  });

  it('reads quoted fields with quotes inside', () => {
    expect(firstField('"AB""C",1')).toBe('AB"C');
    expect(firstField('  plain\tnext')).toBe('plain');
  });

  it('groups codes a thousand a call', () => {
    const codes = Array.from({ length: 2500 }, (_, i) => `C${i}`);
    expect(batches(codes).map((b) => b.length)).toEqual([1000, 1000, 500]);
  });
});
