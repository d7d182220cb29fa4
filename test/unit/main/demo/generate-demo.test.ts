import { describe, expect, it, vi } from 'vitest';
import { HEALTH_STATUSES, RISK_TYPES, WENGYUAN } from '../../../../shared/domain/code-lists';
import { parseFieldValue } from '../../../../shared/domain/field-values';
import { ageOn, normalizeIdNumber, sexOf } from '../../../../shared/domain/id-number';
import { storedFields } from '../../../../shared/domain/records';
import { IdAllocator } from '../../../../main/demo/demo-ids';
import { Rng } from '../../../../main/demo/demo-random';
import {
  demoTown,
  generateDemoHouseholds,
  type DemoHousehold,
  type DemoOptions,
} from '../../../../main/demo/generate-demo';

const AS_OF = '2023-07-01';
const OPTIONS: DemoOptions = { households: 20_000, seed: 7 };
const SAMPLE: DemoHousehold[] = [...generateDemoHouseholds(OPTIONS)];
const MEMBERS = SAMPLE.flatMap((h) => h.members.map((m) => m.values));
const MOBILE = /^1[3-9]\d{9}$/;
const WORKING = new Set(['技能劳动力', '普通劳动力', '弱劳动力或半劳动力']);
const MALE_RELATIONS = new Set(['之子', '之女婿', '之孙子', '之外孙子', '之父']);
const FEMALE_RELATIONS = new Set(['之女', '之儿媳', '之孙女', '之外孙女', '之母']);

const id = (v: Record<string, unknown>): string => v.idNo as string;
const age = (v: Record<string, unknown>): number => ageOn(id(v), AS_OF);
const share = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length / items.length;
const relatives = (h: DemoHousehold, relation: string) => h.members.map((m) => m.values).filter((v) => v.relation === relation);
const headOf = (h: DemoHousehold) => relatives(h, '户主')[0] ?? {};
/** IDs of the members failing `ok`: one assertion per test keeps 80,000 members fast and the failure readable. */
const failing = (members: readonly Record<string, unknown>[], ok: (v: Record<string, unknown>) => boolean): string[] =>
  members.filter((v) => !ok(v)).map(id).slice(0, 5);

describe('demoTown', () => {
  it('describes 翁源县 (440229) and defaults to 龙仙镇 with its seat village 龙仙村', () => {
    const town = demoTown({ households: 1 });
    expect(town).toMatchObject({ county: '翁源县', countyCode: '440229', town: '龙仙镇' });
    expect(town.villages[0]?.name).toBe('龙仙村');
  });

  it('draws 8–20 villages with distinct names ending in 村, each with distinct 村民小组', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { villages } = demoTown({ households: 1, seed });
      expect(villages.length).toBeGreaterThanOrEqual(8);
      expect(villages.length).toBeLessThanOrEqual(20);
      expect(new Set(villages.map((v) => v.name)).size).toBe(villages.length);
      for (const v of villages) {
        expect(v.name).toMatch(/^[\u4e00-\u9fa5]{2,4}村$/);
        expect(v.groups.length).toBeGreaterThanOrEqual(4);
        expect(new Set(v.groups).size).toBe(v.groups.length);
        for (const g of v.groups) expect(g).toMatch(/^(第[一二三四五六七八九十]+村民小组|[\u4e00-\u9fa5]{2}组)$/);
      }
    }
  });

  it('accepts every Wengyuan town and rejects a town outside the county', () => {
    for (const town of WENGYUAN.towns) expect(demoTown({ households: 1, town }).town).toBe(town);
    expect(() => demoTown({ households: 1, town: '天河区' })).toThrow(/不是翁源县的镇/);
  });
});

describe('generateDemoHouseholds: determinism and options', () => {
  it('yields identical households for identical options', () => {
    const again = [...generateDemoHouseholds({ ...OPTIONS, households: 2_000 })];
    expect(again).toEqual(SAMPLE.slice(0, 2_000));
  });

  it('yields a different ledger for a different seed', () => {
    const other = [...generateDemoHouseholds({ households: 200, seed: 8 })];
    expect(other.map((h) => h.members[0]?.values.idNo)).not.toEqual(SAMPLE.slice(0, 200).map((h) => h.members[0]?.values.idNo));
    expect(demoTown({ households: 1, seed: 8 })).not.toEqual(demoTown(OPTIONS));
  });

  it('yields a shorter run as the prefix of a longer one', () => {
    expect([...generateDemoHouseholds({ ...OPTIONS, households: 300 })]).toEqual(SAMPLE.slice(0, 300));
  });

  it('draws nothing from Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    try {
      expect([...generateDemoHouseholds({ ...OPTIONS, households: 100 })]).toEqual(SAMPLE.slice(0, 100));
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('refuses a household count that is not a whole number and a malformed as-of date', () => {
    expect(() => [...generateDemoHouseholds({ households: -1 })]).toThrow(/演示户数/);
    expect(() => [...generateDemoHouseholds({ households: 2.5 })]).toThrow(/演示户数/);
    expect(() => [...generateDemoHouseholds({ households: 1, asOf: '2023-02-30' })]).toThrow(/统计日期/);
  });

  it('computes ages against the as-of option', () => {
    const asOf = '2030-03-15';
    for (const h of generateDemoHouseholds({ households: 500, asOf })) {
      expect(ageOn(id(headOf(h)), asOf)).toBeGreaterThanOrEqual(18);
      for (const m of h.members) expect(id(m.values).slice(6, 14) <= '20300315').toBe(true);
      if (h.values.monitorStart !== null) expect(h.values.monitorStart as string <= '2030-03').toBe(true);
    }
  });
});

describe('generateDemoHouseholds: identities', () => {
  it('places every household in a village and 村民小组 of the town', () => {
    const groups = new Map(demoTown(OPTIONS).villages.map((v) => [v.name, new Set(v.groups)]));
    for (const h of SAMPLE) expect(groups.get(h.village)?.has(h.group)).toBe(true);
  });

  it('numbers households with unique 18-digit 户编号 under 440229', () => {
    const numbers = SAMPLE.map((h) => h.householdNo);
    for (const no of numbers) expect(no).toMatch(/^440229\d{12}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives every member a valid 18-char ID that is already in canonical form', () => {
    const valid = (v: Record<string, unknown>) => {
      const result = normalizeIdNumber(id(v));
      return result.ok && result.idNo === id(v) && !result.upgradedFrom15 && result.disabilitySuffix === null;
    };
    expect(failing(MEMBERS, valid)).toEqual([]);
  });

  it('never repeats an ID across 20,000 households', () => {
    expect(new Set(MEMBERS.map(id)).size).toBe(MEMBERS.length);
  });

  it('issues IDs from 翁源县 except for some people who married in, from elsewhere in Guangdong', () => {
    const outside = MEMBERS.filter((v) => !id(v).startsWith('440229'));
    expect(outside.length / MEMBERS.length).toBeLessThan(0.1);
    expect(outside.length).toBeGreaterThan(0);
    const marriedIn = ['配偶', '之儿媳', '之女婿', '之母'];
    expect(failing(outside, (v) => id(v).startsWith('44') && marriedIn.includes(v.relation as string))).toEqual([]);
  });

  it('keeps IDs unique when the sequence numbers of one birthday run out', () => {
    const sameDay = new (class extends Rng {
      override next(): number {
        return 0;
      }
    })(0);
    const ids = new IdAllocator(1, AS_OF);
    const issued = Array.from({ length: 1_200 }, () => ids.allocate(sameDay, 40, true, 0));
    expect(new Set(issued).size).toBe(issued.length);
    for (const idNo of issued) {
      expect(normalizeIdNumber(idNo).ok).toBe(true);
      expect(sexOf(idNo)).toBe('男');
      expect(ageOn(idNo, AS_OF)).toBe(40);
    }
  });
});

describe('generateDemoHouseholds: families', () => {
  it('builds households of 1–8 members, most often 3 or 4', () => {
    const counts = new Array<number>(9).fill(0);
    for (const h of SAMPLE) counts[h.members.length] = (counts[h.members.length] ?? 0) + 1;
    expect(counts[0]).toBe(0);
    expect(SAMPLE.every((h) => h.members.length >= 1 && h.members.length <= 8)).toBe(true);
    for (let size = 1; size <= 8; size++) expect(counts[size]).toBeGreaterThan(SAMPLE.length * 0.005);
    const mode = counts.indexOf(Math.max(...counts));
    expect([3, 4]).toContain(mode);
  });

  it('has exactly one 户主 per household, an adult living in it', () => {
    const bad = SAMPLE.filter((h) => {
      const heads = relatives(h, '户主');
      return heads.length !== 1 || age(heads[0] ?? {}) < 18 || heads[0]?.status !== '在户';
    });
    expect(bad.map((h) => h.householdNo)).toEqual([]);
  });

  it('has at most one 配偶, an adult of the other sex than the 户主', () => {
    const bad = SAMPLE.filter((h) => {
      const found = relatives(h, '配偶');
      return found.length > 1 || found.some((spouse) => sexOf(id(spouse)) === sexOf(id(headOf(h))) || age(spouse) < 18);
    });
    expect(bad.map((h) => h.householdNo)).toEqual([]);
    expect(share(SAMPLE, (h) => relatives(h, '配偶').length === 1)).toBeGreaterThan(0.5);
  });

  it('matches the sex digit of every ID to the relation (之子 male, 之女 female …)', () => {
    const consistent = (v: Record<string, unknown>) =>
      !(MALE_RELATIONS.has(v.relation as string) && sexOf(id(v)) !== '男') &&
      !(FEMALE_RELATIONS.has(v.relation as string) && sexOf(id(v)) !== '女');
    expect(failing(MEMBERS, consistent)).toEqual([]);
  });

  it('makes children 18–45 years younger than the 户主 and parents at least 20 years older', () => {
    const bad: string[] = [];
    for (const h of SAMPLE) {
      const headAge = age(headOf(h));
      for (const child of [...relatives(h, '之子'), ...relatives(h, '之女')]) {
        if (headAge - age(child) < 18 || headAge - age(child) > 45) bad.push(id(child));
      }
      for (const parent of [...relatives(h, '之父'), ...relatives(h, '之母')]) if (age(parent) - headAge < 20) bad.push(id(parent));
    }
    expect(bad).toEqual([]);
  });

  it('adds a 之儿媳 or 之女婿 only beside an adult son or daughter, and grandchildren only with them', () => {
    let married = 0;
    const bad = SAMPLE.filter((h) => {
      const headAge = age(headOf(h));
      const daughtersInLaw = relatives(h, '之儿媳');
      const sonsInLaw = relatives(h, '之女婿');
      const grandchildren = h.members.map((m) => m.values).filter((v) => /孙/.test(v.relation as string));
      if (grandchildren.length > 0) married++;
      return (
        (daughtersInLaw.length > 0 && !relatives(h, '之子').some((s) => age(s) >= 22)) ||
        (sonsInLaw.length > 0 && !relatives(h, '之女').some((d) => age(d) >= 20)) ||
        [...daughtersInLaw, ...sonsInLaw].some((inLaw) => age(inLaw) < 20) ||
        (grandchildren.length > 0 && daughtersInLaw.length + sonsInLaw.length !== 1) ||
        grandchildren.some((g) => headAge - age(g) < 36)
      );
    });
    expect(bad.map((h) => h.householdNo)).toEqual([]);
    expect(married).toBeGreaterThan(SAMPLE.length * 0.05);
  });

  it('gives Chinese names, and most children the surname of the 户主', () => {
    expect(failing(MEMBERS, (v) => /^[\u4e00-\u9fa5]{2,3}$/.test(v.name as string))).toEqual([]);
    const children = SAMPLE.flatMap((h) => [...relatives(h, '之子'), ...relatives(h, '之女')].map((c) => [c, headOf(h)] as const));
    expect(share(children, ([c, head]) => (c.name as string)[0] === (head.name as string)[0])).toBeGreaterThan(0.8);
  });
});

describe('generateDemoHouseholds: member attributes', () => {
  it('fills exactly one of 文化程度 and 在校生状况, and school grades follow age', () => {
    const plausible = (v: Record<string, unknown>): boolean => {
      const a = age(v);
      const s = v.schooling as string | null;
      if ((v.education === null) === (s === null)) return false;
      if (a < 3) return s === '学龄前儿童';
      if (a <= 5) return s === '学前教育';
      if (a <= 11) return s === '小学';
      if (a <= 14) return s === ['七年级', '八年级', '九年级'][a - 12];
      if (s === null) return true;
      if (a <= 17) return new RegExp(`^(普通高中|中职)${['一', '二', '三'][a - 15] ?? ''}年级$`).test(s);
      if (a <= 22) return /^(普通高中三|高职高专[一二三]|技师学院[一二三四]|本科[一二三四])年级$/.test(s);
      return false;
    };
    expect(failing(MEMBERS, plausible)).toEqual([]);
  });

  it('gives adults an education level plausible for their age, lower for the old', () => {
    expect(failing(MEMBERS, (v) => !(v.education === '大专' && age(v) < 21) && !(v.education === '本科及以上' && age(v) < 22))).toEqual([]);
    const low = (v: Record<string, unknown>) => v.education === '文盲或半文盲' || v.education === '小学';
    const old = MEMBERS.filter((v) => age(v) >= 70);
    const middle = MEMBERS.filter((v) => age(v) >= 30 && age(v) < 50);
    expect(share(old, low)).toBeGreaterThan(share(middle, low) + 0.3);
  });

  it('sets 劳动技能 from age and schooling', () => {
    const workingAge = MEMBERS.filter((v) => age(v) >= 16 && age(v) <= 59 && v.schooling === null);
    const elderly = MEMBERS.filter((v) => age(v) >= 60);
    expect(failing(MEMBERS, (v) => (v.labourSkill === '无劳动力') === (v.schooling !== null || age(v) < 16))).toEqual([]);
    expect(share(workingAge, (v) => v.labourSkill === '普通劳动力' || v.labourSkill === '技能劳动力')).toBeGreaterThan(0.8);
    expect(share(elderly, (v) => v.labourSkill === '丧失劳动力' || v.labourSkill === '弱劳动力或半劳动力')).toBeGreaterThan(0.85);
  });

  it('records health as a set in code-list order, mostly 健康, with a 残疾类别 exactly for the disabled', () => {
    const consistent = (v: Record<string, unknown>): boolean => {
      const health = v.health as string[];
      const disabled = health.includes('残疾');
      return (
        health.length > 0 &&
        health.join() === HEALTH_STATUSES.filter((s) => health.includes(s)).join() &&
        (!health.includes('健康') || health.length === 1) &&
        (v.disabilityType !== null) === disabled &&
        (v.disabilitySuffix !== null) === disabled
      );
    };
    expect(failing(MEMBERS, consistent)).toEqual([]);
    expect(share(MEMBERS, (v) => (v.health as string[])[0] === '健康')).toBeGreaterThan(0.75);
    const ill = (v: Record<string, unknown>) => (v.health as string[])[0] !== '健康';
    expect(share(MEMBERS.filter((v) => age(v) >= 60), ill)).toBeGreaterThan(share(MEMBERS.filter((v) => age(v) < 45), ill));
  });

  it('insures everyone under exactly one medical scheme (the demo is clean for the data check)', () => {
    const plausible = (v: Record<string, unknown>) =>
      !(v.medicalResident === '是' && v.medicalStaff === '是') &&
      !(v.pensionResident === '是' && v.pensionStaff === '是') &&
      !(age(v) < 16 && (v.pensionResident === '是' || v.pensionStaff === '是'));
    expect(failing(MEMBERS, plausible)).toEqual([]);
    expect(failing(MEMBERS, (v) => (v.medicalResident === '是') !== (v.medicalStaff === '是'))).toEqual([]);
  });

  it('grants 低保 and 特困 rarely, never both, and 特困 only to people living alone', () => {
    expect(share(MEMBERS, (v) => v.dibao === '是')).toBeLessThan(0.2);
    expect(share(MEMBERS, (v) => v.tekun === '是')).toBeLessThan(0.03);
    const bad = SAMPLE.filter((h) =>
      h.members.some(
        ({ values: v }) =>
          (v.dibao === '是' && v.tekun === '是') ||
          (v.tekun === '是' && h.members.filter((m) => m.values.status === '在户').length !== 1),
      ),
    );
    expect(bad.map((h) => h.householdNo)).toEqual([]);
  });

  it('keeps most members 在户, with a few 死亡, 迁出 and 婚出 (婚出 only daughters)', () => {
    expect(share(MEMBERS, (v) => v.status === '在户')).toBeGreaterThan(0.95);
    for (const status of ['死亡', '迁出', '婚出']) expect(MEMBERS.some((v) => v.status === status)).toBe(true);
    expect(failing(MEMBERS, (v) => v.status !== '婚出' || v.relation === '之女')).toEqual([]);
  });
});

describe('generateDemoHouseholds: household values', () => {
  it('carries exactly the stored fields of households and members', () => {
    const householdKeys = storedFields('household').map((f) => f.key).filter((k) => k !== 'householdNo' && k !== 'status');
    const memberKeys = storedFields('member').map((f) => f.key);
    for (const h of SAMPLE.slice(0, 500)) {
      expect(Object.keys(h.values).sort()).toEqual([...householdKeys].sort());
      for (const m of h.members) expect(Object.keys(m.values).sort()).toEqual([...memberKeys].sort());
    }
  });

  it('stores only values that parseFieldValue returns unchanged', () => {
    const householdSpecs = storedFields('household').filter((f) => f.key !== 'householdNo' && f.key !== 'status');
    const memberSpecs = storedFields('member');
    const changed: string[] = [];
    const check = (specs: typeof memberSpecs, values: Record<string, unknown>, where: string) => {
      for (const spec of specs) {
        const parsed = parseFieldValue(spec, values[spec.key]);
        if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(values[spec.key])) {
          changed.push(`${where} ${spec.key}=${JSON.stringify(values[spec.key])}`);
        }
      }
    };
    for (const h of SAMPLE.slice(0, 3_000)) {
      check(householdSpecs, h.values, h.householdNo);
      for (const m of h.members) check(memberSpecs, m.values, id(m.values));
    }
    expect(changed.slice(0, 5)).toEqual([]);
  });

  it('is mostly 脱贫户, with 脱贫年度 2016–2020 for 脱贫 households only', () => {
    const type = (t: string) => share(SAMPLE, (h) => h.values.householdType === t);
    expect(type('脱贫户')).toBeGreaterThan(0.6);
    expect(type('脱贫不享受政策户')).toBeGreaterThan(0.15);
    expect(type('一般农户')).toBeGreaterThan(0.03);
    expect(type('一般农户')).toBeLessThan(0.12);
    const bad = SAMPLE.filter((h) => {
      const year = h.values.exitYear;
      return h.values.householdType === '一般农户' ? year !== null : !(typeof year === 'number' && year >= 2016 && year <= 2020);
    });
    expect(bad.map((h) => h.householdNo)).toEqual([]);
  });

  it('makes about 8% monitoring objects, a 一般农户 one only as 边缘易致贫户 or 突发严重困难户', () => {
    const monitored = share(SAMPLE, (h) => h.values.monitorCategory !== null);
    expect(monitored).toBeGreaterThan(0.05);
    expect(monitored).toBeLessThan(0.12);
    const farmers = SAMPLE.filter((h) => h.values.householdType === '一般农户' && h.values.monitorCategory !== null);
    expect(new Set(farmers.map((h) => h.values.monitorCategory))).toEqual(new Set(['边缘易致贫户', '突发严重困难户']));
  });

  it('dates and describes the risks of monitoring objects, and only theirs', () => {
    const plain = SAMPLE.filter((h) => h.values.monitorCategory === null);
    const keys = ['monitorStart', 'risks', 'riskEliminated', 'eliminationMode', 'riskEnd'];
    expect(plain.filter((h) => keys.some((k) => h.values[k] !== null)).map((h) => h.householdNo)).toEqual([]);
    for (const { values: v } of SAMPLE.filter((h) => h.values.monitorCategory !== null)) {
      expect(v.monitorStart).toMatch(/^\d{4}-\d{2}$/);
      expect(v.monitorStart as string <= '2023-07').toBe(true);
      const risks = v.risks as string[];
      expect(risks.length).toBeGreaterThanOrEqual(1);
      expect(risks.length).toBeLessThanOrEqual(3);
      expect(risks).toEqual(RISK_TYPES.filter((r) => risks.includes(r)));
      if (v.riskEliminated === '是') {
        expect(['帮扶消除', '自然消除']).toContain(v.eliminationMode);
        expect(v.riskEnd as string >= (v.monitorStart as string)).toBe(true);
        expect(v.riskEnd as string <= '2023-07').toBe(true);
      } else {
        expect(v.riskEliminated).toBe('否');
        expect([v.eliminationMode, v.riskEnd]).toEqual([null, null]);
      }
    }
  });

  it('marks 整户无劳动能力 exactly when no member can work', () => {
    const canWork = (h: DemoHousehold, homeOnly: boolean) =>
      h.members.some((m) => (!homeOnly || m.values.status === '在户') && WORKING.has(m.values.labourSkill as string));
    // Judged over all members or over 在户 members only, the flag reads the same.
    const bad = SAMPLE.filter((h) => canWork(h, false) !== canWork(h, true) || h.values.noLabourHousehold !== (canWork(h, true) ? '否' : '是'));
    expect(bad.map((h) => h.householdNo)).toEqual([]);
    expect(SAMPLE.some((h) => h.values.noLabourHousehold === '是')).toBe(true);
  });

  it('keeps 两不愁三保障 mostly 是, with 基本医疗 否 exactly where a member is uninsured', () => {
    const bad = SAMPLE.filter((h) => {
      const uninsured = h.members.some((m) => m.values.status === '在户' && m.values.medicalResident === '否' && m.values.medicalStaff === '否');
      return h.values.guaranteeMedical !== (uninsured ? '否' : '是') || h.values.guaranteeFood !== '是' || h.values.guaranteeEducation !== '是';
    });
    expect(bad.map((h) => h.householdNo)).toEqual([]);
    expect(share(SAMPLE, (h) => h.values.guaranteeHousing === '是' && h.values.guaranteeWater === '是')).toBeGreaterThan(0.98);
  });

  it('gives mobile numbers and a named 帮扶责任人 with a phone', () => {
    const mobileOrNull = (phone: unknown) => phone === null || MOBILE.test(phone as string);
    const bad = SAMPLE.filter(
      (h) =>
        !mobileOrNull(h.values.phone) ||
        !/^[\u4e00-\u9fa5]{2,3}$/.test(h.values.helperName as string) ||
        !MOBILE.test(h.values.helperPhone as string) ||
        h.members.some((m) => !mobileOrNull(m.values.phone)),
    );
    expect(bad.map((h) => h.householdNo)).toEqual([]);
    expect(share(SAMPLE, (h) => h.values.phone !== null)).toBeGreaterThan(0.85);
  });
});
