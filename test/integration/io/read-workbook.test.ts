import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { normalizeIdNumber } from '../../../shared/domain/id-number';
import { detectSheet } from '../../../shared/templates/detect';
import { openByteSource } from '../../../main/io/byte-source';
import { readWorkbook, type WorkbookText } from '../../../main/io/read-workbook';
import { canStreamXlsx } from '../../../main/io/read-xlsx-stream';
import { listZipEntries } from '../../../main/io/zip-directory';
import {
  buildMemberWorkbookXlsx,
  docxLike,
  encryptedOoxml,
  MEMBER_HEADERS,
  memberRows,
  memberRowsAsText,
  toCsvBytes,
  toOds,
  toXls,
  toXlsxWithSheetJs,
  withDeclaredDimension,
  withXlsPassword,
  withZipPart,
} from '../../support/workbooks';

const SHEETJS_ONLY = { streamingThresholdBytes: Number.POSITIVE_INFINITY };
const STREAM_ALWAYS = { streamingThresholdBytes: 0 };

const dir = mkdtempSync(join(tmpdir(), 'shoudi-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

function firstSheet(book: WorkbookText): string[][] {
  return book.sheets[0]?.rows ?? [];
}

describe('readWorkbook formats', () => {
  const rows = memberRows(6);
  const expected = [MEMBER_HEADERS, ...memberRowsAsText(rows)];

  it('reads an xlsx written by ExcelJS as text rows with ISO dates', async () => {
    const book = await readWorkbook({ bytes: await buildMemberWorkbookXlsx(rows), fileName: '青云村.xlsx' });
    expect(book.format).toBe('xlsx');
    expect(book.fileName).toBe('青云村.xlsx');
    expect(book.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(firstSheet(book)).toEqual(expected);
  });

  it('gives the same rows for xls (BIFF8), ods and CSV in UTF-8, UTF-8 with BOM and GBK', async () => {
    const sheet = { name: '家庭成员', rows: [MEMBER_HEADERS, ...rows] };
    const variants: [string, Uint8Array, string][] = [
      ['青云村.xls', toXls([sheet]), 'xls'],
      ['青云村.ods', toOds([sheet]), 'ods'],
      ['青云村.csv', toCsvBytes(expected, 'utf8'), 'csv'],
      ['青云村-bom.csv', toCsvBytes(expected, 'utf8-bom'), 'csv'],
      ['青云村-gbk.csv', toCsvBytes(expected, 'gbk'), 'csv'],
    ];
    for (const [fileName, bytes, format] of variants) {
      const book = await readWorkbook({ bytes, fileName });
      expect(book.format, fileName).toBe(format);
      expect(firstSheet(book), fileName).toEqual(expected);
    }
  });

  it('keeps an 18-digit ID and leading zeros in a CSV as exact text', async () => {
    const csv = toCsvBytes([['姓名', '证件号码', '户编号'], ['张三', '44022919900101123X', '0012']], 'gbk');
    const book = await readWorkbook({ bytes: csv, fileName: '名单.csv' });
    expect(firstSheet(book)[1]).toEqual(['张三', '44022919900101123X', '0012']);
    expect(book.sheets[0]?.name).toBe('名单');
  });

  it('reads CSV in UTF-16 with BOM and an HTML table saved as .xls', async () => {
    const utf16 = Buffer.from('\ufeff姓名,证件号码\r\n张三,44022919900101123X\r\n', 'utf16le');
    expect(firstSheet(await readWorkbook({ bytes: utf16, fileName: 'u.csv' }))).toEqual([['姓名', '证件号码'], ['张三', '44022919900101123X']]);
    const html = '<html><body><table><tr><td>姓名</td><td>证件号码</td></tr><tr><td>张三</td><td>440229199001011234</td></tr></table></body></html>';
    const book = await readWorkbook({ bytes: new TextEncoder().encode(html), fileName: '系统导出.xls' });
    expect(book.format).toBe('xls');
    expect(firstSheet(book)).toEqual([['姓名', '证件号码'], ['张三', '440229199001011234']]);
  });

  it('reads a file from a path', async () => {
    const path = join(dir, '龙仙镇.xlsx');
    writeFileSync(path, await buildMemberWorkbookXlsx(rows));
    const book = await readWorkbook({ path });
    expect(book.fileName).toBe('龙仙镇.xlsx');
    expect(firstSheet(book)).toEqual(expected);
  });
});

describe('readWorkbook cell rules', () => {
  it('turns an ID typed as a number into E-notation that the ID check calls lost digits', async () => {
    const rows = memberRows(1);
    const book = await readWorkbook({ bytes: await buildMemberWorkbookXlsx(rows, { idAsNumber: true }), fileName: 'a.xlsx' });
    const id = firstSheet(book)[1]?.[MEMBER_HEADERS.indexOf('证件号码')] ?? '';
    expect(id).toMatch(/^4\.\d+E\+17$/);
    const checked = normalizeIdNumber(id);
    expect(checked.ok ? null : checked.code).toBe('id.lost-digits');
  });

  it('writes dates as ISO, a year-month format as YYYY-MM, and numbers without float noise', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['日期', '年月', '中文日期', '金额', '小数', '布尔', '错误', '公式', '富文本']);
    const row = sheet.addRow([
      new Date(Date.UTC(2023, 6, 1)),
      new Date(Date.UTC(2023, 6, 1)),
      new Date(Date.UTC(2023, 6, 20)),
      1234.5,
      0.1 + 0.2,
      true,
      { error: '#N/A' },
      { formula: 'D2*2', result: 2469 },
      { richText: [{ text: '因病' }, { text: '、因残' }] },
    ]);
    row.getCell(1).numFmt = 'yyyy/m/d';
    row.getCell(2).numFmt = 'yyyy"年"m"月"';
    row.getCell(3).numFmt = '[$-804]yyyy"年"m"月"d"日";@';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const expected = ['2023-07-01', '2023-07', '2023-07-20', '1234.5', '0.3', 'TRUE', '', '2469', '因病、因残'];
    expect(firstSheet(await readWorkbook({ bytes, fileName: 'a.xlsx' }, SHEETJS_ONLY))[1]).toEqual(expected);
    expect(firstSheet(await readWorkbook({ bytes, fileName: 'a.xlsx' }, STREAM_ALWAYS))[1]).toEqual(expected);
  });

  it('reads the zh-CN built-in date formats (ids 31, 57) that Excel stores without a definition', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['出生日期', '识别监测时间', '金额']);
    const row = sheet.addRow([new Date(Date.UTC(1990, 0, 15)), new Date(Date.UTC(2023, 6, 1)), 45108]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(2).numFmt = 'yyyy/mm';
    const plain = new Uint8Array(await workbook.xlsx.writeBuffer());
    const bytes = withZipPart(plain, 'xl/styles.xml', (xml) =>
      xml
        .replace(/<numFmts\b[\s\S]*?<\/numFmts>/, '')
        .replace(/numFmtId="(\d+)"/g, (all, id: string) => (id === '164' ? 'numFmtId="31"' : id === '165' ? 'numFmtId="57"' : all)),
    );
    for (const limits of [SHEETJS_ONLY, STREAM_ALWAYS]) {
      expect(firstSheet(await readWorkbook({ bytes, fileName: 'a.xlsx' }, limits))[1]).toEqual(['1990-01-15', '2023-07', '45108']);
    }
  });

  it('reads a workbook in the 1904 date system to the same dates', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['日期']);
    sheet.addRow([new Date(Date.UTC(2023, 6, 1))]).getCell(1).numFmt = 'yyyy-mm-dd';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    for (const limits of [SHEETJS_ONLY, STREAM_ALWAYS]) {
      expect(firstSheet(await readWorkbook({ bytes, fileName: 'mac.xlsx' }, limits))[1]).toEqual(['2023-07-01']);
    }
  });

  it('reads every row when the sheet declares a smaller dimension than its data', async () => {
    const rows = memberRows(20);
    const bytes = withDeclaredDimension(toXlsxWithSheetJs([{ name: '成员', rows: [MEMBER_HEADERS, ...rows] }]), 'A1:B2');
    const book = await readWorkbook({ bytes, fileName: '系统导出.xlsx' });
    expect(firstSheet(book)).toEqual([MEMBER_HEADERS, ...memberRowsAsText(rows)]);
  });

  it('returns every sheet in workbook order, an empty one included', async () => {
    const bytes = await buildMemberWorkbookXlsx(memberRows(2), {
      extraSheets: [
        { name: '说明', rows: [] },
        { name: '收入', rows: [['户编号', '工资性收入'], ['001', 100]] },
      ],
    });
    for (const limits of [SHEETJS_ONLY, STREAM_ALWAYS]) {
      const book = await readWorkbook({ bytes, fileName: 'a.xlsx' }, limits);
      expect(book.sheets.map((s) => s.name)).toEqual(['家庭成员', '说明', '收入']);
      expect(book.sheets[1]?.rows).toEqual([]);
      expect(book.sheets[2]?.rows).toEqual([['户编号', '工资性收入'], ['001', '100']]);
    }
  });

  it('keeps the title, grouped header and footer rows at their sheet positions for detection', async () => {
    const bytes = await buildMemberWorkbookXlsx(memberRows(3), {
      title: '龙仙镇青云村2023年7月家庭成员信息表',
      filledIn: '填报单位：青云村委会',
      groupedHeader: true,
      footer: true,
    });
    const rows = firstSheet(await readWorkbook({ bytes, fileName: 'a.xlsx' }));
    const detection = detectSheet(rows);
    expect(detection?.template.id).toBe('household-members');
    expect(detection?.headerRow).toBe(3);
    expect(detection?.dataStartRow).toBe(4);
    expect(detection?.dataEndRow).toBe(7);
    expect(detection?.titleMonth).toBe('2023-07');
  });
});

describe('readWorkbook streaming', () => {
  it('gives identical text from the ExcelJS stream and from SheetJS', async () => {
    const rows = memberRows(1500);
    const bytes = await buildMemberWorkbookXlsx(rows, { title: '青云村家庭成员信息表', groupedHeader: true, footer: true, idAsNumber: false });
    const path = join(dir, 'stream.xlsx');
    writeFileSync(path, bytes);
    const source = openByteSource({ path });
    expect(canStreamXlsx(listZipEntries(source) ?? [])).toBe(true);
    source.close();
    const viaSheetJs = await readWorkbook({ path }, SHEETJS_ONLY);
    const viaStream = await readWorkbook({ path }, STREAM_ALWAYS);
    expect(viaStream.sheets).toEqual(viaSheetJs.sheets);
    expect(viaStream.sha256).toBe(viaSheetJs.sha256);
    expect(viaStream.sheets[0]?.rows.length).toBe(1500 + 5);
    expect(JSON.stringify(viaStream.sheets)).not.toContain('\ufffd');
  });

  it('refuses a sheet with more rows than the limit on both paths', async () => {
    const bytes = await buildMemberWorkbookXlsx(memberRows(30));
    for (const limits of [SHEETJS_ONLY, STREAM_ALWAYS]) {
      const error = await refusal(readWorkbook({ bytes, fileName: '大表.xlsx' }, { ...limits, maxRows: 10 }));
      expect(error.code).toBe('import.too-many-rows');
      expect(error.message).toContain('大表.xlsx');
      expect(error.message).toContain('家庭成员');
    }
  });
});

describe('readWorkbook refusals', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ['a truncated xlsx download', async () => (await buildMemberWorkbookXlsx(memberRows(50))).subarray(0, 2000), 'import.corrupt'],
    ['a PDF renamed .xlsx', () => new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n'), 'import.not-a-spreadsheet'],
    ['random bytes renamed .xlsx', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), 'import.not-a-spreadsheet'],
    ['an empty file', () => new Uint8Array(0), 'import.empty'],
    ['a password-protected xlsx (encrypted OOXML)', () => encryptedOoxml(), 'import.encrypted'],
    ['a password-protected xls', () => withXlsPassword(toXls([{ name: '成员', rows: [MEMBER_HEADERS, ...memberRows(3)] }])), 'import.encrypted'],
  ];
  for (const [label, build, code] of cases) {
    it(`refuses ${label} with ${code} and a Chinese message naming the file`, async () => {
      const error = await refusal(readWorkbook({ bytes: await build(), fileName: '七月报表.xlsx' }));
      expect(error.code).toBe(code);
      expect(error.message).toContain('七月报表.xlsx');
      expect(error.message).toMatch(/[\u4e00-\u9fff]{4}/);
    });
  }

  it('refuses a Word document renamed .xlsx, naming what it is', async () => {
    const error = await refusal(readWorkbook({ bytes: docxLike(), fileName: '七月报表.xlsx' }));
    expect(error.code).toBe('import.not-a-spreadsheet');
    expect(error.message).toContain('Word 文档');
  });

  it('refuses a file larger than the byte limit before reading it', async () => {
    const error = await refusal(readWorkbook({ bytes: await buildMemberWorkbookXlsx(memberRows(10)), fileName: 'big.xlsx' }, { maxBytes: 1000 }));
    expect(error.code).toBe('import.too-large');
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const error = await refusal(readWorkbook({ bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), fileName: '空表.xlsx' }));
    expect(error.code).toBe('import.empty');
    expect(error.message).toContain('空表.xlsx');
  });

  it('refuses content beyond the column limit rather than dropping it', async () => {
    const bytes = await buildMemberWorkbookXlsx(memberRows(2));
    for (const limits of [SHEETJS_ONLY, STREAM_ALWAYS]) {
      const error = await refusal(readWorkbook({ bytes, fileName: '宽表.xlsx' }, { ...limits, maxColumns: 5 }));
      expect(error.code).toBe('import.too-many-columns');
      expect(error.message).toContain('宽表.xlsx');
    }
  });

  it('refuses a missing path with a message, not a raw ENOENT', async () => {
    const error = await refusal(readWorkbook({ path: join(dir, '不存在.xlsx') }));
    expect(error.code).toBe('import.unreadable');
    expect(error.message).toContain('不存在.xlsx');
  });
});
