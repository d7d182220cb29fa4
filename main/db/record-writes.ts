/**
 * Writes to households and members, as a clerk's intentions: create, change fields, remove.
 * Each validates its values with the shared field parsers (the same the grid cell uses), refuses
 * read-only fields, enforces the person key (one 证件号码, one household), and runs as one change
 * set through the mutation path. Removal only changes a status: no record or history is lost.
 */
import { ApiError } from '../../shared/api/errors';
import { parseFieldValue } from '../../shared/domain/field-values';
import { normalizeIdNumber } from '../../shared/domain/id-number';
import { fieldSpec, type FieldValue, type RecordKind } from '../../shared/domain/records';
import { getHousehold, householdIdByNo } from './households';
import { getMember, memberIdByIdNo } from './members';
import { mutate } from './mutate';
import type { Db } from './open';
import { ensureUnit } from './units';

type Patch = Record<string, FieldValue>;

const KIND_LABEL: Record<RecordKind, string> = { household: '户信息', member: '家庭成员' };

/** Canonical values of a patch, or an ApiError naming every bad field in Chinese. */
export function validatePatch(kind: RecordKind, patch: Patch, options: { allowReadOnly?: string[] } = {}): Patch {
  const out: Patch = {};
  const problems: { field: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(patch)) {
    const spec = fieldSpec(kind, key);
    if (!spec) {
      problems.push({ field: key, message: `${KIND_LABEL[kind]}没有“${key}”这一项` });
      continue;
    }
    if (spec.column === undefined) {
      problems.push({ field: key, message: `“${spec.label}”由系统根据成员或证件号码计算，不能直接修改` });
      continue;
    }
    if (!spec.editable && !options.allowReadOnly?.includes(key)) {
      problems.push({ field: key, message: `“${spec.label}”不能直接修改` });
      continue;
    }
    if (kind === 'member' && key === 'idNo') {
      const id = normalizeIdNumber(typeof raw === 'number' ? raw : String(raw ?? ''));
      if (!id.ok) problems.push({ field: key, message: id.message });
      else {
        out.idNo = id.idNo;
        if (id.disabilitySuffix !== null) out.disabilitySuffix = id.disabilitySuffix;
      }
      continue;
    }
    const parsed = parseFieldValue(spec, raw);
    if (parsed.ok) out[key] = parsed.value;
    else problems.push({ field: key, message: parsed.message });
  }
  if (problems.length > 0) {
    throw new ApiError('input.invalid-field', problems.map((p) => p.message).join('；'), { problems });
  }
  return out;
}

function requireFields(kind: RecordKind, values: Patch, keys: string[]): void {
  const missing = keys.filter((k) => values[k] === undefined || values[k] === null);
  if (missing.length > 0) {
    const labels = missing.map((k) => `“${fieldSpec(kind, k)?.label ?? k}”`).join('、');
    throw new ApiError('input.missing-field', `${KIND_LABEL[kind]}缺少必填项：${labels}`, { missing });
  }
}

export function assertPersonFree(db: Db, idNo: string, exceptMemberId: number | null): void {
  const otherId = memberIdByIdNo(db, idNo);
  if (otherId === undefined || otherId === exceptMemberId) return;
  const other = getMember(db, otherId);
  throw new ApiError(
    'member.duplicate-person',
    `证件号码 ${idNo} 已属于 ${other?.village ?? ''} 户编号 ${other?.householdNo ?? ''} 的 ${other?.name ?? ''}：同一人不能同时在两户，请先核对`,
    { idNo, memberId: otherId },
  );
}

export interface CreateHouseholdInput {
  villageId: number;
  group?: string | undefined;
  householdNo: string;
  values?: Patch | undefined;
}

export function createHousehold(db: Db, actor: string, input: CreateHouseholdInput) {
  const householdNo = input.householdNo.trim();
  const values = validatePatch('household', input.values ?? {});
  requireFields('household', values, ['householdType']);
  if (householdIdByNo(db, householdNo) !== undefined) {
    throw new ApiError('household.duplicate-no', `户编号 ${householdNo} 已存在，不能重复建户`, { householdNo });
  }
  const village = db.prepare("SELECT id FROM admin_units WHERE id = ? AND level = 'village'").get(input.villageId);
  if (!village) throw new ApiError('household.unknown-village', '所选的村不存在，请重新选择', { villageId: input.villageId });
  const id = mutate(db, { actor, source: 'edit', label: `新建户 ${householdNo}` }, (m) => {
    const groupName = input.group?.trim();
    const groupId = groupName ? ensureUnit(db, m, 'group', groupName, input.villageId) : null;
    return m.insert('households', { ...values, householdNo, villageId: input.villageId, groupId, status: '在册' });
  });
  return getHousehold(db, id)!;
}

function requireHousehold(db: Db, id: number) {
  const household = getHousehold(db, id);
  if (!household) throw new ApiError('household.not-found', '找不到这一户，可能已被删除，请刷新后重试', { id });
  return household;
}

function requireMember(db: Db, id: number) {
  const member = getMember(db, id);
  if (!member) throw new ApiError('member.not-found', '找不到这位家庭成员，请刷新后重试', { id });
  return member;
}

export function updateHousehold(db: Db, actor: string, id: number, patch: Patch) {
  const household = requireHousehold(db, id);
  const values = validatePatch('household', patch);
  const label = `修改户 ${household.householdNo} 的 ${Object.keys(values).map((k) => fieldSpec('household', k)?.label).join('、')}`;
  mutate(db, { actor, source: 'edit', label }, (m) => m.update('households', id, values));
  return getHousehold(db, id)!;
}

export function removeHousehold(db: Db, actor: string, id: number) {
  const household = requireHousehold(db, id);
  mutate(db, { actor, source: 'edit', label: `注销户 ${household.householdNo}` }, (m) => m.update('households', id, { status: '已注销' }));
  return getHousehold(db, id)!;
}

export function createMember(db: Db, actor: string, householdId: number, patch: Patch) {
  const household = requireHousehold(db, householdId);
  const values = validatePatch('member', patch);
  requireFields('member', values, ['name', 'idNo', 'relation']);
  assertPersonFree(db, values.idNo as string, null);
  const id = mutate(db, { actor, source: 'edit', label: `户 ${household.householdNo} 新增成员 ${String(values.name)}` }, (m) =>
    m.insert('members', { status: '在户', ...values, householdId }),
  );
  return getMember(db, id)!;
}

export function updateMember(db: Db, actor: string, id: number, patch: Patch) {
  const member = requireMember(db, id);
  const values = validatePatch('member', patch);
  if (typeof values.idNo === 'string') assertPersonFree(db, values.idNo, id);
  const label = `修改 ${member.name} 的 ${Object.keys(values).map((k) => fieldSpec('member', k)?.label).join('、')}`;
  mutate(db, { actor, source: 'edit', label }, (m) => m.update('members', id, values));
  return getMember(db, id)!;
}

export function removeMember(db: Db, actor: string, id: number, status: string) {
  const member = requireMember(db, id);
  const values = validatePatch('member', { status });
  mutate(db, { actor, source: 'edit', label: `${member.name} 标记为${status}` }, (m) => m.update('members', id, values));
  return getMember(db, id)!;
}
