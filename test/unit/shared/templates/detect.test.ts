import { INCOME_SUB_ITEMS } from '../../../../shared/domain/income';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '../../../../shared/domain/records';
import { detectSheet, detectWithMapping, normalizeHeader, rowFields, shapeKey, type Detection } from '../../../../shared/templates/detect';
import { HOUSEHOLD_MEMBERS_TEMPLATE, INCOME_TEMPLATE, TEMPLATES, templateById } from '../../../../shared/templates/index';

const ID_A = '440229199001011234';
const ID_B = '44022919920202002X';

function keyOf(detection: Detection | null, header: string): string | null | undefined {
  return detection?.columns.find((c) => c.header === header)?.key;
}

function keys(detection: Detection | null): (string | null)[] {
  return detection?.columns.map((c) => c.key) ?? [];
}

describe('normalizeHeader', () => {
  it('ignores width, brackets, spaces, line breaks, required marks, units and sequence numbers', () => {
    expect(normalizeHeader('镇（乡）')).toBe('镇(乡)');
    expect(normalizeHeader('【必填】证件号码')).toBe('证件号码');
    expect(normalizeHeader('*姓 名')).toBe('姓名');
    expect(normalizeHeader('证件号码\n（身份证号）')).toBe('证件号码(身份证号)');
    expect(normalizeHeader('工资性收入（元）')).toBe('工资性收入');
    expect(normalizeHeader('①家庭人口数（人）※')).toBe('家庭人口数');
    expect(normalizeHeader('3. 务工时间(月)')).toBe('务工时间');
    expect(normalizeHeader('人均纯收入(元/人)')).toBe('人均纯收入');
    expect(normalizeHeader('姓名(必填)')).toBe('姓名');
    expect(normalizeHeader('ＩＤ')).toBe('id');
  });
});

describe('template specs', () => {
  it('use the field keys of records.ts and never let one alias stand for two fields', () => {
    const fieldKeys = new Set([...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS].map((f) => f.key));
    const ownKeys = new Set(['memberCountStated', 'memberPhone', 'reportMonth', 'period', 'wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost', 'netIncomeStated', 'perCapitaStated', 'assistanceType', 'startDate', 'coveredCount']);
    // The employment workbooks' own keys (shared/templates/employment.ts).
    const employmentKeys = ['town', 'employed', 'region', 'workProvince', 'workCity', 'workCounty', 'employer', 'channel', 'startMonth', 'monthsWorked', 'monthlyWage', 'transportSubsidy', 'jobNeed', 'trainingNeed', 'trainingKind', 'wishedJob', 'wishedRegion', 'needKinds', 'serviceDate', 'serviceKind', 'post', 'project', 'result', 'guidanceCount', 'trainingCount', 'recommendationCount', 'met', 'reason', 'quarter', 'age', 'situation', 'originPlace', 'originEmployer', 'originRegion', 'returnDate', 'jobWish', 'trainingWish', 'servicesSoFar', 'lastServiceDate', 'reemployDate', 'reemployEmployer', 'reemployMode', 'leftAgainMonth', 'status', 'note'];
    for (const key of employmentKeys) ownKeys.add(key);
    // The 医保 and 残联 lists' own keys (shared/templates/department-lists.ts).
    for (const key of ['insuranceKind', 'insuredStatus', 'disabilityKind', 'disabilityGrade', 'certificateNo']) ownKeys.add(key);
    for (const template of TEMPLATES) {
      const seen = new Map<string, string>();
      for (const column of template.columns) {
        const subItem = column.key.startsWith('sub:') && INCOME_SUB_ITEMS.some((item) => `sub:${item.key}` === column.key);
        expect(fieldKeys.has(column.key) || ownKeys.has(column.key) || subItem, `${template.id}.${column.key}`).toBe(true);
        for (const text of [column.header, ...(column.aliases ?? [])]) {
          const normal = normalizeHeader(text);
          const other = seen.get(normal);
          expect(other === undefined || other === column.key, `${template.id}: "${text}" is ${other} and ${column.key}`).toBe(true);
          seen.set(normal, column.key);
        }
      }
      expect(template.columns.some((c) => c.identifying)).toBe(true);
    }
    expect(templateById('income')).toBe(INCOME_TEMPLATE);
    expect(templateById('nope')).toBeUndefined();
  });
});

describe('detectSheet', () => {
  it('finds the field row under a title row and a 填报单位/填报日期 line, preferring the title month', () => {
    const rows = [
      ['龙仙镇青云村2023年7月家庭成员信息表'],
      ['填报单位：青云村委会', '', '', '', '填报日期：2023年8月20日'],
      ['县', '镇', '村', '户编号', '姓名', '证件号码', '与户主关系'],
      ['翁源县', '龙仙镇', '青云村', '001', '张三', ID_A, '户主'],
      ['翁源县', '龙仙镇', '青云村', '001', '李四', ID_B, '配偶'],
    ];
    const detection = detectSheet(rows);
    expect(detection?.template.id).toBe('household-members');
    expect(detection?.headerRow).toBe(2);
    expect(detection?.dataStartRow).toBe(3);
    expect(detection?.dataEndRow).toBe(5);
    expect(detection?.titleMonth).toBe('2023-07');
    expect(keys(detection)).toEqual(['county', 'town', 'village', 'householdNo', 'name', 'idNo', 'relation']);
  });

  it('takes the month from the 填报日期 line when the title names none', () => {
    const rows = [['青云村家庭成员信息表'], ['填报单位：青云村', '填报日期：2023-09-18'], ['姓名', '身份证号', '与户主关系'], ['张三', ID_A, '户主']];
    expect(detectSheet(rows)?.titleMonth).toBe('2023-09');
    expect(detectSheet([['姓名', '身份证号', '与户主关系'], ['张三', ID_A, '户主']])?.titleMonth).toBeNull();
  });

  it('reads a grouped header row of merged cells above the field row', () => {
    const rows = [
      ['青云村家庭成员信息表'],
      ['基本信息', '', '', '户主信息', '', '家庭成员', '', '', '两不愁三保障', '', '帮扶责任人', ''],
      ['县', '镇(乡)', '村', '姓名', '证件号码', '姓名', '证件号码', '与户主关系', '义务教育', '住房安全', '姓名', '联系电话'],
      ['翁源县', '龙仙镇', '青云村', '张三', ID_A, '张三', ID_A, '户主', '是', '是', '王干部', '13800138000'],
    ];
    const detection = detectSheet(rows);
    expect(detection?.headerRow).toBe(2);
    expect(keys(detection)).toEqual([
      'county', 'town', 'village', 'headName', 'headIdNo', 'name', 'idNo', 'relation', 'guaranteeEducation', 'guaranteeHousing', 'helperName', 'helperPhone',
    ]);
    expect(keyOf(detection, '户主信息/姓名')).toBe('headName');
    expect(detection?.dataStartRow).toBe(3);
  });

  it('reads a two-row header whose single fields are merged down over both rows', () => {
    const rows = [
      ['县', '村', '家庭成员', '', '', '参保情况', ''],
      ['', '', '姓名', '身份证号码', '与户主的关系', '城乡居民基本医疗保险', '城乡居民养老保险'],
      ['翁源县', '青云村', '张三', ID_A, '户主', '是', '否'],
    ];
    const detection = detectSheet(rows);
    expect(detection?.headerRow).toBe(1);
    expect(keys(detection)).toEqual(['county', 'village', 'name', 'idNo', 'relation', 'medicalResident', 'pensionResident']);
    expect(detection?.columns[0]?.header).toBe('县');
  });

  it('stops the data before 填表人/审核人 footers, 合计 rows and trailing blank rows', () => {
    const rows = [
      ['姓名', '证件号码', '与户主关系'],
      ['1', '2', '3'],
      ['张三', ID_A, '户主'],
      [],
      ['李四', ID_B, '配偶'],
      ['', ''],
      ['合计', '2人'],
      ['填表人：李小红', '', '审核人：王建国'],
    ];
    const detection = detectSheet(rows);
    expect(detection?.dataStartRow).toBe(2);
    expect(detection?.dataEndRow).toBe(5);
    const footerOnly = detectSheet([['姓名', '证件号码', '与户主关系'], ['张三', ID_A, '户主'], [], [], ['填表人：李小红  审核人：王建国  联系电话：0751-2812345']]);
    expect(footerOnly?.dataEndRow).toBe(2);
  });

  it('matches aliases across widths and brackets, line breaks and (必填) marks', () => {
    const rows = [
      ['乡（镇）', '村（社区）', '村民小组', '户号', '检测对象类别', '公民身份号码\n（必填）', '*姓名', '与户主的关系', '参加城乡居民基本医疗保险（是/否）', '家庭人口数（人）'],
      ['龙仙镇', '青云村', '一组', '001', '脱贫不稳定户', ID_A, '张三', '户主', '是', '3'],
    ];
    expect(keys(detectSheet(rows))).toEqual(['town', 'village', 'group', 'householdNo', 'monitorCategory', 'idNo', 'name', 'relation', 'medicalResident', 'memberCountStated']);
  });

  it('accepts columns in any order with extra unknown columns, leaving those unmapped', () => {
    const rows = [
      ['序号', '与户主关系', '备用列', '证件号码', '姓名', '填报月份'],
      ['1', '户主', 'x', ID_A, '张三', '2023年7月'],
    ];
    const detection = detectSheet(rows);
    expect(keys(detection)).toEqual([null, 'relation', null, 'idNo', 'name', 'reportMonth']);
    expect(detection?.columns.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(detection?.missingRequired).toEqual([]);
  });

  it('maps 风险类型1…5 to risks and joins their values; a repeated single field stays unmapped', () => {
    const rows = [
      ['姓名', '证件号码', '与户主关系', '风险类型1', '风险类型2', '风险类型3', '风险类型4', '风险类型5', '姓名'],
      ['张三', ID_A, '户主', '因病', '', '因残', '', '', '张三'],
    ];
    const detection = detectSheet(rows);
    expect(keys(detection)).toEqual(['name', 'idNo', 'relation', 'risks', 'risks', 'risks', 'risks', 'risks', null]);
    expect(rowFields(detection as Detection, rows[1] ?? [])).toEqual({ name: '张三', idNo: ID_A, relation: '户主', risks: '因病、因残' });
  });

  it('recognises an income sheet and an assistance list', () => {
    const income = detectSheet([
      ['龙仙镇2023年收入情况表'],
      ['户编号', '户主姓名', '户主身份证号', '统计期', '工资性收入（元）', '生产经营性收入（元）', '财产性收入', '转移性收入', '生产经营性支出', '年人均纯收入'],
      ['001', '张三', ID_A, '2023-06', '12000', '3000', '0', '2400', '800', '5533.33'],
    ]);
    expect(income?.template.id).toBe('income');
    expect(keyOf(income, '年人均纯收入')).toBe('perCapitaStated');
    expect(income?.titleMonth).toBeNull();
    const assistance = detectSheet([
      ['翁源县民政局低保特困人员名单'],
      ['序号', '县(区)', '乡镇', '村(居)', '姓名', '身份证号码', '保障类型', '起始时间', '保障人数'],
      ['1', '翁源县', '龙仙镇', '青云村', '张三', ID_A, '低保', '2022-01-01', '3'],
    ]);
    expect(assistance?.template.id).toBe('assistance-list');
    expect(keys(assistance)).toEqual([null, 'county', 'town', 'village', 'name', 'idNo', 'assistanceType', 'startDate', 'coveredCount']);
  });

  it('recognises the 医保 参保 list and the 残联 list by their kind column', () => {
    const insured = detectSheet([
      ['龙仙镇城乡居民医保参保名单'],
      ['序号', '乡镇', '参保人姓名', '公民身份号码', '险种类型', '参保状态', '参保时间'],
      ['1', '龙仙镇', '张三', ID_A, '城乡居民基本医疗保险', '正常参保', '2023-01-01'],
    ]);
    expect(insured?.template.id).toBe('insured-list');
    expect(keys(insured)).toEqual([null, 'town', 'name', 'idNo', 'insuranceKind', 'insuredStatus', 'startDate']);
    const disability = detectSheet([
      ['翁源县残联持证残疾人名单'],
      ['姓名', '身份证号', '残疾类别', '残疾等级', '残疾人证号'],
      ['张三', ID_A, '肢体残疾', '三级', `${ID_A}43`],
    ]);
    expect(disability?.template.id).toBe('disability-list');
    expect(keys(disability)).toEqual(['name', 'idNo', 'disabilityKind', 'disabilityGrade', 'certificateNo']);
  });

  it('returns null for a sheet that matches no template', () => {
    expect(detectSheet([['序号', '姓名', '证件号码', '参会时间', '签名'], ['1', '张三', ID_A, '9:00', '张三']])).toBeNull();
    expect(detectSheet([['会议签到表'], ['单位', '姓名', '电话']])).toBeNull();
    expect(detectSheet([])).toBeNull();
  });

  it('reports required columns the sheet lacks', () => {
    const detection = detectSheet([['户主姓名', '工资性收入', '转移性收入'], ['张三', '100', '200']]);
    expect(detection?.template.id).toBe('income');
    expect(detection?.missingRequired).toEqual(['headIdNo']);
  });
});

describe('detectWithMapping', () => {
  const rows = [['青云村名册'], ['名字', '号码', '称谓', '险种1'], ['张三', ID_A, '户主', '因病']];

  it('builds a detection from the clerk’s header row and column choice', () => {
    const detection = detectWithMapping(rows, HOUSEHOLD_MEMBERS_TEMPLATE, 1, { 0: 'name', 1: 'idNo', 2: 'relation', 3: null });
    expect(keys(detection)).toEqual(['name', 'idNo', 'relation', null]);
    expect(detection.columns.map((c) => c.header)).toEqual(['名字', '号码', '称谓', '险种1']);
    expect(detection.dataStartRow).toBe(2);
    expect(detection.missingRequired).toEqual([]);
    expect(detection.score).toBe(3);
  });

  it('refuses a key the template lacks and a single field chosen twice, in Chinese', () => {
    expect(() => detectWithMapping(rows, HOUSEHOLD_MEMBERS_TEMPLATE, 1, { 0: 'wage' })).toThrow(ApiError);
    let error: unknown;
    try {
      detectWithMapping(rows, HOUSEHOLD_MEMBERS_TEMPLATE, 1, { 0: 'name', 1: 'name' });
    } catch (e) {
      error = e;
    }
    expect((error as ApiError).code).toBe('import.bad-mapping');
    expect((error as ApiError).message).toContain('第 A 列和第 B 列');
    expect(() => detectWithMapping(rows, HOUSEHOLD_MEMBERS_TEMPLATE, 1, { 2: 'risks', 3: 'risks' })).not.toThrow();
    expect(() => detectWithMapping(rows, HOUSEHOLD_MEMBERS_TEMPLATE, 9, {})).toThrow(/表头行/);
  });
});

describe('shapeKey', () => {
  it('is equal for files of the same shape whatever the width, brackets or trailing blank headers', () => {
    expect(shapeKey(['姓名', '证件号码（必填）', '镇（乡）', ''])).toBe(shapeKey(['姓 名', '证件号码', '镇(乡)']));
    expect(shapeKey(['姓名', '证件号码'])).not.toBe(shapeKey(['证件号码', '姓名']));
  });
});
