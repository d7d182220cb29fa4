/**
 * Employment workbooks generated in the tests, laid out like real ones: a title with the month, a
 * 填报单位/填报日期 line, the header, the data, a 填表人/审核人 footer. Written with ExcelJS.
 */
import ExcelJS from 'exceljs';

export async function sheetXlsx(title: string, headers: string[], rows: string[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  ws.addRow([title]);
  ws.addRow(['填报单位：龙仙镇人民政府', '', '', '', '填报日期：2023年8月18日']);
  ws.addRow(headers);
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  ws.addRow([]);
  ws.addRow(['填表人：李明', '', '审核人：张强']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const EMPLOYMENT_HEADERS = ['序号', '村', '姓名', '身份证号码', '是否务工', '务工区域', '务工所在省', '务工所在市', '务工所在县', '务工单位', '就业渠道', '开始时间', '务工时间（月）', '月均收入（元）', '交通费补助（元）', '就业需求', '培训需求'];

export interface EmploymentLine {
  village: string;
  name: string;
  idNo: string;
  employed: string;
  region?: string;
  province?: string;
  city?: string;
  county?: string;
  employer?: string;
  channel?: string;
  start?: string;
  months?: string;
  wage?: string;
  subsidy?: string;
  jobNeed?: string;
  trainingNeed?: string;
}

export function employmentXlsx(month: string, lines: EmploymentLine[]): Promise<Uint8Array> {
  const title = `龙仙镇${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月脱贫劳动力就业台账（务工月监测）`;
  const rows = lines.map((l, i) => [
    String(i + 1),
    l.village,
    l.name,
    l.idNo,
    l.employed,
    l.region ?? '',
    l.province ?? '',
    l.city ?? '',
    l.county ?? '',
    l.employer ?? '',
    l.channel ?? '',
    l.start ?? '',
    l.months ?? '',
    l.wage ?? '',
    l.subsidy ?? '',
    l.jobNeed ?? '',
    l.trainingNeed ?? '',
  ]);
  return sheetXlsx(title, EMPLOYMENT_HEADERS, rows, '就业台账');
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
