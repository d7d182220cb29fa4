/**
 * 证件号码 (resident ID number, GB 11643-1999) — the person key of the ledger.
 *
 * `normalizeIdNumber` turns whatever a clerk or a spreadsheet typed into the canonical 18-char
 * form, or says exactly why it cannot: trim and drop inner spaces, full-width -> half-width, strip
 * Excel's text wrappers (leading `'`, `="…"`), upper-case X; upgrade 15-digit legacy numbers (insert
 * the century "19" and compute the check digit); split a 20/22-char 残疾人证号 into the ID and its
 * disability suffix. An ID that went through Excel as a number (scientific notation, or 15 significant
 * digits padded with 000) is unrecoverable and is refused as such — never "repaired".
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberErrorCode =
  | 'id.empty'
  | 'id.lost-digits'
  | 'id.bad-length'
  | 'id.bad-characters'
  | 'id.bad-birth-date'
  | 'id.bad-checksum';

export type IdNumberResult =
  | {
      ok: true;
      /** canonical 18-char ID, upper-case X */
      idNo: string;
      /** the input was a 15-digit legacy number, upgraded */
      upgradedFrom15: boolean;
      /** 2 or 4 digits after the ID in a 残疾人证号: category 1–7 then grade 1–4 */
      disabilitySuffix: string | null;
    }
  | { ok: false; code: IdNumberErrorCode; message: string };

/** Full-width ASCII (！..～) and the ideographic space to half-width. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(text: string): string {
  // Nearly every cell is already half-width: skip the two replaces (an import calls this per cell).
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1890 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fail(code: IdNumberErrorCode, message: string): IdNumberResult {
  return { ok: false, code, message };
}

/** Strip Excel/WPS text wrappers and whitespace; half-width; upper-case. */
export function cleanIdText(raw: string): string {
  let text = toHalfWidth(raw).trim();
  const formula = /^="(.*)"$/.exec(text);
  if (formula) text = formula[1] ?? '';
  if (text.startsWith("'")) text = text.slice(1);
  return text.replace(/[\s\u200b]+/g, '').toUpperCase();
}

export function normalizeIdNumber(raw: string | number | null | undefined): IdNumberResult {
  if (raw === null || raw === undefined) return fail('id.empty', '证件号码为空');
  if (typeof raw === 'number') {
    return fail(
      'id.lost-digits',
      `证件号码 ${String(raw)} 被 Excel 当作数字保存，末几位已丢失，无法恢复：请在原表中把该列设为“文本”后重新录入`,
    );
  }
  const text = cleanIdText(raw);
  if (text === '') return fail('id.empty', '证件号码为空');

  if (/^\d(\.\d+)?E\+?\d+$/.test(text)) {
    return fail(
      'id.lost-digits',
      `证件号码“${raw.trim()}”是科学计数法，Excel 已丢掉末几位，无法恢复：请在原表中把该列设为“文本”后重新录入`,
    );
  }
  if (/[^\dX]/.test(text)) {
    return fail('id.bad-characters', `证件号码“${raw.trim()}”含有数字和 X 以外的字符`);
  }
  if (!/^\d{17}[\dX](\d{2}|\d{4})?$/.test(text) && !/^\d{15}$/.test(text)) {
    return fail('id.bad-length', `证件号码“${raw.trim()}”有 ${text.length} 位，应为 18 位（或 15 位旧号码）`);
  }

  if (text.length === 15) {
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
    if (!validBirthDate(first17.slice(6, 14))) {
      return fail('id.bad-birth-date', `证件号码“${text}”中的出生日期不存在`);
    }
    return { ok: true, idNo: first17 + checkDigit(first17), upgradedFrom15: true, disabilitySuffix: null };
  }

  const idNo = text.slice(0, 18);
  const suffix = text.length > 18 ? text.slice(18) : null;
  if (!validBirthDate(idNo.slice(6, 14))) {
    return fail('id.bad-birth-date', `证件号码“${idNo}”中的出生日期 ${idNo.slice(6, 14)} 不存在`);
  }
  if (checkDigit(idNo.slice(0, 17)) !== idNo[17]) {
    if (/000$/.test(idNo) || /0000$/.test(idNo.slice(0, 17))) {
      return fail(
        'id.lost-digits',
        `证件号码“${idNo}”末尾是 000 且校验位不对，应是 Excel 当作数字保存时丢掉了末几位，无法恢复：请核对原始证件后重新录入`,
      );
    }
    return fail('id.bad-checksum', `证件号码“${idNo}”校验位不对（最后一位应为 ${checkDigit(idNo.slice(0, 17))}），请核对是否录错`);
  }
  if (suffix !== null && !/^[1-7][1-4](\d{2})?$/.test(suffix)) {
    return fail('id.bad-length', `“${text}”不是有效的残疾人证号：18 位身份证号后应接残疾类别（1–7）和等级（1–4）`);
  }
  return { ok: true, idNo, upgradedFrom15: false, disabilitySuffix: suffix };
}

/** Birth date (ISO) of a canonical 18-char ID. */
export function birthDateOf(idNo: string): string {
  return `${idNo.slice(6, 10)}-${idNo.slice(10, 12)}-${idNo.slice(12, 14)}`;
}

/** 男 for an odd 17th digit, 女 for even. */
export function sexOf(idNo: string): '男' | '女' {
  return Number(idNo[16]) % 2 === 1 ? '男' : '女';
}

/** Whole years of age on `onDate` (ISO YYYY-MM-DD). */
export function ageOn(idNo: string, onDate: string): number {
  const birth = birthDateOf(idNo);
  let age = Number(onDate.slice(0, 4)) - Number(birth.slice(0, 4));
  if (onDate.slice(5) < birth.slice(5)) age -= 1;
  return age;
}

/** Public-list mask (domain.md §10): 440229********123X. */
export function maskIdNumber(idNo: string): string {
  return idNo.length === 18 ? `${idNo.slice(0, 6)}********${idNo.slice(14)}` : idNo;
}

/** Build a valid ID from its first 17 digits (demo data and test fixtures). */
export function completeIdNumber(first17: string): string {
  return first17 + checkDigit(first17);
}
