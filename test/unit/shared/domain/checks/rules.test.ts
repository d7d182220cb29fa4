import { describe, expect, it } from 'vitest';
import { CHECK_RULES, checkHousehold, checkRule, fingerprintOf, findingKey, selectCheckRules, type CheckContext, type CheckHousehold, type CheckMember } from '../../../../../shared/domain/checks';
import { completeIdNumber } from '../../../../../shared/domain/id-number';
import { POLICY_2023 } from '../../../../../shared/domain/policy';

const CONTEXT: CheckContext = { asOf: '2023-07-01', policies: [POLICY_2023] };
let nextId = 1;

/** A valid ID of someone born on `birth` (YYYYMMDD), male or female. */
function idOf(birth: string, male: boolean): string {
  return completeIdNumber(`440229${birth}${String(100 + nextId).slice(-2)}${male ? 1 : 2}`);
}

function member(values: Partial<CheckMember> = {}): CheckMember {
  return {
    id: nextId++,
    name: '张三',
    idNo: idOf('19800101', true),
    relation: '户主',
    status: '在户',
    education: '初中',
    schooling: null,
    health: ['健康'],
    disabilityType: null,
    labourSkill: '普通劳动力',
    medicalResident: '是',
    medicalStaff: '否',
    dibao: '否',
    tekun: '否',
    ...values,
  };
}

function household(values: Partial<CheckHousehold> = {}): CheckHousehold {
  return {
    id: 1,
    householdNo: '440229101000000001',
    village: '青云村',
    headName: '张三',
    householdType: '脱贫户',
    monitorCategory: null,
    memberCountStated: null,
    monitorStart: null,
    risks: [],
    riskEliminated: null,
    eliminationMode: null,
    riskEnd: null,
    noLabourHousehold: '否',
    guaranteeMedical: '是',
    members: [member(), member({ name: '李四', relation: '配偶', idNo: idOf('19820101', false) })],
    incomes: [],
    measures: [],
    ...values,
  };
}

const income = (values: Partial<CheckHousehold['incomes'][number]> = {}): CheckHousehold['incomes'][number] => ({
  id: nextId++,
  period: '2023-06',
  wageIncome: 3_000_000,
  businessIncome: 0,
  propertyIncome: 0,
  transferIncome: 0,
  businessCost: 0,
  claimIncome: null,
  selfPaidCost: null,
  netIncomeStated: null,
  ...values,
});

const employment = (memberId: number, values: Partial<NonNullable<CheckHousehold['employment']>[number]> = {}): NonNullable<CheckHousehold['employment']>[number] => ({
  id: nextId++,
  memberId,
  month: '2023-06',
  employed: true,
  area: '县内',
  province: null,
  city: null,
  county: null,
  channel: '外出务工',
  months: 6,
  monthlyWageFen: 300_000,
  ...values,
});

function run(ruleId: string, h: CheckHousehold, context: CheckContext = CONTEXT) {
  const rule = checkRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return checkHousehold(h, context, [rule]);
}

/** [rule id, a household that passes, a household that fails, a word the message must carry]. */
const CASES: [string, () => CheckHousehold, () => CheckHousehold, string][] = [
  ['identity.id-checksum', () => household(), () => household({ members: [member({ idNo: '44022919800101001X' })] }), '校验位应为'],
  ['household.one-head', () => household(), () => household({ members: [member({ relation: '之子' })] }), '没有户主'],
  [
    'household.spouse-count',
    () => household(),
    () => household({ members: [member(), member({ relation: '配偶', idNo: idOf('19820101', false) }), member({ name: '王五', relation: '配偶', idNo: idOf('19830101', false) })] }),
    '2 位配偶',
  ],
  ['household.spouse-sex', () => household(), () => household({ members: [member(), member({ relation: '配偶', idNo: idOf('19820101', true) })] }), '都是男性'],
  ['household.member-count', () => household({ memberCountStated: 2 }), () => household({ memberCountStated: 3 }), '3 人'],
  [
    'household.no-labour',
    () => household({ noLabourHousehold: '是', members: [member({ labourSkill: '丧失劳动力' })] }),
    () => household({ noLabourHousehold: '是' }),
    '有劳动能力',
  ],
  ['household.risk-end-before-start', () => household({ monitorStart: '2022-03', riskEnd: '2022-09' }), () => household({ monitorStart: '2022-03', riskEnd: '2022-01' }), '早于识别监测时间'],
  ['member.education-xor-schooling', () => household(), () => household({ members: [member({ education: null })] }), '都没有填'],
  [
    'member.schooling-age',
    () => household({ members: [member(), member({ relation: '之子', idNo: idOf('20140301', true), education: null, schooling: '小学' })] }),
    () => household({ members: [member(), member({ relation: '之子', idNo: idOf('20000301', true), education: null, schooling: '小学' })] }),
    '23 岁',
  ],
  ['member.working-age-no-labour', () => household(), () => household({ members: [member({ labourSkill: '无劳动力' })] }), '43 岁'],
  ['insurance.medical-exactly-one', () => household(), () => household({ members: [member({ medicalStaff: '是' })] }), '都填了是'],
  [
    'insurance.medical-guarantee',
    () => household({ guaranteeMedical: '否', members: [member({ medicalResident: '否' })] }),
    () => household({ members: [member({ medicalResident: '否' })] }),
    '未参加基本医疗保险',
  ],
  ['income.negative-component', () => household({ incomes: [income()] }), () => household({ incomes: [income({ propertyIncome: -500 })] }), '财产性'],
  ['income.net-mismatch', () => household({ incomes: [income({ netIncomeStated: 3_000_000 })] }), () => household({ incomes: [income({ netIncomeStated: 2_900_000 })] }), '相差 1000.00'],
  [
    'income.dibao-without-transfer',
    () => household({ members: [member({ dibao: '是' })], incomes: [income({ transferIncome: 200_000 })] }),
    () => household({ members: [member({ dibao: '是' })], incomes: [income()] }),
    '享受低保',
  ],
  [
    'income.illness-without-cost',
    () => household({ risks: ['因病'], riskEliminated: '否', measures: [{ year: 2023, measure: '健康帮扶', startMonth: '2023-02' }] }),
    () => household({ risks: ['因病'], riskEliminated: '否', measures: [{ year: 2023, measure: '产业帮扶', startMonth: '2023-02' }] }),
    '健康帮扶',
  ],
  [
    'income.eliminated-below-line',
    () => household({ riskEliminated: '是', eliminationMode: '帮扶消除', riskEnd: '2023-06', incomes: [income({ wageIncome: 3_000_000 })] }),
    () => household({ riskEliminated: '是', eliminationMode: '帮扶消除', riskEnd: '2023-06', incomes: [income({ wageIncome: 1_500_000 })] }),
    '低于 2023 年监测线',
  ],
  [
    'monitor.no-measure',
    () => household({ monitorCategory: '脱贫不稳定户', monitorStart: '2023-03', riskEliminated: '否', measures: [{ year: 2023, measure: '产业帮扶', startMonth: '2023-04' }] }),
    () => household({ monitorCategory: '脱贫不稳定户', monitorStart: '2023-03', riskEliminated: '否' }),
    '已过 4 个月',
  ],
];

function withEmployment(make: (h: CheckHousehold) => NonNullable<CheckHousehold['employment']>, members?: CheckMember[]): () => CheckHousehold {
  return () => {
    const h = household(members ? { members } : {});
    return { ...h, employment: make(h) };
  };
}

const head = (h: CheckHousehold) => (h.members[0] as CheckMember).id;

const EMPLOYMENT_CASES: [string, () => CheckHousehold, () => CheckHousehold, string][] = [
  ['member.no-labour-employed', withEmployment((h) => [employment(head(h))]), withEmployment((h) => [employment(head(h))], [member({ labourSkill: '丧失劳动力' })]), '丧失劳动力'],
  ['member.dead-later-employment', withEmployment((h) => [employment(head(h))]), withEmployment((h) => [employment((h.members[1] as CheckMember).id)], [member(), member({ relation: '配偶', status: '死亡', idNo: idOf('19820101', false) })]), '死亡'],
  ['employment.employed-fields', withEmployment((h) => [employment(head(h))]), withEmployment((h) => [employment(head(h), { months: 0 })]), '没有填'],
  [
    'employment.outside-place',
    withEmployment((h) => [employment(head(h), { area: '省外', province: '广东省', city: '深圳市', county: '宝安区' })]),
    withEmployment((h) => [employment(head(h), { area: '省外', province: '广东省', city: '深圳市' })]),
    '补填到县',
  ],
  ['employment.public-post', withEmployment((h) => [employment(head(h), { channel: '公益性岗位' })]), withEmployment((h) => [employment(head(h), { channel: '公益性岗位', area: '省外' })]), '应为县内'],
  ['employment.months-max', withEmployment((h) => [employment(head(h), { months: 12 })]), withEmployment((h) => [employment(head(h), { months: 13 })]), '13 个月'],
  ['employment.wage-plausible', withEmployment((h) => [employment(head(h))]), withEmployment((h) => [employment(head(h), { monthlyWageFen: 3500 })]), '35.00'],
  [
    'returnee.follow-up',
    () => ({ ...household(), returnees: [{ id: 9, memberId: 1, returnMonth: '2023-02', followUpDates: ['2023-03-10'] }] }),
    () => ({ ...household(), returnees: [{ id: 9, memberId: 1, returnMonth: '2023-02', followUpDates: ['2023-04-10'] }] }),
    '2023-03 季末',
  ],
];

const NO_LISTS = { assistance: null, insured: null, disability: null };
/** A household with department lists built from its own members' IDs. */
function withLists(lists: (h: CheckHousehold) => Partial<NonNullable<CheckHousehold['departments']>>, values: Partial<CheckHousehold> = {}): () => CheckHousehold {
  return () => {
    const h = household(values);
    return { ...h, departments: { ...NO_LISTS, ...lists(h) } };
  };
}
const ids = (h: CheckHousehold) => h.members.map((m) => m.idNo);
const monitored = { monitorCategory: '突发严重困难户', riskEliminated: '否', monitorStart: '2023-03' };

const DEPARTMENT_CASES: [string, () => CheckHousehold, () => CheckHousehold, string][] = [
  [
    'dept.monitor-without-assistance',
    withLists((h) => ({ assistance: new Map([[ids(h)[0] as string, ['临时救助']]]) }), monitored),
    withLists(() => ({ assistance: new Map([['440229199001010000', ['低保']]]) }), monitored),
    '不在民政救助名单',
  ],
  ['dept.insured-not-on-list', withLists((h) => ({ insured: new Set(ids(h)) })), withLists((h) => ({ insured: new Set(ids(h).slice(1)) })), '不在医保参保名单'],
  [
    'dept.on-list-not-insured',
    withLists((h) => ({ insured: new Set(ids(h)) })),
    withLists((h) => ({ insured: new Set(ids(h)) }), { members: [member({ medicalResident: '否' }), member({ relation: '配偶', idNo: idOf('19820101', false) })] }),
    '台账却填为未参保',
  ],
  [
    'dept.dibao-differs',
    withLists((h) => ({ assistance: new Map([[ids(h)[0] as string, ['临时救助']]]) })),
    withLists((h) => ({ assistance: new Map([[ids(h)[1] as string, ['低保']]]) })),
    '低保对象',
  ],
  [
    'dept.disability-differs',
    withLists(() => ({ disability: new Map() })),
    withLists((h) => ({ disability: new Map([[ids(h)[0] as string, '肢体']]) })),
    '肢体',
  ],
];

describe('data check rules', () => {
  it('has a test case for every rule in the catalogue', () => {
    const tested = [...CASES, ...EMPLOYMENT_CASES, ...DEPARTMENT_CASES].map(([id]) => id).sort();
    expect(tested).toEqual(CHECK_RULES.map((r) => r.id).sort());
  });

  for (const [id, passing, failing, word] of [...CASES, ...EMPLOYMENT_CASES, ...DEPARTMENT_CASES]) {
    it(`${id}: passes consistent data and reports the inconsistent record in Chinese`, () => {
      expect(run(id, passing())).toEqual([]);
      const bad = failing();
      const found = run(id, bad);
      expect(found).toHaveLength(1);
      const f = found[0];
      expect(f?.ruleId).toBe(id);
      expect(f?.message).toContain(word);
      for (const m of bad.members) expect(f?.message).not.toContain(m.idNo);
      expect(Object.keys(f?.read ?? {}).length).toBeGreaterThan(0);
    });
  }

  it('employment rules are silent when no employment data is passed', () => {
    const h = household({ members: [member({ labourSkill: '丧失劳动力' })] });
    const employmentRules = CHECK_RULES.filter((r) => r.id.startsWith('employment.') || r.id.startsWith('returnee.') || r.id.includes('employed') || r.id.includes('employment'));
    expect(employmentRules.length).toBeGreaterThanOrEqual(7);
    expect(checkHousehold(h, CONTEXT, employmentRules)).toEqual([]);
  });

  it('department rules are silent when a list was never imported, and a 残疾类别 difference is its own finding', () => {
    const h = household({ ...monitored, members: [member({ dibao: '是', health: ['残疾'], disabilityType: '视力', medicalResident: '否' })] });
    const deptRules = CHECK_RULES.filter((r) => r.id.startsWith('dept.'));
    expect(checkHousehold({ ...h, departments: NO_LISTS }, CONTEXT, deptRules)).toEqual([]);
    expect(checkHousehold(h, CONTEXT, deptRules)).toEqual([]);
    const differs = checkHousehold({ ...h, departments: { ...NO_LISTS, disability: new Map([[ids(h)[0] as string, '肢体']]) } }, CONTEXT, [checkRule('dept.disability-differs')!]);
    expect(differs.map((f) => f.field)).toEqual(['disabilityType']);
    expect(differs[0]?.message).toContain('残联名单为肢体');
  });

  it('fingerprints change with the values read and keys stay stable', () => {
    const a = run('household.member-count', household({ memberCountStated: 3 }))[0];
    const b = run('household.member-count', household({ memberCountStated: 4 }))[0];
    if (!a || !b) throw new Error('expected findings');
    expect(findingKey(a)).toBe(findingKey(b));
    expect(fingerprintOf(a)).not.toBe(fingerprintOf(b));
    expect(fingerprintOf(a)).toBe(fingerprintOf({ read: { ...a.read } }));
  });

  it('leaves switched-off rules out and refuses unknown rule ids', () => {
    expect(selectCheckRules({ disabled: ['household.one-head'] }).map((r) => r.id)).not.toContain('household.one-head');
    expect(() => selectCheckRules({ ruleIds: ['no.such-rule'] })).toThrow(/no.such-rule/);
  });
});
