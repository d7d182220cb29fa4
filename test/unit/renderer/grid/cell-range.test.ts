import { describe, expect, it } from 'vitest';
import { CellRange } from '../../../../renderer/grid/cell-range';

function range(): CellRange {
  const r = new CellRange();
  r.setColumns(['name', 'village', 'householdNo', 'idNo']);
  return r;
}

describe('CellRange (the selected rectangle of a grid)', () => {
  it('spans anchor to far corner whichever way it was dragged, over the displayed column order', () => {
    const r = range();
    r.start({ rowIndex: 5, colId: 'householdNo' });
    r.extend({ rowIndex: 3, colId: 'village' });
    expect(r.bounds()).toEqual({ top: 3, bottom: 5, left: 1, right: 2 });
    expect(r.contains(4, 'village')).toBe(true);
    expect(r.contains(4, 'name')).toBe(false);
    expect(r.contains(6, 'village')).toBe(false);
  });

  it('draws nothing for a single cell: the grid focus outline shows it', () => {
    const r = range();
    r.start({ rowIndex: 2, colId: 'name' });
    expect(r.isMultiCell()).toBe(false);
    expect(r.contains(2, 'name')).toBe(false);
  });

  it('follows a column moved on screen', () => {
    const r = range();
    r.start({ rowIndex: 0, colId: 'name' });
    r.extend({ rowIndex: 0, colId: 'village' });
    r.setColumns(['name', 'householdNo', 'idNo', 'village']);
    expect(r.contains(0, 'idNo')).toBe(true);
  });

  it('steps the far corner with Shift+arrows and stops at the edges of the grid', () => {
    const r = range();
    r.start({ rowIndex: 0, colId: 'idNo' });
    expect(r.stepEnd('ArrowRight', 10)).toEqual({ rowIndex: 0, colId: 'idNo' });
    expect(r.stepEnd('ArrowUp', 10)).toEqual({ rowIndex: 0, colId: 'idNo' });
    expect(r.stepEnd('ArrowLeft', 10)).toEqual({ rowIndex: 0, colId: 'householdNo' });
    r.extend({ rowIndex: 9, colId: 'idNo' });
    expect(r.stepEnd('ArrowDown', 10)).toEqual({ rowIndex: 9, colId: 'idNo' });
    expect(r.endsAt({ rowIndex: 9, colId: 'idNo' })).toBe(true);
  });
});
