/** One line per sheet column: its letter, header, an example value, and the field it feeds. */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { columnLetter } from '../../../shared/templates/header-text';
import type { TemplateSpec } from '../../../shared/templates/types';
import { headerCells, sampleCells, type ColumnMapping } from './column-mapping';

export interface MappingTableProps {
  sheet: ImportPreview['sheets'][number];
  headerRow: number;
  template: TemplateSpec;
  mapping: ColumnMapping;
  onChange(index: number, key: string | null): void;
}

const SKIP = '';

export function MappingTable({ sheet, headerRow, template, mapping, onChange }: MappingTableProps) {
  const headers = headerCells(sheet, headerRow);
  const samples = sampleCells(sheet, headerRow);
  return (
    <table className="data-table mapping-table">
      <thead>
        <tr>
          <th>列</th>
          <th>表头</th>
          <th>示例（表头下第一行）</th>
          <th>对应字段</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => {
          const key = mapping[index] ?? null;
          const letter = columnLetter(index);
          return (
            <tr key={index} className={key === null ? 'is-skipped' : undefined}>
              <td className="mapping-letter">{letter}</td>
              <td className="mapping-header">{header === '' ? <span className="is-muted">（空）</span> : header}</td>
              <td className="mapping-sample">{samples[index] ?? ''}</td>
              <td>
                <select
                  className="mapping-select"
                  aria-label={`第 ${letter} 列“${header}”对应`}
                  value={key ?? SKIP}
                  onChange={(event) => onChange(index, event.target.value === SKIP ? null : event.target.value)}
                >
                  <option value={SKIP}>不导入</option>
                  {template.columns.map((column) => (
                    <option key={column.key} value={column.key}>
                      {column.header}
                      {column.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
