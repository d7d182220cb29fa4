import * as XLSX from '@e965/xlsx';
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
      // A CR is written as LF and a tab as a space (no control characters in exports).
      expect(cell.value).toBe(HOSTILE[i]!.replace('\r', '\n').replace('\t', ' '));
    }
  });

  it('never writes control characters into a cell, keeping line breaks', async () => {
    const workbook = new ExcelJS.Workbook();
    const dirty = ['张\u0000三', '李四\u0007\u001B', '备注\r\n第二行', '\u000B王五\u007F'];
    addStyledSheet(workbook, { name: '控制字符', title: '标题\u0008', headers: ['值\u0001'], rows: dirty.map((v) => [v]) });
    const bytes = await workbookBytes(workbook);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = read.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('标题');
    expect(sheet.getRow(2).getCell(1).value).toBe('值');
    expect(dirty.map((_, i) => sheet.getRow(i + 3).getCell(1).value)).toEqual(['张三', '李四', '备注\n第二行', '王五']);
    // Nothing in the sheet XML either (SheetJS reads the raw strings back).
    const raw = XLSX.read(bytes, { type: 'buffer' });
    const texts = XLSX.utils.sheet_to_json<string[]>(raw.Sheets[raw.SheetNames[0]!]!, { header: 1 }).flat().join('');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(texts).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
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
