import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProfile } from '../../../main/db/profile';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

const PROFILE = { county: '翁源县', town: '坝仔镇', reportingUnit: '坝仔镇乡村振兴办', filledBy: '李小红', reviewedBy: '王建国', phone: '0751 2812345' };

function sheetText(contentBase64: string): string[][] {
  const wb = XLSX.read(Buffer.from(contentBase64, 'base64'));
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
}

describe('ledger profile', () => {
  let ledger: TempLedger;
  beforeEach(async () => {
    ledger = await tempLedger();
  });
  afterEach(() => ledger.close());

  it('reports a new ledger as empty and without a profile, so the first run wizard opens', async () => {
    const state = await ledger.call('profile.get', {});
    expect(state).toEqual({
      saved: false,
      emptyLedger: true,
      profile: { county: null, town: null, reportingUnit: null, filledBy: null, reviewedBy: null, phone: null },
    });
  });

  it('creates the county and town of an empty ledger and keeps the profile, with the phone normalised', async () => {
    const saved = await ledger.call('profile.save', PROFILE);
    expect(saved).toEqual({ ...PROFILE, phone: '0751-2812345' });
    const info = await ledger.call('ledger.info', {});
    expect(info).toMatchObject({ county: '翁源县', town: '坝仔镇', counts: { counties: 1, towns: 1, villages: 0 } });
    expect(await ledger.call('profile.get', {})).toMatchObject({ saved: true, emptyLedger: true, profile: { filledBy: '李小红' } });
  });

  it('refuses a bad phone number with a Chinese message and saves nothing', async () => {
    const error = await ledger.fail('profile.save', { ...PROFILE, phone: '12345' });
    expect(error.code).toBe('profile.invalid');
    expect(error.message).toContain('联系电话');
    expect(error.message).toContain('12345');
    expect((await ledger.call('profile.get', {})).saved).toBe(false);
    expect((await ledger.call('ledger.info', {})).counts.towns).toBe(0);
  });

  it('changes the profile of a ledger that already has its town without adding another town', async () => {
    await ledger.call('profile.save', PROFILE);
    const changed = await ledger.call('profile.save', { ...PROFILE, town: '坝仔镇', filledBy: '陈小明', phone: '13800138000' });
    expect(changed).toMatchObject({ filledBy: '陈小明', phone: '13800138000' });
    expect((await ledger.call('ledger.info', {})).counts.towns).toBe(1);
  });

  it('records a profile change in history so 撤销 takes it back', async () => {
    await ledger.call('profile.save', PROFILE);
    await ledger.call('profile.save', { ...PROFILE, filledBy: '陈小明' });
    const undone = await ledger.call('edits.undo', {});
    expect(undone.label).toContain('台账信息');
    expect(readProfile(ledger.service.db).filledBy).toBe('李小红');
    await ledger.call('edits.undo', {});
    expect((await ledger.call('profile.get', {})).saved).toBe(false);
    expect((await ledger.call('ledger.info', {})).counts.towns).toBe(0);
  });

  it('refuses a write to the profile outside the mutation path', () => {
    expect(() =>
      ledger.service.db.prepare("INSERT INTO ledger_profile (id, town, created_at, updated_at) VALUES (1, 'x', 'now', 'now')").run(),
    ).toThrow(/write-outside-mutation/);
  });

  it('prints the profile in the 公示 list footer', async () => {
    await ledger.call('profile.save', PROFILE);
    const file = await ledger.call('export.gongshi', { period: '2023-08', kind: '纳入' });
    const rows = sheetText(file.contentBase64);
    expect(rows[0]![0]).toMatch(/^坝仔镇2023年8月/);
    const footer = rows.flat().find((cell) => cell.includes('填表人'));
    expect(footer).toContain('填报单位：坝仔镇乡村振兴办');
    expect(footer).toContain('填表人：李小红');
    expect(footer).toContain('审核人：王建国');
    expect(footer).toContain('监督电话：0751-2812345');
  });

  it('leaves blank footer parts as lines to sign by hand when no profile was saved', async () => {
    const file = await ledger.call('export.gongshi', { period: '2023-08', kind: '纳入' });
    const footer = sheetText(file.contentBase64).flat().find((cell) => cell.includes('填表人'));
    expect(footer).toMatch(/填表人：_{4,}/);
  });
});

describe('demo ledger from the first run wizard', () => {
  let ledger: TempLedger;
  beforeEach(async () => {
    ledger = await tempLedger();
  });
  afterEach(() => ledger.close());

  it('writes the demo into the town of the profile, refuses a second time, and is undone in one step', async () => {
    await ledger.call('profile.save', { ...PROFILE, town: '江尾镇' });
    const seeded = await ledger.call('demo.seed', { households: 30 });
    expect(seeded).toMatchObject({ households: 30, town: '江尾镇' });
    const info = await ledger.call('ledger.info', {});
    expect(info).toMatchObject({ town: '江尾镇', counts: { towns: 1, households: 30 } });
    const again = await ledger.fail('demo.seed', { households: 30 });
    expect(again.code).toBe('demo.ledger-not-empty');
    await ledger.call('edits.undo', {});
    const after = await ledger.call('ledger.info', {});
    expect(after.counts).toMatchObject({ households: 0, villages: 0, towns: 1 });
    expect((await ledger.call('profile.get', {})).profile.filledBy).toBe('李小红');
  });
});
