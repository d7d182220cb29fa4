import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';
import { base64, demoHouseholds, returnCsv, returnSheet, returnTable, returnXls, returnXlsx } from '../../support/member-returns';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

const LAYOUT = { title: '龙仙镇2023年7月家庭成员信息表', groupedHeader: true, footer: true };
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** A return whose first member's 姓名 and 证件号码 carry control characters pasted from another system. */
function dirtyTable(): { table: string[][]; cleanName: string; cleanId: string } {
  const { town, households } = demoHouseholds(3);
  const table = returnTable(town, households);
  const header = table[0] as string[];
  const nameCol = header.indexOf('姓名');
  const idCol = header.indexOf('证件号码');
  const row = table[1] as string[];
  const cleanName = row[nameCol] as string;
  const cleanId = row[idCol] as string;
  row[nameCol] = `\u0007${cleanName.slice(0, 1)}\u0000${cleanName.slice(1)}\u001B`;
  row[idCol] = `${cleanId}\u0008`;
  return { table, cleanName, cleanId };
}

describe('control characters in imported cells', () => {
  // ExcelJS drops control characters when it writes, so the dirty file is an .xls (BIFF8) written
  // by SheetJS, which keeps them, as old systems' exports do.
  it('strips them from a workbook, says which columns had them, and stores clean text', async () => {
    const { table, cleanName, cleanId } = dirtyTable();
    const preview = await ledger.call('imports.stage', { fileName: '青云村7月.xls', contentBase64: base64(returnXls(table)) });
    const issues = preview.warnings.filter((w) => w.code === 'import.control-chars');
    expect(issues.map((w) => w.column).sort()).toEqual(['姓名', '证件号码']);
    expect(issues[0]?.message).toContain('控制字符');
    expect(preview.errorCount).toBe(0);
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const found = await ledger.call('members.byIdNo', { idNo: cleanId });
    expect(found.member.name).toBe(cleanName);
    const names = ledger.service.db.prepare('SELECT name, id_no AS idNo FROM members').all() as { name: string; idNo: string }[];
    expect(names.some((m) => CONTROL.test(m.name) || CONTROL.test(m.idNo))).toBe(false);
  });

  it('refuses a CSV with control characters as not a text table, importing nothing', async () => {
    const { table } = dirtyTable();
    const error = await ledger.fail('imports.stage', { fileName: '青云村7月.csv', contentBase64: base64(returnCsv(table, 'utf8-bom')) });
    expect(error.code).toBe('import.not-a-spreadsheet');
    expect(error.message).toContain('青云村7月.csv');
    const count = ledger.service.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('leaves a clean file without such warnings', async () => {
    const { town, households } = demoHouseholds(2);
    const preview = await ledger.call('imports.stage', { fileName: '青云村7月.xlsx', contentBase64: base64(await returnXlsx(returnSheet(returnTable(town, households), LAYOUT), LAYOUT)) });
    expect(preview.warnings.filter((w) => w.code === 'import.control-chars')).toEqual([]);
  });
});
