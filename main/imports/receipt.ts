/**
 * 错误回执: the rejected rows of an import, in the village's own columns and order, with an added
 * 错误说明 column (row, column, what is wrong, how to fix), one sheet per source sheet. The village
 * corrects it and sends it back; the 错误说明 column is ignored when it is imported again. The
 * footer names the town's 填报单位/填表人/审核人/联系电话 from the ledger profile.
 */
import ExcelJS from 'exceljs';
import { localIsoDate } from '../../shared/domain/periods';
import { EMPTY_PROFILE, profileFooter, type LedgerProfile } from '../../shared/domain/profile';
import { addStyledSheet, workbookBytes } from '../io/write-workbook';
import type { ImportPlan } from './plan';
import type { StagedImport } from './stage';

export interface Receipt {
  fileName: string;
  bytes: Buffer;
  rows: number;
}

export async function buildReceipt(staged: StagedImport, plan: ImportPlan, profile: LedgerProfile = EMPTY_PROFILE): Promise<Receipt> {
  const footer = profileFooter(profile, localIsoDate());
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '守底台账';
  let total = 0;
  for (const info of staged.sheetInfo) {
    const detection = info.detection;
    const sheet = staged.workbook.sheets.find((s) => s.name === info.name);
    const rejected = plan.rows.filter((r) => r.sheet === info.name && plan.outcomes.get(r) === 'rejected');
    if (!detection || !sheet || rejected.length === 0) continue;
    const headers = [...(sheet.rows[detection.headerRow] ?? []).map((h) => h.replace(/\s+/g, ' ').trim()), '错误说明'];
    const width = headers.length - 1;
    const rows = rejected.map((r) => {
      const cells = Array.from({ length: width }, (_, i) => r.cells[i] ?? '');
      const explanation = r.errors.map((e) => `第 ${r.row} 行【${e.column}】${e.message}`).join('；\n');
      return [...cells, explanation];
    });
    total += rows.length;
    addStyledSheet(workbook, {
      name: info.name,
      title: `错误回执：${staged.fileName}（${info.name}）共 ${rows.length} 行需更正`,
      note: '请按“错误说明”逐行更正后重新报送；证件号码一列请保持“文本”格式，不要转成数字。',
      headers,
      rows,
      highlight: [width],
      widths: headers.map((_, i) => (i === width ? 60 : undefined)),
      footer,
    });
  }
  if (total === 0) addStyledSheet(workbook, { name: '错误回执', title: `错误回执：${staged.fileName} 没有需要更正的行`, headers: ['说明'], rows: [['全部行均已通过校验']] });
  const base = staged.fileName.replace(/\.[^.]+$/, '');
  return { fileName: `${base}-错误回执.xlsx`, bytes: await workbookBytes(workbook), rows: total };
}
