import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
const PROFILE = { county: '翁源县', town: '龙仙镇', reportingUnit: '龙仙镇乡村振兴办', filledBy: '李小红', reviewedBy: '王建国', phone: '0751 2812345' };

beforeAll(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 3 });
  await ledger.call('profile.save', PROFILE);
  // One finding, so the 疑点清单 has a village sheet.
  const member = ledger.service.db.prepare("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1").get() as { id: number };
  await ledger.call('members.update', { id: member.id, patch: { medicalStaff: '是' } });
}, 120_000);
afterAll(() => ledger.close());

/** Every sheet's footer lines (填报单位 … 填表人 …), by sheet name. */
function footers(contentBase64: string): Map<string, string[]> {
  const wb = XLSX.read(Buffer.from(contentBase64, 'base64'));
  return new Map(
    wb.SheetNames.map((name) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, raw: false });
      return [name, rows.flat().filter((c): c is string => typeof c === 'string' && c.includes('填报单位：') && c.includes('填表人：'))];
    }),
  );
}

function expectProfileFooter(text: string | undefined) {
  expect(text).toContain('填报单位：龙仙镇乡村振兴办');
  expect(text).toContain('填表人：李小红');
  expect(text).toContain('审核人：王建国');
  expect(text).toContain('联系电话：0751-2812345');
}

describe('generated sheets sign with the ledger profile', () => {
  it.each(['needs-sheet', 'service-sheet', 'returnees'] as const)('prints the profile footer on every sheet of the %s', async (sheet) => {
    const file = await ledger.call('export.employmentSheet', { sheet, quarter: '2023Q3' });
    const found = footers(file.contentBase64);
    expect(found.size).toBeGreaterThan(0);
    for (const [, cells] of found) expectProfileFooter(cells.find((c) => c.includes('填表人')));
  });

  it('prints the profile footer on the 疑点清单', async () => {
    const file = await ledger.call('export.findings', {});
    expect(file.rows).toBeGreaterThan(0);
    for (const [, cells] of footers(file.contentBase64)) expectProfileFooter(cells.find((c) => c.includes('填表人')));
  });

  it('names the profile on the quarter export 说明 sheet', async () => {
    const file = await ledger.call('export.quarter', { quarter: '2023Q3' });
    expectProfileFooter(footers(file.contentBase64).get('说明')?.[0]);
  });

  it('leaves blanks to fill by hand when the profile has no 审核人', async () => {
    await ledger.call('profile.save', { ...PROFILE, reviewedBy: null });
    const file = await ledger.call('export.employmentSheet', { sheet: 'needs-sheet', quarter: '2023Q3' });
    const footer = [...footers(file.contentBase64).values()][0]?.[0];
    expect(footer).toContain('审核人：__________');
    expect(footer).toContain('填表人：李小红');
    await ledger.call('profile.save', PROFILE);
  });
});
