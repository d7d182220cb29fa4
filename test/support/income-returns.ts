/** 收入情况表 workbooks generated in the tests (yuan in the sheet, as villages send them). */
import ExcelJS from 'exceljs';

export const INCOME_HEADERS = ['户编号', '户主姓名', '户主证件号码', '统计期', '工资性收入（元）', '生产经营性收入（元）', '财产性收入（元）', '转移性收入（元）', '生产经营性支出（元）', '理赔收入（元）', '合规自付支出（元）', '家庭纯收入（元）'];

export interface IncomeLine {
  householdNo: string;
  headName?: string;
  headIdNo?: string;
  period?: string;
  wage: string;
  business?: string;
  property?: string;
  transfer: string;
  cost?: string;
  claim?: string;
  selfPaid?: string;
  net?: string;
}

export async function incomeXlsx(lines: IncomeLine[], title = '龙仙镇2023年7月收入情况表'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('收入情况表');
  ws.addRow([title]);
  ws.addRow(INCOME_HEADERS);
  for (const l of lines) {
    ws.addRow([l.householdNo, l.headName ?? '', l.headIdNo ?? '', l.period ?? '', l.wage, l.business ?? '', l.property ?? '', l.transfer, l.cost ?? '', l.claim ?? '', l.selfPaid ?? '', l.net ?? '']);
  }
  ws.addRow([]);
  ws.addRow(['填表人：李明', '', '', '审核人：张强']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
