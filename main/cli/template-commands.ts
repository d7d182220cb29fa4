/**
 * CLI command of the blank templates:
 *   export template --db FILE --kind KIND --out FILE.xlsx
 * KIND is a template id (household-members, income) or its Chinese name.
 */
import { writeFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { templateById } from '../../shared/templates';
import { BLANK_TEMPLATE_IDS } from '../../shared/templates/blank-templates';
import { readProfile } from '../db/profile';
import { blankTemplateWorkbook, templateIdOf } from '../io/blank-template';
import type { LedgerService } from '../service';

export async function exportTemplate(service: LedgerService, flags: { kind?: string | undefined; out?: string | undefined }): Promise<number> {
  const choices = BLANK_TEMPLATE_IDS.map((id) => `${id}（${templateById(id)?.name ?? ''}）`).join('、');
  const id = flags.kind === undefined ? undefined : templateIdOf(flags.kind);
  if (id === undefined) throw new ApiError('input.bad-template', `请用 --kind 指定模板：${choices}`);
  if (!flags.out) throw new ApiError('input.missing-out', '请用 --out 指定保存的文件，如 --out 家庭成员信息表.xlsx');
  const file = await blankTemplateWorkbook(id, readProfile(service.db).town);
  writeFileSync(flags.out, file.bytes);
  process.stderr.write(`已生成空白模板：${flags.out}\n`);
  return 0;
}
