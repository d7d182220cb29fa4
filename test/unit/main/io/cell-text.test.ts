import { describe, expect, it } from 'vitest';
import { exportCellText, stringCellText, stripControlChars } from '../../../../main/io/cell-text';

describe('control characters in cell text', () => {
  it('removes C0 control characters and DEL from imported text and says so', () => {
    expect(stripControlChars('张\u0000三\u0007\u001B\u007F', true)).toEqual({ text: '张三', removed: true });
    expect(stripControlChars('440229199001011234\u0008', true)).toEqual({ text: '440229199001011234', removed: true });
  });

  it('keeps tab and line feed where a field allows them, and turns them into a space where it does not', () => {
    expect(stripControlChars('长期慢性病\n残疾\t', true)).toEqual({ text: '长期慢性病\n残疾\t', removed: false });
    expect(stripControlChars('长期慢性病\n残疾', false)).toEqual({ text: '长期慢性病 残疾', removed: false });
  });

  it('leaves clean text untouched', () => {
    expect(stripControlChars('翁源县龙仙镇', true)).toEqual({ text: '翁源县龙仙镇', removed: false });
  });

  it('never lets an exported cell carry a control character', () => {
    expect(exportCellText('a\u0000b\u0001c\u001Fd\u007F')).toBe('abcd');
    expect(exportCellText('第一行\r\n第二行\r第三行')).toBe('第一行\n第二行\n第三行');
    expect(exportCellText('\t=1+1')).toBe(' =1+1');
  });

  it('reads string cells as before: the row parsers, not the reader, clean control characters', () => {
    expect(stringCellText("'0123")).toBe('0123');
    expect(stringCellText('张\u0007三')).toBe('张\u0007三');
  });
});
