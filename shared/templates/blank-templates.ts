/**
 * The templates offered as blank workbooks: those the import can take in, each with a line on who
 * fills it and when, for the download list and the CLI. The department lists (民政 · 医保 · 残联)
 * usually come filled from the department; their blanks are for a list that arrives in another
 * layout, to paste into, or for a department that asks the town for its format.
 */
import type { TemplateId } from './types';

export const BLANK_TEMPLATE_IDS = ['household-members', 'income', 'assistance-list', 'insured-list', 'disability-list'] as const satisfies readonly TemplateId[];
export type BlankTemplateId = (typeof BLANK_TEMPLATE_IDS)[number];

export const BLANK_TEMPLATE_USE: Record<BlankTemplateId, string> = {
  'household-members': '村每月 20 日前报送：成员的出生、死亡、婚嫁、迁移和健康、劳动技能、参保等变化；一行一人，户的信息在每行重复',
  income: '村报送各户收支：一行一户一个统计期，金额单位为元；户主证件号码必填',
  'assistance-list': '民政部门的低保、特困、临时救助名单：一行一人，证件号码和救助类型必填；导入后替换原有的民政名单，用于数据筛查比对',
  'insured-list': '医保部门的参保名单：一行一人，证件号码必填；参保状态为停保、终止的不算参保；导入后替换原有的医保名单',
  'disability-list': '残联的持证残疾人名单：一行一人，证件号码必填，残疾类别填视力、听力、言语、肢体、智力、精神或多重；导入后替换原有的残联名单',
};
