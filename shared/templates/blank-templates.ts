/**
 * The templates offered as blank workbooks for villages to fill in: those the import can take in
 * (a 低收入人口/社会救助名单 comes filled from 民政, so no blank is offered), each with a line on
 * who fills it and when, for the download list and the CLI.
 */
import type { TemplateId } from './types';

export const BLANK_TEMPLATE_IDS = ['household-members', 'income'] as const satisfies readonly TemplateId[];
export type BlankTemplateId = (typeof BLANK_TEMPLATE_IDS)[number];

export const BLANK_TEMPLATE_USE: Record<BlankTemplateId, string> = {
  'household-members': '村每月 20 日前报送：成员的出生、死亡、婚嫁、迁移和健康、劳动技能、参保等变化；一行一人，户的信息在每行重复',
  income: '村报送各户收支：一行一户一个统计期，金额单位为元；户主证件号码必填',
};
