import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addStyledSheet, workbookBytes } from '../../../main/io/write-workbook';

describe('styled sheets', () => {
  it('gives every data cell text format and borders, and the highlighted column red wrapped text, whatever the row count', async () => {
    const workbook = new ExcelJS.Workbook();
    const rows = Array.from({ length: 300 }, (_, i) => [String(i + 1), `44022919900101${String(i).padStart(4, '0')}`, i % 2 ? '证件号码校验位不对' : '']);
    addStyledSheet(workbook, { name: '错误回执', title: '错误回执', headers: ['序号', '证件号码', '错误说明'], rows, highlight: [2] });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
    const ws = read.worksheets[0]!;
    for (const r of [3, 150, 302]) {
      const [id, note] = [ws.getRow(r).getCell(2), ws.getRow(r).getCell(3)];
      expect(id.value).toBe(rows[r - 3]![1]);
      expect(id.numFmt).toBe('@');
      expect(id.border?.bottom?.style).toBe('thin');
      expect(id.alignment).toMatchObject({ vertical: 'top' });
      expect(id.alignment?.wrapText ?? false).toBe(false);
      expect(id.font?.color?.argb).toBeUndefined();
      expect(note.font?.color?.argb).toBe('FFC00000');
      expect(note.alignment).toMatchObject({ vertical: 'top', wrapText: true });
      expect(note.border?.left?.style).toBe('thin');
    }
  });
});
