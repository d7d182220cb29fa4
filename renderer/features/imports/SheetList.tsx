/** The sheets of a workbook with several, each with what it was recognised as. */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { detectedByLabel } from './preview-rules';

export function SheetList({ sheets, onOpenMapping }: { sheets: ImportPreview['sheets']; onOpenMapping(sheet: string): void }) {
  return (
    <table className="data-table sheet-table" aria-label="工作表">
      <thead>
        <tr>
          <th>工作表</th>
          <th>识别为</th>
          <th>表头行</th>
          <th className="num">行数</th>
          <th>方式</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {sheets.map((sheet) => (
          <tr key={sheet.name}>
            <td>{sheet.name}</td>
            <td className={sheet.templateName === null ? 'is-muted' : undefined}>{sheet.templateName ?? '未识别（不导入）'}</td>
            <td>{sheet.headerRow === null ? '—' : `第 ${sheet.headerRow} 行`}</td>
            <td className="num">{sheet.rowCount}</td>
            <td>{detectedByLabel(sheet)}</td>
            <td className="actions">
              <button type="button" className="link-button" onClick={() => onOpenMapping(sheet.name)}>
                {sheet.templateId === null ? '指定模板' : '调整列对应'}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
