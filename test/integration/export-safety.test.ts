import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addStyledSheet, workbookBytes } from '../../main/io/write-workbook';

const HOSTILE = ['=1+1', "=cmd|' /C calc'!A0", '+SUM(A1)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x","点我")'];

describe('exported workbooks are safe to open', () => {
  it('writes values that look like formulas as plain text cells, never as formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    addStyledSheet(workbook, { name: '测试', title: '标题', headers: ['值'], rows: HOSTILE.map((v) => [v]) });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
    const sheet = read.worksheets[0]!;
    const cells = HOSTILE.map((_, i) => sheet.getRow(i + 3).getCell(1));
    for (const [i, cell] of cells.entries()) {
      expect(cell.type, HOSTILE[i]).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // XML turns a lone CR into LF; the cell stays text either way.
      expect(cell.value).toBe(HOSTILE[i]!.replace('\r', '\n'));
    }
  });

  it('formats every data cell as text so IDs and phone numbers never turn into numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    addStyledSheet(workbook, { name: 'IDs', title: '标题', headers: ['证件号码', '电话'], rows: [['440229199001011234', '13800138000']] });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
    const cell = read.worksheets[0]!.getRow(3).getCell(1);
    expect(cell.value).toBe('440229199001011234');
    expect(cell.numFmt).toBe('@');
  });
});
