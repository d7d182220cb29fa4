import { describe, expect, it } from 'vitest';
import { checkProfile, EMPTY_PROFILE, profileFooter } from '../../../../shared/domain/profile';

describe('ledger profile check', () => {
  it('trims the fields, turns blanks into null and writes a landline with its area code', () => {
    expect(checkProfile({ county: ' 翁源县 ', town: '龙仙镇', reportingUnit: '', filledBy: '李小红', reviewedBy: null, phone: '０７５１ ２８１２３４５' })).toEqual({
      ok: true,
      profile: { county: '翁源县', town: '龙仙镇', reportingUnit: null, filledBy: '李小红', reviewedBy: null, phone: '0751-2812345' },
    });
  });

  it('names every bad field in Chinese', () => {
    const checked = checkProfile({ town: '镇'.repeat(31), phone: '110' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => e.key)).toEqual(['town', 'phone']);
    expect(checked.errors[0]!.message).toBe('“镇(乡)”最多 30 个字');
    expect(checked.errors[1]!.message).toContain('“联系电话”应为 11 位手机号');
  });
});

describe('sheet footer line', () => {
  it('prints the profile with the date', () => {
    const line = profileFooter({ county: '翁源县', town: '龙仙镇', reportingUnit: '龙仙镇乡村振兴办', filledBy: '李小红', reviewedBy: '王建国', phone: '0751-2812345' }, '2023-08-05');
    expect(line).toBe('填报单位：龙仙镇乡村振兴办    填表人：李小红    审核人：王建国    联系电话：0751-2812345    填报日期：2023-08-05');
  });

  it('falls back to the town government as 填报单位 and leaves lines to sign by hand', () => {
    const line = profileFooter({ ...EMPTY_PROFILE, town: '坝仔镇' }, '2023-08-05', { date: '公示日期', phone: '监督电话' });
    expect(line).toBe('填报单位：坝仔镇人民政府    填表人：__________    审核人：__________    监督电话：__________    公示日期：2023-08-05');
  });
});
