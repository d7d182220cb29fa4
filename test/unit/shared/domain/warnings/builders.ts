// Snapshot builders for the warning-rule tests: a household that triggers nothing by default
// (脱贫户 in 青云村, three insured members, 36000.00 元 net income for 2023-07 = 12000.00 元 per
// head, every guarantee secured), so each test states only what makes its case.
import { POLICY_2023 } from '../../../../../shared/domain/policy';
import type {
  HouseholdSnapshot,
  IncomeRecordSnapshot,
  MemberSnapshot,
  WarningContext,
} from '../../../../../shared/domain/warnings/types';

/** Yuan as written in a test ("10419.99") to fen, without floating-point drift. */
export function fen(yuanText: string): number {
  const [whole, part = ''] = yuanText.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

export function member(overrides: Partial<MemberSnapshot> = {}): MemberSnapshot {
  return {
    id: 1,
    name: '张三',
    idNo: '440229198001011234',
    age: 43,
    medicalResident: '是',
    medicalStaff: '否',
    dibao: '否',
    ...overrides,
  };
}

const DEFAULT_NAMES = ['张三', '李梅', '张小明', '张小红', '张大山'];

/** n insured members; the first is the 户主 张三. */
export function members(n: number): MemberSnapshot[] {
  return Array.from({ length: n }, (_, i) => member({ id: i + 1, name: DEFAULT_NAMES[i] ?? `成员${i + 1}` }));
}

/** An income record whose whole 家庭纯收入 is wage income (yuan text), plus any other fields. */
export function income(period: string, netYuan: string, overrides: Partial<IncomeRecordSnapshot> = {}): IncomeRecordSnapshot {
  return {
    period,
    wageIncome: fen(netYuan),
    businessIncome: null,
    propertyIncome: null,
    transferIncome: null,
    businessCost: null,
    claimIncome: null,
    selfPaidCost: null,
    ...overrides,
  };
}

export function household(overrides: Partial<HouseholdSnapshot> = {}): HouseholdSnapshot {
  return {
    id: 1,
    householdNo: 'H001',
    village: '青云村',
    headName: '张三',
    householdType: '脱贫户',
    monitorCategory: null,
    monitorStart: null,
    risks: [],
    riskEliminated: null,
    guaranteeFood: '是',
    guaranteeEducation: '是',
    guaranteeMedical: '是',
    guaranteeHousing: '是',
    guaranteeWater: '是',
    members: members(3),
    incomes: [income('2023-07', '36000.00')],
    measures: [],
    ...overrides,
  };
}

/** A household whose per-capita income for 2023-07 onwards is the given yuan (n members). */
export function householdEarning(perCapitaYuan: string, overrides: Partial<HouseholdSnapshot> = {}, n = 3): HouseholdSnapshot {
  const net = fen(perCapitaYuan) * n;
  return household({
    members: members(n),
    incomes: [income('2023-07', '0', { wageIncome: net })],
    ...overrides,
  });
}

/** A monitoring object (脱贫不稳定户) identified in 2023-07, risk open. */
export function monitored(overrides: Partial<HouseholdSnapshot> = {}): Partial<HouseholdSnapshot> {
  return { monitorCategory: '脱贫不稳定户', monitorStart: '2023-07', risks: ['因务工就业不稳'], riskEliminated: '否', ...overrides };
}

export function ctx(period: string): WarningContext {
  return { period, policy: POLICY_2023 };
}
