/**
 * What the clerk sees before committing: counts, every row's problems, and a pageable list of
 * changes (new households and members, changed fields old -> new, moves, members the file no
 * longer lists). Built from a fresh plan against the ledger as it is now.
 */
import type { ImportPreview } from '../../shared/api/imports-contract';
import { templateById } from '../../shared/templates';
import { countOutcomes } from './commit';
import type { ImportPlan } from './plan';
import type { StagedImport } from './stage';

export { planStaged } from './plan';

const ISSUE_LIMIT = 500;

export function buildPreview(staged: StagedImport, plan: ImportPlan): ImportPreview {
  const counts = countOutcomes(plan.outcomes.values());
  const errors = plan.rows.flatMap((r) => r.errors);
  const warnings = plan.rows.flatMap((r) => r.warnings);
  return {
    sessionId: staged.id,
    fileName: staged.fileName,
    format: staged.format,
    sha256: staged.sha256,
    templateId: staged.templateId,
    templateName: staged.templateId ? (templateById(staged.templateId)?.name ?? null) : null,
    reportMonth: staged.reportMonth,
    sheets: staged.sheetInfo.map((s) => {
      const sheet = staged.workbook.sheets.find((w) => w.name === s.name);
      return {
        name: s.name,
        templateId: s.detection?.template.id ?? null,
        templateName: s.detection?.template.name ?? null,
        detectedBy: s.detectedBy,
        headerRow: s.detection ? s.detection.headerRow + 1 : null,
        rowCount: s.rowCount,
        columns: (s.detection?.columns ?? []).map((c) => ({ index: c.index, header: c.header, key: c.key })),
        missingRequired: s.detection?.missingRequired ?? [],
        firstRows: (sheet?.rows ?? []).slice(0, 15).map((r) => r.slice(0, 60)),
      };
    }),
    counts,
    households: plan.households,
    missingMembers: plan.missingMembers,
    changeCount: plan.changes.length,
    errors: errors.slice(0, ISSUE_LIMIT),
    errorCount: errors.length,
    warnings: warnings.slice(0, ISSUE_LIMIT),
    warningCount: warnings.length,
  };
}
