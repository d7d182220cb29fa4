/**
 * Column specs of the workbooks exchanged between villages, the town, the county and the HR
 * bureau (domain.md §8). One spec drives the import (header detection, mapping, validation), the
 * export (headers, order, formats) and the test fixtures (workbooks generated from it).
 */
import type { CodeListName } from '../domain/code-lists';
import type { FieldKind } from '../domain/records';

/** 'money' is yuan in the sheet, integer fen in the ledger; 'number' a plain decimal. */
export type TemplateColumnKind = FieldKind | 'money' | 'number';

export interface TemplateColumn {
  /** Field key in the ledger (domain.md keys), e.g. 'idNo', 'householdNo', 'wage'. */
  key: string;
  /** Header as the template prints it. */
  header: string;
  /** Other spellings seen in real files; matched after normalizeHeader(). */
  aliases?: readonly string[];
  kind: TemplateColumnKind;
  codeList?: CodeListName;
  /** A row without it is rejected. */
  required?: boolean;
  /** The header must be present for the template to be recognised. */
  identifying?: boolean;
}

export type TemplateId = 'household-members' | 'income' | 'assistance-list' | 'employment' | 'hr-feedback' | 'hr-feedback-counts' | 'needs-sheet' | 'returnees' | 'insured-list' | 'disability-list';

export interface TemplateSpec {
  id: TemplateId;
  /** Chinese name, e.g. 家庭成员信息表. */
  name: string;
  /** What one data row is, in Chinese (成员, 户×统计期 …). */
  rowLabel: string;
  columns: readonly TemplateColumn[];
}
