/**
 * What the clerk sees before committing: counts, every row's problems, and a pageable list of
 * changes (new households and members, changed fields old -> new, moves, members the file no
 * longer lists). Built from a fresh plan against the ledger as it is now.
 */
import type { ImportChange, ImportPreview } from '../../shared/api/imports-contract';
import { templateById } from '../../shared/templates';
import type { Db } from '../db/open';
import { countOutcomes } from './commit';
import { labelOf } from './compare';
import { planMemberImport, type MemberImportPlan } from './plan-members';
import { cloneRows, type StagedImport } from './stage';

const ISSUE_LIMIT = 500;

export function planStaged(db: Db, staged: StagedImport): MemberImportPlan {
  return planMemberImport(db, cloneRows(staged.rows));
}

export function listChanges(plan: MemberImportPlan): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const h of plan.households) {
    const head = h.members.find((m) => m.row.member.relation === '户主');
    const village = h.location.village;
    if (h.existingId === null) {
      changes.push({
        kind: 'new-household',
        householdNo: h.householdNo,
        village,
        name: head ? String(head.row.member.name) : null,
        idNo: head ? String(head.row.member.idNo) : null,
        row: h.members[0]?.row.row ?? null,
        fields: Object.entries(h.values).map(([key, value]) => ({ key, label: labelOf('household', key), old: null, new: value })),
      });
    } else if (h.changes.length > 0) {
      changes.push({ kind: 'household-changed', householdNo: h.householdNo, village, name: null, idNo: null, row: h.members[0]?.row.row ?? null, fields: h.changes });
    }
    for (const m of h.members) {
      const base = { householdNo: h.householdNo, village, name: String(m.row.member.name ?? ''), idNo: String(m.row.member.idNo ?? ''), row: m.row.row };
      if (m.existingId === null) changes.push({ ...base, kind: 'new-member', fields: [] });
      else if (m.movedFrom) changes.push({ ...base, kind: 'member-moved', fields: m.changes });
      else if (m.changes.length > 0) changes.push({ ...base, kind: 'member-changed', fields: m.changes });
    }
    for (const missing of h.missing) {
      changes.push({ kind: 'member-missing', householdNo: h.householdNo, village, name: missing.name, idNo: missing.idNo, row: null, fields: [] });
    }
  }
  return changes;
}

export function buildPreview(staged: StagedImport, plan: MemberImportPlan): ImportPreview {
  const counts = countOutcomes(plan.outcomes.values());
  const errors = plan.rows.flatMap((r) => r.errors);
  const warnings = plan.rows.flatMap((r) => r.warnings);
  const changes = listChanges(plan);
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
    households: {
      new: plan.households.filter((h) => h.existingId === null).length,
      changed: plan.households.filter((h) => h.existingId !== null && (h.changes.length > 0 || h.members.some((m) => m.outcome !== 'unchanged'))).length,
      unchanged: plan.households.filter((h) => h.existingId !== null && h.changes.length === 0 && h.members.every((m) => m.outcome === 'unchanged')).length,
    },
    missingMembers: plan.households.reduce((n, h) => n + h.missing.length, 0),
    changeCount: changes.length,
    errors: errors.slice(0, ISSUE_LIMIT),
    errorCount: errors.length,
    warnings: warnings.slice(0, ISSUE_LIMIT),
    warningCount: warnings.length,
  };
}
