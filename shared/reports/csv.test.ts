import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/csv-reader.ts';
import { csvFile, csvFilename, csvMoney, csvPercent, toCsv } from './csv.ts';

describe('the CSV writer', () => {
  it('guards formulas, but not plain numbers, a lone dash or an empty cell', () => {
    // Prepare
    const cells = ['=SUM(A1)', '+1+2', '-2+3', '@cmd', '\tx', '-3.50', '+12', '-', '', '12.5%', 'Anna'];

    // Act
    const [line] = parseCsv(toCsv([cells]));

    // Assess
    expect(line).toEqual([
      "'=SUM(A1)",
      "'+1+2",
      "'-2+3",
      "'@cmd",
      "'\tx",
      '-3.50',
      '+12',
      '-',
      '',
      '12.5%',
      'Anna',
    ]);
  });

  it('quotes commas, quotes and line breaks, and leaves numbers as they are', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 42, undefined, null]])).toBe(
      '"a,b","say ""hi""","two\nlines",42,,\r\n',
    );
  });

  it('writes a file a spreadsheet opens: a byte order mark, the header in words, one line a row', () => {
    const text = csvFile(
      [
        { header: 'Ambassador', cell: (row: { name: string; amount: number }) => row.name },
        { header: 'Commission', cell: (row) => csvMoney(row.amount, 'EUR') },
        { header: 'Currency', cell: () => 'EUR' },
      ],
      [
        { name: 'Jörg Müller', amount: 46_350 },
        { name: 'Ben', amount: -5 },
      ],
    );
    expect(text.startsWith('\uFEFFAmbassador,Commission,Currency\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Ambassador', 'Commission', 'Currency'],
      ['Jörg Müller', '463.50', 'EUR'],
      ['Ben', '-0.05', 'EUR'],
    ]);
  });

  it('writes money in the currency’s own digits, and rates as percentages', () => {
    expect(csvMoney(46_350, 'EUR')).toBe('463.50');
    expect(csvMoney(500, 'JPY')).toBe('500');
    expect(csvMoney(1_234, 'KWD')).toBe('1.234');
    expect(csvMoney(undefined, 'EUR')).toBe('');
    expect(csvPercent(0.125)).toBe('12.5%');
    expect(csvPercent(1 / 3)).toBe('33.33%');
    expect(csvPercent(null)).toBe('');
  });

  it('names a file by the program, what it holds and its period', () => {
    expect(csvFilename('fiesta-agents', 'referrals-by', 'ambassador', '2026-11-01', 'to', '2026-11-30')).toBe(
      'fiesta-agents-referrals-by-ambassador-2026-11-01-to-2026-11-30.csv',
    );
    expect(csvFilename('x', 'a b/c')).toBe('x-a-b-c.csv');
  });
});
