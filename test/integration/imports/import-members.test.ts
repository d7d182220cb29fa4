import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';
import { base64, demoHouseholds, returnCsv, returnSheet, returnTable, returnXls, returnXlsx } from '../../support/member-returns';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

const LAYOUT = { title: '龙仙镇2023年7月家庭成员信息表', groupedHeader: true, footer: true };

/**
 * Every stored value of the ledger tables. updated_at is left out on purpose: an undo is itself a
 * change, so the records it restores carry the time of the undo.
 */
function dump(): string {
  const db = ledger.service.db;
  const all = (table: string) =>
    (db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[]).map(({ updated_at: _ignored, ...rest }) => rest);
  return JSON.stringify({ units: all('admin_units'), households: all('households'), members: all('members') });
}

async function stage(bytes: Uint8Array, fileName = '青云村7月.xlsx', reportMonth?: string) {
  return ledger.call('imports.stage', { fileName, contentBase64: base64(bytes), ...(reportMonth ? { reportMonth } : {}) });
}

async function importTable(table: string[][], fileName = '青云村7月.xlsx') {
  const preview = await stage(await returnXlsx(returnSheet(table, LAYOUT), LAYOUT), fileName);
  const result = await ledger.call('imports.commit', { sessionId: preview.sessionId });
  return { preview, result };
}

describe('importing a village return (家庭成员信息表)', () => {
  it('finds the header under a title, a 填报 line and a grouped header, and imports every member', async () => {
    const { town, households } = demoHouseholds(12);
    const table = returnTable(town, households);
    const { preview, result } = await importTable(table);
    expect(preview.templateName).toBe('家庭成员信息表');
    expect(preview.sheets[0]).toMatchObject({ headerRow: 4, detectedBy: 'headers' });
    expect(preview.reportMonth).toBe('2023-07');
    expect(preview.counts).toMatchObject({ read: table.length - 1, inserted: table.length - 1, rejected: 0 });
    expect(result.counts.inserted).toBe(table.length - 1);
    const info = await ledger.call('ledger.info', {});
    expect(info.counts).toMatchObject({ households: 12, members: table.length - 1 });
    const [batch] = await ledger.call('imports.list', {});
    expect(batch).toMatchObject({ id: result.batchId, fileName: '青云村7月.xlsx', template: 'household-members', reportMonth: '2023-07', status: 'committed' });
    expect(batch!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { town, households } = demoHouseholds(8);
    const table = returnTable(town, households);
    await importTable(table);
    const before = dump();
    const history = (ledger.service.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    const { preview } = await importTable(table);
    expect(preview.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: table.length - 1 });
    expect(dump()).toBe(before);
    expect((ledger.service.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n).toBe(history);
  });

  it('previews changed fields old -> new, new members and members the file no longer lists, and never deletes them', async () => {
    const { town, households } = demoHouseholds(6);
    const table = returnTable(town, households);
    await importTable(table);
    const skill = table[0]!.indexOf('劳动技能');
    const next = table.map((r) => [...r]);
    const changedRow = next.findIndex((r, i) => i > 0 && r[skill] === '普通劳动力');
    next[changedRow]![skill] = '技能劳动力';
    const dropped = next.splice(next.length - 1, 1)[0]!;
    const preview = await stage(await returnXlsx(returnSheet(next, LAYOUT), LAYOUT));
    expect(preview.counts).toMatchObject({ updated: 1, inserted: 0, rejected: 0 });
    expect(preview.missingMembers).toBe(1);
    const changes = await ledger.call('imports.changes', { sessionId: preview.sessionId });
    expect(changes.rows.find((c) => c.kind === 'member-changed')?.fields).toEqual([{ key: 'labourSkill', label: '劳动技能', old: '普通劳动力', new: '技能劳动力' }]);
    expect(changes.rows.find((c) => c.kind === 'member-missing')).toMatchObject({ idNo: dropped[table[0]!.indexOf('证件号码')] });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const idNo = dropped[table[0]!.indexOf('证件号码')]!;
    expect((await ledger.call('members.byIdNo', { idNo })).member.status).toBe('在户');
  });

  it('rejects an ID whose last digits were lost to Excel, blocks the whole file, and leaves the ledger unchanged', async () => {
    const { town, households } = demoHouseholds(5);
    const table = returnTable(town, households);
    const id = table[0]!.indexOf('证件号码');
    table[2]![id] = '4.40229199001011E+17';
    const before = dump();
    const preview = await stage(await returnXlsx(returnSheet(table, LAYOUT), LAYOUT));
    expect(preview.counts.rejected).toBe(1);
    expect(preview.errors[0]).toMatchObject({ row: 6, column: expect.stringContaining('证件号码'), code: 'import.id-number-lost-digits' });
    expect(preview.errors[0]!.message).toContain('无法恢复');
    const refused = await ledger.fail('imports.commit', { sessionId: preview.sessionId });
    expect(refused).toMatchObject({ code: 'import.rows-rejected', message: expect.stringContaining('只导入有效行') });
    expect(dump()).toBe(before);
  });

  it('imports only the valid rows when asked, and gives an error receipt in the village own columns', async () => {
    const { town, households } = demoHouseholds(5);
    const table = returnTable(town, households);
    const id = table[0]!.indexOf('证件号码');
    const relation = table[0]!.indexOf('与户主关系');
    table[3]![relation] = '表哥';
    const preview = await stage(await returnXlsx(returnSheet(table, LAYOUT), LAYOUT));
    const result = await ledger.call('imports.commit', { sessionId: preview.sessionId, acceptValid: true });
    expect(result.counts).toMatchObject({ rejected: 1, inserted: table.length - 2 });
    await expect(ledger.call('members.byIdNo', { idNo: table[3]![id]! })).rejects.toThrow(/member.not-found/);
    await ledger.call('profile.save', { county: '翁源县', town: '龙仙镇', reportingUnit: '龙仙镇乡村振兴办', filledBy: '李小红', reviewedBy: '王建国', phone: '0751 2812345' });
    const receipt = await ledger.call('imports.receipt', { sessionId: preview.sessionId });
    expect(receipt.rows).toBe(1);
    const wb = XLSX.read(Buffer.from(receipt.contentBase64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false });
    const header = rows.find((r) => r.includes('错误说明'))!;
    expect(header.slice(0, -1)).toEqual(table[0]);
    const data = rows[rows.indexOf(header) + 1]!;
    expect(data[id]).toBe(table[3]![id]);
    expect(data.at(-1)).toContain('与户主关系');
    expect(data.at(-1)).toContain('表哥');
    // The footer names who filled and checked it, from the ledger profile.
    const footer = rows.flat().find((c) => typeof c === 'string' && c.startsWith('填报单位：'));
    expect(footer).toContain('填报单位：龙仙镇乡村振兴办');
    expect(footer).toContain('填表人：李小红');
    expect(footer).toContain('审核人：王建国');
    expect(footer).toContain('联系电话：0751-2812345');
  });

  it('rejects both rows of an ID that appears twice in the file', async () => {
    const { town, households } = demoHouseholds(4);
    const table = returnTable(town, households);
    table.push([...table[1]!]);
    const preview = await stage(await returnXlsx(returnSheet(table)));
    expect(preview.errors.filter((e) => e.code === 'import.duplicate-in-file')).toHaveLength(2);
    expect(preview.counts.rejected).toBe(2);
  });

  it('moves a member to another household when the return lists them there', async () => {
    const { town, households } = demoHouseholds(4);
    const table = returnTable(town, households);
    await importTable(table);
    const col = (name: string) => table[0]!.indexOf(name);
    const mover = table.findIndex((r, i) => i > 0 && r[col('与户主关系')] !== '户主');
    const target = table.find((r, i) => i > 0 && r[col('户编号')] !== table[mover]![col('户编号')])!;
    const moved = [...table[mover]!];
    for (const c of ['县', '镇(乡)', '村', '组', '户编号', '户类型', '监测对象类别', '联系电话']) moved[col(c)] = target[col(c)]!;
    const preview = await stage(await returnXlsx(returnSheet([table[0]!, moved])));
    const changes = await ledger.call('imports.changes', { sessionId: preview.sessionId });
    expect(changes.rows[0]).toMatchObject({ kind: 'member-moved', fields: expect.arrayContaining([{ key: 'householdNo', label: '户编号', old: table[mover]![col('户编号')], new: target[col('户编号')] }]) });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const { member } = await ledger.call('members.byIdNo', { idNo: moved[col('证件号码')]! });
    expect(member.householdNo).toBe(target[col('户编号')]);
  });

  it('undo restores the ledger exactly, and the same file then imports as the first time', async () => {
    const { town, households } = demoHouseholds(10);
    const first = returnTable(town, households.slice(0, 5));
    await importTable(first);
    const before = dump();
    const second = returnTable(town, households);
    const skill = second[0]!.indexOf('劳动技能');
    second[1]![skill] = second[1]![skill] === '技能劳动力' ? '普通劳动力' : '技能劳动力';
    const { result } = await importTable(second, '全镇.xlsx');
    expect(result.counts.inserted).toBeGreaterThan(0);
    expect(result.counts.updated).toBeGreaterThan(0);
    const undone = await ledger.call('imports.undo', { batchId: result.batchId });
    expect(undone.status).toBe('undone');
    expect(dump()).toBe(before);
    const again = await importTable(second, '全镇.xlsx');
    expect(again.result.counts).toEqual(result.counts);
    await expect(ledger.call('imports.undo', { batchId: result.batchId })).rejects.toThrow(/already-undone/);
  });

  it('refuses to undo a batch whose records were edited afterwards, naming the edit', async () => {
    const { town, households } = demoHouseholds(3);
    const table = returnTable(town, households);
    const { result } = await importTable(table);
    const { member } = await ledger.call('members.byIdNo', { idNo: table[1]![table[0]!.indexOf('证件号码')]! });
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: '瑶族' } });
    const error = await ledger.fail('imports.undo', { batchId: result.batchId });
    expect(error).toMatchObject({ code: 'import.undo-conflict', message: expect.stringContaining('民族') });
  });

  it('reads the same return from .xls, GBK CSV and UTF-8 CSV with identical results', async () => {
    const { town, households } = demoHouseholds(6);
    const sheet = returnSheet(returnTable(town, households), { title: '龙仙镇2023年7月家庭成员信息表' });
    const counts = [];
    for (const [bytes, name] of [[returnXls(sheet), 'a.xls'], [returnCsv(sheet, 'gbk'), 'b.csv'], [returnCsv(sheet, 'utf8-bom'), 'c.csv']] as const) {
      const preview = await stage(bytes, name);
      expect(preview.templateName, name).toBe('家庭成员信息表');
      counts.push(preview.counts);
      await ledger.call('imports.cancel', { sessionId: preview.sessionId });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
    expect(counts[0]!.rejected).toBe(0);
  });

  it('refuses a corrupt file and a non-spreadsheet with a Chinese message, ledger unchanged', async () => {
    const { town, households } = demoHouseholds(2);
    const good = await returnXlsx(returnSheet(returnTable(town, households)));
    const before = dump();
    const truncated = await ledger.fail('imports.stage', { fileName: '坏文件.xlsx', contentBase64: base64(good.slice(0, Math.floor(good.length / 2))) });
    expect(truncated.code).toMatch(/^import\./);
    expect(truncated.message).toMatch(/[\u4e00-\u9fa5]/);
    const pdf = await ledger.fail('imports.stage', { fileName: '通知.xlsx', contentBase64: base64(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')) });
    expect(pdf.code).toBe('import.not-a-spreadsheet');
    expect(dump()).toBe(before);
  });

  it('maps an unknown layout by hand and remembers the mapping for the next file of that shape', async () => {
    const { town, households } = demoHouseholds(3);
    const table = returnTable(town, households);
    const odd = table.map((r, i) => (i === 0 ? r.map((h) => `字段${h.length}${h}`.replace('字段2姓名', '人名').replace('证件号码', '号码A').replace('与户主关系', '称谓X')) : r));
    const preview = await stage(await returnXlsx(odd));
    expect(preview.templateId).toBeNull();
    const mapping: Record<string, string | null> = {};
    odd[0]!.forEach((_, i) => (mapping[String(i)] = null));
    const col = (name: string) => String(table[0]!.indexOf(name));
    Object.assign(mapping, { [col('姓名')]: 'name', [col('证件号码')]: 'idNo', [col('与户主关系')]: 'relation', [col('户编号')]: 'householdNo', [col('村')]: 'village', [col('户类型')]: 'householdType', [col('县')]: 'county', [col('镇(乡)')]: 'town' });
    const mapped = await ledger.call('imports.remap', { sessionId: preview.sessionId, sheet: preview.sheets[0]!.name, templateId: 'household-members', headerRow: 1, mapping });
    expect(mapped.counts).toMatchObject({ rejected: 0, inserted: table.length - 1 });
    const next = await stage(await returnXlsx(odd), '下个月.xlsx');
    expect(next.sheets[0]).toMatchObject({ detectedBy: 'remembered', templateId: 'household-members' });
  });

  it('shows which villages sent the month return, on time or late, and which did not', async () => {
    const { town, households } = demoHouseholds(30);
    const firstVillage = households[0]!.village;
    await importTable(returnTable(town, households.filter((h) => h.village === firstVillage)));
    const august = await stage(await returnXlsx(returnTable(town, households.filter((h) => h.village !== firstVillage))), '八月.xlsx', '2023-08');
    await ledger.call('imports.commit', { sessionId: august.sessionId });
    const board = await ledger.call('imports.board', { month: '2023-07' });
    expect(board.deadline).toBe('2023-07-20');
    // The July return of the first village was entered today, long after 2023-07-20.
    expect(board.villages.find((v) => v.village === firstVillage)).toMatchObject({ status: 'late', batchId: expect.any(Number) });
    const others = board.villages.filter((v) => v.village !== firstVillage);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((v) => v.status === 'missing')).toBe(true);
  });
});

describe('cancelling an import', () => {
  it('stops a file still being read and leaves nothing staged', async () => {
    const { town, households } = demoHouseholds(400);
    const bytes = await returnXlsx(returnTable(town, households));
    const sessionId = crypto.randomUUID();
    const staging = ledger.service.dispatch('imports.stage', { fileName: '大文件.xlsx', contentBase64: base64(bytes), sessionId });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await ledger.call('imports.cancel', { sessionId })).toEqual({ cancelled: true });
    const result = await staging;
    expect(result).toMatchObject({ ok: false, error: { code: 'import.cancelled' } });
    expect((await ledger.fail('imports.preview', { sessionId })).code).toBe('import.session-expired');
  });
});
