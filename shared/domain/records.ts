/**
 * Field specs of the two core records, household (户, domain.md §2) and member (家庭成员, §3).
 *
 * One spec per field drives everything that touches it: the SQL column it lives in, the Chinese
 * header the grids show, the code list its values come from, whether a clerk may edit it, and the
 * parser that validates a typed or pasted value (field-values.ts). Derived fields (户主, 家庭人口数,
 * 性别, 出生日期, 年龄) are read-only: they are computed from members or from the 证件号码.
 */
import type { CodeListName } from './code-lists';

export type FieldKind = 'text' | 'enum' | 'set' | 'int' | 'period' | 'phone' | 'idNo' | 'date';

export interface FieldSpec {
  /** English key used by the API, the grids and the templates (domain.md keys). */
  key: string;
  /** Chinese column header. */
  label: string;
  kind: FieldKind;
  /** SQL column; absent for derived fields computed by the list queries. */
  column?: string;
  codeList?: CodeListName;
  /** A clerk may change it in a grid cell. */
  editable: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  /** Max members of a set (风险类型1…5). */
  maxItems?: number;
  /** Sensitive personal information (domain.md §10): masked in public lists. */
  sensitive?: boolean;
}

export const HOUSEHOLD_FIELDS: readonly FieldSpec[] = [
  { key: 'county', label: '县', kind: 'text', editable: false },
  { key: 'town', label: '镇(乡)', kind: 'text', editable: false },
  { key: 'village', label: '村', kind: 'text', editable: false },
  { key: 'group', label: '组', kind: 'text', editable: false },
  { key: 'householdNo', label: '户编号', kind: 'text', column: 'household_no', editable: false, required: true },
  { key: 'headName', label: '户主姓名', kind: 'text', editable: false },
  { key: 'headIdNo', label: '户主证件号码', kind: 'idNo', editable: false, sensitive: true },
  { key: 'householdType', label: '户类型', kind: 'enum', column: 'household_type', codeList: 'householdType', editable: true, required: true },
  { key: 'monitorCategory', label: '监测对象类别', kind: 'enum', column: 'monitor_category', codeList: 'monitorCategory', editable: true },
  { key: 'exitYear', label: '脱贫年度', kind: 'int', column: 'exit_year', editable: true, min: 2014, max: 2020 },
  { key: 'memberCount', label: '家庭人口数', kind: 'int', editable: false },
  { key: 'phone', label: '联系电话', kind: 'phone', column: 'phone', editable: true, sensitive: true },
  { key: 'monitorStart', label: '识别监测时间', kind: 'period', column: 'monitor_start', editable: true },
  { key: 'risks', label: '风险类型', kind: 'set', column: 'risks', codeList: 'risk', editable: true, maxItems: 5 },
  { key: 'riskEliminated', label: '风险是否已消除', kind: 'enum', column: 'risk_eliminated', codeList: 'yesNo', editable: true },
  { key: 'eliminationMode', label: '风险消除方式', kind: 'enum', column: 'elimination_mode', codeList: 'eliminationMode', editable: true },
  { key: 'riskEnd', label: '风险消除时间', kind: 'period', column: 'risk_end', editable: true },
  { key: 'noLabourHousehold', label: '整户无劳动能力', kind: 'enum', column: 'no_labour_household', codeList: 'yesNo', editable: true },
  { key: 'guaranteeFood', label: '吃穿不愁', kind: 'enum', column: 'guarantee_food', codeList: 'yesNo', editable: true },
  { key: 'guaranteeEducation', label: '义务教育有保障', kind: 'enum', column: 'guarantee_education', codeList: 'yesNo', editable: true },
  { key: 'guaranteeMedical', label: '基本医疗有保障', kind: 'enum', column: 'guarantee_medical', codeList: 'yesNo', editable: true },
  { key: 'guaranteeHousing', label: '住房安全有保障', kind: 'enum', column: 'guarantee_housing', codeList: 'yesNo', editable: true },
  { key: 'guaranteeWater', label: '饮水安全有保障', kind: 'enum', column: 'guarantee_water', codeList: 'yesNo', editable: true },
  { key: 'helperName', label: '帮扶责任人', kind: 'text', column: 'helper_name', editable: true },
  { key: 'helperPhone', label: '帮扶责任人联系电话', kind: 'phone', column: 'helper_phone', editable: true, sensitive: true },
  { key: 'status', label: '状态', kind: 'enum', column: 'status', codeList: 'householdStatus', editable: false },
];

export const MEMBER_FIELDS: readonly FieldSpec[] = [
  { key: 'village', label: '村', kind: 'text', editable: false },
  { key: 'householdNo', label: '户编号', kind: 'text', editable: false },
  { key: 'name', label: '姓名', kind: 'text', column: 'name', editable: true, required: true },
  { key: 'idNo', label: '证件号码', kind: 'idNo', column: 'id_no', editable: true, required: true, sensitive: true },
  { key: 'sex', label: '性别', kind: 'text', editable: false },
  { key: 'birthDate', label: '出生日期', kind: 'date', editable: false },
  { key: 'age', label: '年龄', kind: 'int', editable: false },
  { key: 'relation', label: '与户主关系', kind: 'enum', column: 'relation', codeList: 'relation', editable: true, required: true },
  { key: 'ethnicity', label: '民族', kind: 'text', column: 'ethnicity', editable: true },
  { key: 'political', label: '政治面貌', kind: 'enum', column: 'political', codeList: 'political', editable: true },
  { key: 'education', label: '文化程度', kind: 'enum', column: 'education', codeList: 'education', editable: true },
  { key: 'schooling', label: '在校生状况', kind: 'enum', column: 'schooling', codeList: 'schooling', editable: true },
  { key: 'health', label: '健康状况', kind: 'set', column: 'health', codeList: 'health', editable: true, sensitive: true },
  { key: 'disabilityType', label: '残疾类别', kind: 'enum', column: 'disability_type', codeList: 'disabilityType', editable: true, sensitive: true },
  { key: 'disabilitySuffix', label: '残疾人证号后缀', kind: 'text', column: 'disability_suffix', editable: false, sensitive: true },
  { key: 'labourSkill', label: '劳动技能', kind: 'enum', column: 'labour_skill', codeList: 'labourSkill', editable: true },
  { key: 'phone', label: '联系电话', kind: 'phone', column: 'phone', editable: true, sensitive: true },
  { key: 'medicalResident', label: '参加城乡居民基本医疗保险', kind: 'enum', column: 'medical_resident', codeList: 'yesNo', editable: true },
  { key: 'medicalStaff', label: '参加城镇职工基本医疗保险', kind: 'enum', column: 'medical_staff', codeList: 'yesNo', editable: true },
  { key: 'criticalIllness', label: '参加大病保险', kind: 'enum', column: 'critical_illness', codeList: 'yesNo', editable: true },
  { key: 'pensionResident', label: '参加城乡居民基本养老保险', kind: 'enum', column: 'pension_resident', codeList: 'yesNo', editable: true },
  { key: 'pensionStaff', label: '参加城镇职工基本养老保险', kind: 'enum', column: 'pension_staff', codeList: 'yesNo', editable: true },
  { key: 'dibao', label: '享受低保', kind: 'enum', column: 'dibao', codeList: 'yesNo', editable: true },
  { key: 'tekun', label: '特困供养', kind: 'enum', column: 'tekun', codeList: 'yesNo', editable: true },
  { key: 'status', label: '成员状态', kind: 'enum', column: 'status', codeList: 'memberStatus', editable: true, required: true },
];

export type RecordKind = 'household' | 'member';

export const FIELDS_BY_KIND: Record<RecordKind, readonly FieldSpec[]> = {
  household: HOUSEHOLD_FIELDS,
  member: MEMBER_FIELDS,
};

// An import compares every field of every row: a map, not a scan of the field list per lookup.
const FIELD_BY_KEY: Record<RecordKind, ReadonlyMap<string, FieldSpec>> = {
  household: new Map(HOUSEHOLD_FIELDS.map((f) => [f.key, f])),
  member: new Map(MEMBER_FIELDS.map((f) => [f.key, f])),
};

export function fieldSpec(kind: RecordKind, key: string): FieldSpec | undefined {
  return FIELD_BY_KEY[kind].get(key);
}

/** Stored (column-backed) fields of a record kind. */
export function storedFields(kind: RecordKind): FieldSpec[] {
  return FIELDS_BY_KIND[kind].filter((f) => f.column !== undefined);
}

/** Values as the API carries them: labels for code lists, arrays for sets, YYYY-MM periods. */
export type FieldValue = string | number | string[] | null;
