/**
 * The ledger profile (台账信息): the county and town the ledger is kept for, and the 填报单位,
 * 填表人, 审核人 and 联系电话 that every sheet the town sends up carries in its footer. One module
 * for the field list, the check of a typed profile and the footer line, so the wizard, the 设置
 * view and every exported sheet agree.
 */
import { parseFieldValue, type ParseResult } from './field-values';
import type { FieldSpec } from './records';

export interface LedgerProfile {
  county: string | null;
  town: string | null;
  reportingUnit: string | null;
  filledBy: string | null;
  reviewedBy: string | null;
  phone: string | null;
}

export type ProfileKey = keyof LedgerProfile;

export const PROFILE_FIELDS: readonly (FieldSpec & { key: ProfileKey; max: number })[] = [
  { key: 'county', label: '县', kind: 'text', editable: true, max: 30 },
  { key: 'town', label: '镇(乡)', kind: 'text', editable: true, max: 30 },
  { key: 'reportingUnit', label: '填报单位', kind: 'text', editable: true, max: 60 },
  { key: 'filledBy', label: '填表人', kind: 'text', editable: true, max: 30 },
  { key: 'reviewedBy', label: '审核人', kind: 'text', editable: true, max: 30 },
  { key: 'phone', label: '联系电话', kind: 'phone', editable: true, max: 20 },
];

export const EMPTY_PROFILE: LedgerProfile = { county: null, town: null, reportingUnit: null, filledBy: null, reviewedBy: null, phone: null };

export type ProfileCheck = { ok: true; profile: LedgerProfile } | { ok: false; errors: { key: ProfileKey; message: string }[] };

/** Trim and check every field (blank -> null); a phone is normalised as in the grids (0751-2812345). */
export function checkProfile(input: Partial<Record<ProfileKey, string | null>>): ProfileCheck {
  const profile: LedgerProfile = { ...EMPTY_PROFILE };
  const errors: { key: ProfileKey; message: string }[] = [];
  for (const spec of PROFILE_FIELDS) {
    const raw = input[spec.key];
    const parsed: ParseResult = parseFieldValue(spec, raw ?? null);
    if (!parsed.ok) errors.push({ key: spec.key, message: parsed.message });
    else if (typeof parsed.value === 'string' && parsed.value.length > spec.max) errors.push({ key: spec.key, message: `“${spec.label}”最多 ${spec.max} 个字` });
    else profile[spec.key] = typeof parsed.value === 'string' ? parsed.value : null;
  }
  return errors.length === 0 ? { ok: true, profile } : { ok: false, errors };
}

export interface FooterLabels {
  /** 填报日期 on a return, 公示日期 on a 公示 list. */
  date?: string;
  /** 联系电话 on a return; a 公示 list names the office phone 监督电话 (where to raise objections). */
  phone?: string;
}

/**
 * The signature line under a sheet's data: "填报单位：… 填表人：… 审核人：… 联系电话：… 填报日期：…".
 * A blank part is printed with room to sign by hand, as on the paper forms.
 */
export function profileFooter(profile: LedgerProfile, date: string, labels: FooterLabels = {}): string {
  const blank = '__________';
  const part = (label: string, value: string | null) => `${label}：${value ?? blank}`;
  return [
    part('填报单位', profile.reportingUnit ?? (profile.town ? `${profile.town}人民政府` : null)),
    part('填表人', profile.filledBy),
    part('审核人', profile.reviewedBy),
    part(labels.phone ?? '联系电话', profile.phone),
    part(labels.date ?? '填报日期', date),
  ].join('    ');
}
