import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../../../renderer/grid/tsv';

describe('parseTsv (Excel/WPS clipboard text)', () => {
  it('splits a CRLF block copied from Excel into rows and cells, ignoring the trailing line end', () => {
    expect(parseTsv('张三\t汉族\r\n李四\t壮族\r\n')).toEqual([
      ['张三', '汉族'],
      ['李四', '壮族'],
    ]);
  });

  it('reads a single column of 证件号码 with LF line ends as one cell per row', () => {
    expect(parseTsv('44022919850302123X\n440229199001010011\n')).toEqual([['44022919850302123X'], ['440229199001010011']]);
  });

  it('accepts lone CR line ends and a last row without a line end', () => {
    expect(parseTsv('a\tb\rc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including a trailing empty cell of a row', () => {
    expect(parseTsv('\t中\t\r\n')).toEqual([['', '中', '']]);
  });

  it('unwraps a quoted cell holding a line break, a tab and doubled quotes', () => {
    expect(parseTsv('"第一行\r\n第二行"\t"a\tb"\t"他说""好"""\r\nx\ty\tz\r\n')).toEqual([
      ['第一行\r\n第二行', 'a\tb', '他说"好"'],
      ['x', 'y', 'z'],
    ]);
  });

  it('treats a quote inside an unquoted cell as a literal character', () => {
    expect(parseTsv('12"寸\tA"B"\r\n')).toEqual([['12"寸', 'A"B"']]);
  });

  it('returns no rows for empty text and one empty cell for a lone line end', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });
});

describe('formatTsv', () => {
  it('writes rows with CRLF and quotes only cells Excel would misread', () => {
    expect(formatTsv([['张三', '12"寸'], ['a\nb', '"引号开头']])).toBe('张三\t12"寸\r\n"a\nb"\t"""引号开头"\r\n');
  });

  it('round-trips through parseTsv', () => {
    const rows = [
      ['户编号', '备注'],
      ['440229101000000003', '多行\r\n说明\t带制表符'],
      ['', '"'],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });
});
