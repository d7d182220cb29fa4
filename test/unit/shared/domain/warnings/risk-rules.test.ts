import { describe, expect, it } from 'vitest';
import { COST_HEAVY_SELF_PAID } from '../../../../../shared/domain/warnings/rules/cost-heavy-self-paid';
import { GUARANTEE_GAP } from '../../../../../shared/domain/warnings/rules/guarantee-gap';
import { GUARANTEE_UNINSURED_MEMBER } from '../../../../../shared/domain/warnings/rules/guarantee-uninsured-member';
import { RISK_ILLNESS_SCHOOL_WITHOUT_COST } from '../../../../../shared/domain/warnings/rules/risk-illness-school-without-cost';
import { ctx, household, income, member, members } from './builders';

const AUG = ctx('2023-08');

describe('cost.heavy-self-paid', () => {
  it('warns when the 合规自付支出 in force reaches 5000 元, with the family income beside it', () => {
    const h = household({ incomes: [income('2023-07', '36000.00', { selfPaidCost: 500_000 })] });
    const [w, ...rest] = COST_HEAVY_SELF_PAID.evaluate(h, AUG);
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({
      ruleId: 'cost.heavy-self-paid',
      ruleName: '合规自付支出负担重',
      severity: '预警',
      threshold: '5000.00 元',
      figures: { 统计期: '2023-07', 合规自付支出: '5000.00 元', 家庭纯收入: '36000.00 元' },
    });
    expect(w?.message).toContain('合规自付支出 5000.00 元（家庭纯收入 36000.00 元），达到负担较重标准 5000.00 元');
  });

  it('does not warn below 5000 元 or without a record', () => {
    const light = household({ incomes: [income('2023-07', '36000.00', { selfPaidCost: 499_999 })] });
    expect(COST_HEAVY_SELF_PAID.evaluate(light, AUG)).toEqual([]);
    expect(COST_HEAVY_SELF_PAID.evaluate(household({ incomes: [] }), AUG)).toEqual([]);
  });

  it('reads the cost of the record in force, not of a later one', () => {
    const h = household({ incomes: [income('2023-07', '36000.00'), income('2023-09', '36000.00', { selfPaidCost: 800_000 })] });
    expect(COST_HEAVY_SELF_PAID.evaluate(h, AUG)).toEqual([]);
    expect(COST_HEAVY_SELF_PAID.evaluate(h, ctx('2023-09'))).toHaveLength(1);
  });
});

describe('risk.illness-school-without-cost', () => {
  it('reminds when a 因病 household has no 合规自付支出 in its record', () => {
    const [w] = RISK_ILLNESS_SCHOOL_WITHOUT_COST.evaluate(household({ risks: ['因病'] }), AUG);
    expect(w).toMatchObject({ ruleId: 'risk.illness-school-without-cost', severity: '提醒', threshold: null });
    expect(w?.figures).toEqual({ 风险类型: '因病', 统计期: '2023-07' });
    expect(w?.message).toContain('风险类型有因病，但2023年8月适用的收入数据（统计期 2023-07）没有合规自付支出');
  });

  it('treats a 0 cost like an empty one, and names both risks', () => {
    const h = household({ risks: ['因学', '因病'], incomes: [income('2023-07', '36000.00', { selfPaidCost: 0 })] });
    const [w] = RISK_ILLNESS_SCHOOL_WITHOUT_COST.evaluate(h, AUG);
    expect(w?.figures['风险类型']).toBe('因病、因学');
  });

  it('reminds when there is no income record at all', () => {
    const [w] = RISK_ILLNESS_SCHOOL_WITHOUT_COST.evaluate(household({ risks: ['因学'], incomes: [] }), AUG);
    expect(w?.figures['统计期']).toBe('无');
    expect(w?.message).toContain('2023年8月没有适用的收入数据');
  });

  it('stays silent when a cost is recorded or the risks are of another kind', () => {
    const paid = household({ risks: ['因病'], incomes: [income('2023-07', '36000.00', { selfPaidCost: 120_000 })] });
    expect(RISK_ILLNESS_SCHOOL_WITHOUT_COST.evaluate(paid, AUG)).toEqual([]);
    expect(RISK_ILLNESS_SCHOOL_WITHOUT_COST.evaluate(household({ risks: ['因残', '缺劳动力'] }), AUG)).toEqual([]);
  });
});

describe('guarantee.gap', () => {
  it('gives one warning naming every guarantee recorded as 否', () => {
    const h = household({ guaranteeMedical: '否', guaranteeWater: '否' });
    const [w, ...rest] = GUARANTEE_GAP.evaluate(h, AUG);
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({ ruleId: 'guarantee.gap', severity: '预警', figures: { 未保障项目: '基本医疗有保障、饮水安全有保障' } });
    expect(w?.message).toContain('两不愁三保障及饮水安全存在缺口：基本医疗有保障、饮水安全有保障为“否”');
  });

  it('names 吃穿不愁, 义务教育 and 住房安全 gaps in that order', () => {
    const h = household({ guaranteeHousing: '否', guaranteeFood: '否', guaranteeEducation: '否' });
    expect(GUARANTEE_GAP.evaluate(h, AUG)[0]?.figures['未保障项目']).toBe('吃穿不愁、义务教育有保障、住房安全有保障');
  });

  it('does not treat secured or unfilled guarantees as gaps', () => {
    expect(GUARANTEE_GAP.evaluate(household(), AUG)).toEqual([]);
    expect(GUARANTEE_GAP.evaluate(household({ guaranteeWater: null }), AUG)).toEqual([]);
  });
});

describe('guarantee.uninsured-member', () => {
  it('warns once per uninsured 在户 member, naming the member', () => {
    const h = household({ members: [member({ id: 1 }), member({ id: 2, name: '李梅', medicalResident: '否', medicalStaff: null })] });
    const [w, ...rest] = GUARANTEE_UNINSURED_MEMBER.evaluate(h, AUG);
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({
      ruleId: 'guarantee.uninsured-member',
      memberId: 2,
      memberName: '李梅',
      figures: { 参加城乡居民基本医疗保险: '否', 参加城镇职工医保: '未填' },
    });
    expect(w?.message).toContain('家庭成员 李梅 2023年8月未参加基本医疗保险（城乡居民医保：否，城镇职工医保：未填），存在基本医疗保障缺口');
  });

  it('reports each uninsured member in household order', () => {
    const h = household({ members: members(3).map((m) => ({ ...m, medicalResident: null })) });
    expect(GUARANTEE_UNINSURED_MEMBER.evaluate(h, AUG).map((w) => w.memberName)).toEqual(['张三', '李梅', '张小明']);
  });

  it('counts 城镇职工医保 as insured', () => {
    const h = household({ members: [member({ medicalResident: '否', medicalStaff: '是' })] });
    expect(GUARANTEE_UNINSURED_MEMBER.evaluate(h, AUG)).toEqual([]);
  });

  it('does not speak about households out of scope', () => {
    const h = household({ householdType: '一般农户', members: [member({ medicalResident: '否' })] });
    expect(GUARANTEE_UNINSURED_MEMBER.evaluate(h, AUG)).toEqual([]);
  });
});
