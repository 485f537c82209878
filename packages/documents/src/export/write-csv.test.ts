// The one CSV writer: RFC 4180 quoting, a BOM on request, and no cell a spreadsheet would run.
import { describe, expect, it } from 'vitest';
import { csvCell, writeCsv } from './write-csv.ts';

describe('csvCell', () => {
  it('leaves ordinary text and plain numbers as they are', () => {
    expect(csvCell('≥10个')).toBe('≥10个');
    expect(csvCell('行政运行')).toBe('行政运行');
    expect(csvCell('500.00')).toBe('500.00');
    expect(csvCell('-5.00')).toBe('-5.00'); // a number, not a formula
    expect(csvCell(2025)).toBe('2025');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('prefixes every formula start (= + - @ tab CR) with an apostrophe', () => {
    expect(csvCell('=100%')).toBe("'=100%");
    expect(csvCell('=HYPERLINK("http://x.example","点击")')).toBe(
      `"'=HYPERLINK(""http://x.example"",""点击"")"`,
    );
    expect(csvCell('+86-10-1234')).toBe("'+86-10-1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
  });
  it('quotes fields with a comma, a quote or a line break', () => {
    expect(csvCell('a,b "c"')).toBe('"a,b ""c"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
  });
});

describe('writeCsv', () => {
  it('writes CRLF lines, with a BOM only when asked', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['x,y', '=1'],
      ]),
    ).toBe('a,b\r\n"x,y",\'=1\r\n');
    expect(writeCsv([['期限']], { bom: true })).toBe('\ufeff期限\r\n');
  });
});
