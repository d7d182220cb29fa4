/**
 * Field specs of the 监测帮扶 dialogs, so their inputs are drawn by FieldInput and checked by the
 * shared field parser (validateForm) like every other form: a date typed as 2023/8/15 or
 * 2023年8月15日 is accepted and stored as 2023-08-15.
 */
import type { HouseholdRow } from '../../../shared/api/contract';
import type { FieldSpec } from '../../../shared/domain/records';
import type { MonitorTimeline } from './monitor-format';

export const DATE_HINT = '如 2023-08-15、2023/8/15 或 2023年8月15日';

export function dateSpec(label: string): FieldSpec {
  return { key: 'date', label, kind: 'date', editable: true, required: true };
}

export const CATEGORY_SPEC: FieldSpec = { key: 'category', label: '监测对象类别', kind: 'enum', codeList: 'monitorCategory', editable: true, required: true };
export const MODE_SPEC: FieldSpec = { key: 'mode', label: '风险消除方式', kind: 'enum', codeList: 'eliminationMode', editable: true, required: true };
export const REASON_SPEC: FieldSpec = { key: 'reason', label: '回退原因', kind: 'text', editable: true, required: true };
export const MEASURE_SPEC: FieldSpec = { key: 'measure', label: '帮扶措施', kind: 'enum', codeList: 'measure', editable: true, required: true };
export const DETAIL_SPEC: FieldSpec = { key: 'detail', label: '说明', kind: 'text', editable: true };

/** What every 监测帮扶 dialog takes: the household, and where the new timeline goes. */
export interface MonitorDialogProps {
  household: HouseholdRow;
  onDone(timeline: MonitorTimeline): void;
  onClose(): void;
}
