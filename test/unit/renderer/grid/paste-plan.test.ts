import { describe, expect, it } from 'vitest';
import { parseFieldValue } from '../../../../shared/domain/field-values';
import { completeIdNumber } from '../../../../shared/domain/id-number';
import { fieldSpec } from '../../../../shared/domain/records';
import { fitBlock, patchesByRecord, planPaste, type PlanColumn } from '../../../../renderer/grid/paste-plan';

function column(key: string): PlanColumn {
  const spec = fieldSpec('member', key);
  if (!spec) throw new Error(key);
  return { key, label: spec.label, parse: spec.editable ? (raw) => parseFieldValue(spec, raw) : undefined };
}

// 姓名, 证件号码, 性别 (derived, read-only), 民族, 电话 — as displayed left to right.
const COLUMNS = ['name', 'idNo', 'sex', 'ethnicity', 'phone'].map(column);
const ID_A = completeIdNumber('44022919850302123');
const ID_B = completeIdNumber('44022919900101001');

describe('planPaste', () => {
  it('parses every cell as if typed and places the block from the anchor over the displayed columns', () => {
    const plan = planPaste(
      [
        ['王五', ID_A.slice(0, 17) + ID_A.slice(17).toLowerCase(), '男', '汉族', '138 1234 5678'],
        ['赵六', ID_B, '', '', ''],
      ],
      { anchorRow: 4, anchorColumn: 0, columns: COLUMNS, totalRows: 100 },
    );
    expect(plan.writes).toEqual([
      { rowIndex: 4, key: 'name', value: '王五' },
      { rowIndex: 4, key: 'idNo', value: ID_A },
      { rowIndex: 4, key: 'ethnicity', value: '汉族' },
      { rowIndex: 4, key: 'phone', value: '13812345678' },
      { rowIndex: 5, key: 'name', value: '赵六' },
      { rowIndex: 5, key: 'idNo', value: ID_B },
      { rowIndex: 5, key: 'ethnicity', value: null },
      { rowIndex: 5, key: 'phone', value: null },
    ]);
    // 性别 follows from the 证件号码: reported, never written.
    expect(plan.problems.map((p) => [p.rowIndex, p.column, p.value])).toEqual([
      [4, '性别', '男'],
      [5, '性别', ''],
    ]);
    expect(plan.problems[0]?.reason).toContain('不能直接修改');
    expect(plan).toMatchObject({ firstRow: 4, rowCount: 2 });
  });

  it('refuses invalid cells with the parser message and keeps the valid ones of the same row', () => {
    const plan = planPaste([['', '44022919850302123', '壮族', '12345']], { anchorRow: 0, anchorColumn: 0, columns: COLUMNS.filter((c) => c.key !== 'sex'), totalRows: 10 });
    expect(plan.writes).toEqual([{ rowIndex: 0, key: 'ethnicity', value: '壮族' }]);
    expect(plan.problems.map((p) => p.column)).toEqual(['姓名', '证件号码', '联系电话']);
    expect(plan.problems[0]?.reason).toBe('“姓名”不能为空');
    expect(plan.problems[2]?.reason).toContain('手机号');
  });

  it('reports cells falling beyond the last column or the last row instead of dropping them silently', () => {
    const plan = planPaste(
      [
        ['甲族', '13812345678', 'x'],
        ['乙族', '13812345679', 'y'],
      ],
      { anchorRow: 9, anchorColumn: 3, columns: COLUMNS, totalRows: 10 },
    );
    expect(plan.writes.map((w) => [w.rowIndex, w.key])).toEqual([
      [9, 'ethnicity'],
      [9, 'phone'],
    ]);
    expect(plan.problems.map((p) => p.reason)).toEqual(['超出表格最右一列', '超出表格最后一行', '超出表格最后一行', '超出表格最右一列']);
    expect(plan.rowCount).toBe(1);
  });
});

describe('fitBlock', () => {
  it('repeats one copied cell over a larger selection, like Excel', () => {
    expect(fitBlock([['否']], { rows: 2, columns: 3 })).toEqual([
      ['否', '否', '否'],
      ['否', '否', '否'],
    ]);
  });

  it('leaves a block of several cells as it is', () => {
    const block = [['a', 'b']];
    expect(fitBlock(block, { rows: 5, columns: 5 })).toBe(block);
  });
});

describe('patchesByRecord', () => {
  it('groups the writes of each row into one patch of the record at that row', () => {
    const ids = [11, 12, 13];
    const patches = patchesByRecord(
      [
        { rowIndex: 1, key: 'name', value: '甲' },
        { rowIndex: 1, key: 'phone', value: null },
        { rowIndex: 2, key: 'name', value: '乙' },
      ],
      (i) => ids[i],
    );
    expect(patches).toEqual([
      { id: 12, patch: { name: '甲', phone: null } },
      { id: 13, patch: { name: '乙' } },
    ]);
  });
});
