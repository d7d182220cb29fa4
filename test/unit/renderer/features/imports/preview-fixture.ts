/** A staged-import preview as imports.stage answers it, with the parts a test changes. */
import type { ImportPreview } from '../../../../../shared/api/imports-contract';

type Sheet = ImportPreview['sheets'][number];

export function previewSheet(overrides: Partial<Sheet> = {}): Sheet {
  return {
    name: '家庭成员信息表',
    templateId: 'household-members',
    templateName: '家庭成员信息表',
    detectedBy: 'headers',
    headerRow: 4,
    rowCount: 20,
    columns: [],
    missingRequired: [],
    firstRows: [],
    ...overrides,
  };
}

export function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    sessionId: 's1',
    fileName: '上和村7月.xlsx',
    format: 'xlsx',
    sha256: '0'.repeat(64),
    templateId: 'household-members',
    templateName: '家庭成员信息表',
    reportMonth: '2023-07',
    sheets: [previewSheet()],
    counts: { read: 12, inserted: 9, updated: 2, unchanged: 1, rejected: 0 },
    households: { new: 3, changed: 1, unchanged: 0 },
    missingMembers: 0,
    changeCount: 14,
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
    ...overrides,
  };
}
