/**
 * 收入情况表 — village → town, one row per household and 统计期 (domain.md §4, §8). Money columns are
 * yuan in the sheet ('money': the import converts to integer fen). The stated totals
 * (家庭纯收入, 家庭人均纯收入, 家庭人口数) are kept as stated so the income check can compare them with
 * the recomputed figures; the ledger never trusts them as its own.
 *
 * Recognised by its two always-present components (工资性收入, 转移性收入); a row names its household
 * by 户主证件号码 (required) and, when the sheet has it, 户编号.
 */
import { INCOME_SUB_ITEMS } from '../domain/income';
import { fieldColumn } from './field-column';
import type { TemplateColumn, TemplateSpec } from './types';

function money(key: string, header: string, aliases: readonly string[], identifying = false): TemplateColumn {
  return identifying ? { key, header, kind: 'money', aliases, identifying } : { key, header, kind: 'money', aliases };
}

export const INCOME_TEMPLATE: TemplateSpec = {
  id: 'income',
  name: '收入情况表',
  rowLabel: '户×统计期',
  columns: [
    fieldColumn('household', 'householdNo', { aliases: ['户号', '户编码', '户码', '家庭编号', '农户编号'] }),
    fieldColumn('household', 'headName', { aliases: ['户主', '户主名称'] }),
    fieldColumn('household', 'headIdNo', {
      aliases: ['户主身份证号', '户主身份证号码', '户主身份证', '户主公民身份号码', '户主证件号', '身份证号', '身份证号码', '证件号码'],
      required: true,
    }),
    {
      key: 'period',
      header: '统计期',
      kind: 'period',
      aliases: ['统计时期', '统计期间', '统计月份', '统计年月', '填报月份', '收入统计期', '所属期', '统计时间'],
    },
    money('wageIncome', '工资性收入', ['工资性年收入', '工资收入', '工资性收入合计', '家庭工资性收入'], true),
    money('businessIncome', '生产经营性收入', ['经营性收入', '生产经营收入', '家庭经营性收入', '生产经营性收入合计']),
    money('propertyIncome', '财产性收入', ['财产收入', '财产性收入合计']),
    money('transferIncome', '转移性收入', ['转移收入', '转移性年收入', '转移性收入合计'], true),
    money('businessCost', '生产经营性支出', ['生产经营支出', '经营性支出', '生产经营性支出合计']),
    money('claimIncome', '理赔收入', ['保险理赔收入', '理赔金额', '防返贫保险理赔收入']),
    money('selfPaidCost', '合规自付支出', ['合规自付费用', '自付支出', '合规自付医疗教育支出', '医疗教育合规自付支出']),
    money('netIncomeStated', '家庭纯收入', ['家庭年纯收入', '纯收入', '年纯收入', '家庭纯收入合计', '家庭可支配收入', '家庭年可支配收入']),
    money('perCapitaStated', '家庭人均纯收入', [
      '人均纯收入',
      '年人均纯收入',
      '家庭年人均纯收入',
      '人均可支配收入',
      '家庭人均可支配收入',
      '年人均可支配收入',
      '家庭年人均可支配收入',
    ]),
    { key: 'memberCountStated', header: '家庭人口数', kind: 'int', aliases: ['家庭人口', '家庭人数', '人口数', '户人口数', '户人数'] },
    // The optional breakdown: one column per sub-item, key 'sub:<name>'.
    ...INCOME_SUB_ITEMS.map((item): TemplateColumn => ({ key: `sub:${item.key}`, header: item.key, kind: 'money', aliases: [item.key.replace(/收入$/, '')] })),
  ],
};
