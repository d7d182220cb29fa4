import type { ColDef, GridApi, IRowNode, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { HouseholdRow, MemberRow } from '../../../../shared/api/contract';
import { completeIdNumber } from '../../../../shared/domain/id-number';
import { MEMBER_FIELDS, HOUSEHOLD_FIELDS } from '../../../../shared/domain/records';
import { buildColumnDefs, type AcceptedEdit, type CellEditHandlers } from '../../../../renderer/grid/column-defs';

const ID = completeIdNumber('44022919850302123');

function member(): MemberRow {
  return {
    id: 7, householdId: 3, village: '龙仙村', householdNo: '440229101000000003', name: '张三', idNo: ID, sex: '男',
    birthDate: '1985-03-02', age: 40, relation: '户主', ethnicity: '汉族', political: null, education: '初中', schooling: null,
    health: ['健康'], disabilityType: null, disabilitySuffix: null, labourSkill: '普通劳动力', phone: null, medicalResident: '是',
    medicalStaff: '否', criticalIllness: '是', pensionResident: '是', pensionStaff: '否', dibao: '否', tekun: '否', status: '在户',
  };
}

function recorder() {
  const refused: string[] = [];
  const accepted: AcceptedEdit<MemberRow>[] = [];
  const handlers: CellEditHandlers<MemberRow> = {
    onRefused: (_row, _spec, message) => refused.push(message),
    onAccepted: (edit) => accepted.push(edit),
  };
  return { refused, accepted, handlers };
}

// The grid hands the setter its api (used to repaint the refused cell); only refreshCells is reached.
const gridApi = { refreshCells: () => undefined } as unknown as GridApi;

function column(columns: ColDef<MemberRow>[], key: string): ColDef<MemberRow> {
  const found = columns.find((c) => c.colId === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

function setValue(col: ColDef<MemberRow>, row: MemberRow, newValue: unknown): boolean {
  const setter = col.valueSetter as (p: ValueSetterParams<MemberRow>) => boolean;
  const node = { id: String(row.id), data: row } as unknown as IRowNode<MemberRow>;
  return setter({ data: row, node, newValue, oldValue: undefined, api: gridApi } as unknown as ValueSetterParams<MemberRow>);
}

function getValue(col: ColDef<MemberRow>, row: MemberRow): unknown {
  const getter = col.valueGetter as (p: ValueGetterParams<MemberRow>) => unknown;
  return getter({ data: row } as ValueGetterParams<MemberRow>);
}

describe('grid columns from field specs', () => {
  it('uses the Chinese label of every field as its header, keyed by the field key', () => {
    const columns = buildColumnDefs<HouseholdRow>(HOUSEHOLD_FIELDS, { onRefused: () => undefined, onAccepted: () => undefined });
    expect(columns.map((c) => c.headerName)).toEqual(HOUSEHOLD_FIELDS.map((f) => f.label));
    expect(columns.map((c) => c.colId)).toEqual(HOUSEHOLD_FIELDS.map((f) => f.key));
  });

  it('offers the code list in a select, with an empty choice only where the field may be empty', () => {
    const columns = buildColumnDefs(MEMBER_FIELDS, recorder().handlers);
    expect(column(columns, 'relation').cellEditor).toBe('agSelectCellEditor');
    expect((column(columns, 'relation').cellEditorParams as { values: string[] }).values[0]).toBe('户主');
    expect((column(columns, 'political').cellEditorParams as { values: string[] }).values).toEqual(['', '中共党员', '中共预备党员', '共青团员', '群众']);
  });

  it('filters int fields by number and keeps derived fields read-only', () => {
    const columns = buildColumnDefs(MEMBER_FIELDS, recorder().handlers);
    expect(column(columns, 'age').filter).toBe('agNumberColumnFilter');
    expect(column(columns, 'name').filter).toBe('agTextColumnFilter');
    expect(column(columns, 'sex').editable).toBe(false);
    expect(column(columns, 'birthDate').editable).toBe(false);
    expect(column(columns, 'idNo').editable).toBe(true);
  });

  it('refuses an ID with a wrong check digit in the cell and leaves the row untouched', () => {
    const { refused, accepted, handlers } = recorder();
    const row = member();
    const bad = ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1');
    expect(setValue(column(buildColumnDefs(MEMBER_FIELDS, handlers), 'idNo'), row, bad)).toBe(false);
    expect(row.idNo).toBe(ID);
    expect(accepted).toEqual([]);
    expect(refused[0]).toContain('校验位不对');
  });

  it('accepts a valid value, shows it at once and hands it over for saving', () => {
    const { refused, accepted, handlers } = recorder();
    const row = member();
    expect(setValue(column(buildColumnDefs(MEMBER_FIELDS, handlers), 'labourSkill'), row, '弱劳动力')).toBe(true);
    expect(row.labourSkill).toBe('弱劳动力或半劳动力');
    expect(refused).toEqual([]);
    expect(accepted.map((a) => [a.spec.key, a.value, a.oldValue])).toEqual([['labourSkill', '弱劳动力或半劳动力', '普通劳动力']]);
  });

  it('does not save a value that did not change', () => {
    const { accepted, handlers } = recorder();
    expect(setValue(column(buildColumnDefs(MEMBER_FIELDS, handlers), 'ethnicity'), member(), ' 汉族 ')).toBe(false);
    expect(accepted).toEqual([]);
  });

  it('shows a set as 、-joined text and reads typed text back in code-list order', () => {
    const { accepted, handlers } = recorder();
    const row = member();
    const health = column(buildColumnDefs(MEMBER_FIELDS, handlers), 'health');
    expect(getValue(health, row)).toBe('健康');
    expect(setValue(health, row, '残疾，长期慢性病')).toBe(true);
    expect(row.health).toEqual(['长期慢性病', '残疾']);
    expect(getValue(health, row)).toBe('长期慢性病、残疾');
    expect(accepted).toHaveLength(1);
  });
});
