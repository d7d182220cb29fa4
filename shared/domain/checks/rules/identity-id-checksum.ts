/** 证件号码校验位 (GB 11643): a stored number whose last character does not match its first 17. */
import { checkDigit } from '../../id-number';
import type { CheckRule } from '../types';
import { memberFinding, memberLabel } from '../wording';

export const IDENTITY_ID_CHECKSUM: CheckRule = {
  id: 'identity.id-checksum',
  name: '证件号码校验位错误',
  severity: '错误',
  description: '证件号码第 18 位与前 17 位算出的校验码不一致（多为录入时抄错一位）',
  reads: ['idNo'],
  evaluate(h) {
    return h.members.flatMap((m) => {
      if (!/^\d{17}[\dX]$/.test(m.idNo)) return [memberFinding(IDENTITY_ID_CHECKSUM, h, m, 'idNo', { 证件号码: m.idNo }, `${memberLabel(h, m)}的证件号码不是 18 位数字（末位可为 X），请对照身份证或户口簿更正。`)];
      const expected = checkDigit(m.idNo.slice(0, 17));
      if (expected === m.idNo[17]) return [];
      return [
        memberFinding(
          IDENTITY_ID_CHECKSUM,
          h,
          m,
          'idNo',
          { 证件号码: m.idNo },
          `${memberLabel(h, m)}的证件号码校验位应为 ${expected}，台账中为 ${m.idNo[17]}，号码中至少有一位抄错，请对照身份证或户口簿更正。`,
        ),
      ];
    });
  },
};
