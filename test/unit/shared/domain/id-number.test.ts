import { describe, expect, it } from 'vitest';
import { ageOn, birthDateOf, checkDigit, maskIdNumber, normalizeIdNumber, sexOf } from '../../../../shared/domain/id-number';

// 44022919900101123 + check digit: a Wengyuan (440229) man born 1990-01-01.
const VALID = '44022919900101123' + checkDigit('44022919900101123');

describe('normalizeIdNumber', () => {
  const cases: [string, string | number, { ok: true; idNo: string } | { ok: false; code: string }][] = [
    ['accepts a valid 18-char ID', VALID, { ok: true, idNo: VALID }],
    ['accepts the national sample ID ending in X', '11010519491231002X', { ok: true, idNo: '11010519491231002X' }],
    ['upper-cases a trailing lower-case x', '11010519491231002x', { ok: true, idNo: '11010519491231002X' }],
    ['trims spaces and inner blanks', `  ${VALID.slice(0, 6)} ${VALID.slice(6)} `, { ok: true, idNo: VALID }],
    ['converts full-width digits and Ｘ', '１１０１０５１９４９１２３１００２Ｘ', { ok: true, idNo: '11010519491231002X' }],
    ["strips Excel's leading apostrophe", `'${VALID}`, { ok: true, idNo: VALID }],
    ['strips an ="…" text wrapper', `="${VALID}"`, { ok: true, idNo: VALID }],
    ['upgrades a 15-digit legacy number with century and check digit', '110105491231002', { ok: true, idNo: '11010519491231002X' }],
    ['rejects a wrong check digit', VALID.slice(0, 17) + (VALID[17] === '1' ? '2' : '1'), { ok: false, code: 'id.bad-checksum' }],
    ['rejects scientific notation as lost digits', '4.40229E+17', { ok: false, code: 'id.lost-digits' }],
    ['rejects scientific notation with lower-case e', '4.40229199001011e+17', { ok: false, code: 'id.lost-digits' }],
    ['rejects a number cell as lost digits', 440229199001011000, { ok: false, code: 'id.lost-digits' }],
    ['rejects trailing 000 with a bad checksum as lost digits', '440229199001011000', { ok: false, code: 'id.lost-digits' }],
    ['rejects 17 digits', VALID.slice(0, 17), { ok: false, code: 'id.bad-length' }],
    ['rejects letters inside the number', '4402291990A1011234', { ok: false, code: 'id.bad-characters' }],
    ['rejects an impossible birth date', '440229199002301234', { ok: false, code: 'id.bad-birth-date' }],
    ['rejects an empty cell', '   ', { ok: false, code: 'id.empty' }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = normalizeIdNumber(input);
      if (expected.ok) {
        expect(result).toMatchObject({ ok: true, idNo: expected.idNo });
      } else {
        expect(result).toMatchObject({ ok: false, code: expected.code });
        if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    });
  }

  it('splits a 20-char disability certificate number into ID and suffix', () => {
    expect(normalizeIdNumber(`${VALID}42`)).toEqual({ ok: true, idNo: VALID, upgradedFrom15: false, disabilitySuffix: '42' });
  });

  it('splits a 22-char disability certificate number', () => {
    expect(normalizeIdNumber(`${VALID}4201`)).toMatchObject({ ok: true, idNo: VALID, disabilitySuffix: '4201' });
  });

  it('rejects a disability suffix with an impossible category', () => {
    expect(normalizeIdNumber(`${VALID}92`)).toMatchObject({ ok: false, code: 'id.bad-length' });
  });

  it('says in Chinese that digits lost to Excel cannot be recovered', () => {
    const result = normalizeIdNumber('4.40229E+17');
    expect(!result.ok && result.message).toContain('无法恢复');
  });

  it('marks a 15-digit upgrade', () => {
    expect(normalizeIdNumber('110105491231002')).toMatchObject({ upgradedFrom15: true });
  });
});

describe('facts read from an ID', () => {
  it('reads birth date, sex and age', () => {
    expect(birthDateOf(VALID)).toBe('1990-01-01');
    expect(sexOf(VALID)).toBe('男');
    expect(sexOf('11010519491231002X')).toBe('女');
    expect(ageOn(VALID, '2023-12-31')).toBe(33);
    expect(ageOn(VALID, '2023-01-01')).toBe(33);
    expect(ageOn('11010519491231002X', '2023-12-30')).toBe(73);
  });

  it('masks the middle eight digits for public lists', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
