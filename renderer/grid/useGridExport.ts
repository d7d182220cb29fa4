/**
 * 导出为 Excel and 打印 of a grid view as shown: the columns on screen in their order, and every row
 * the view's query (search, filters, sort) matches — not only the loaded blocks. The export is
 * written by the server (grid.exportXlsx) with the same query; the printout is rendered here from
 * all rows. 证件号码/电话 are masked unless the screen shows them in full.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { ListQuery } from '../../shared/api/contract';
import type { GridList } from '../../shared/api/grid-contract';
import { api as client, ApiCallError } from '../api/client';
import { downloadBase64File } from '../features/imports/download-file';
import { getSettings } from '../features/settings/settings-store';
import type { MessageActions } from '../hooks/useMessage';
import type { LedgerRecord } from './column-defs';
import { cellText, columnLabel } from './column-text';
import type { PrintJob } from './GridPrintView';
import type { ListDatasource } from './list-datasource';

export interface GridOutput {
  /** False for a grid without a server list to export from (it prints, and has its own sheets). */
  canExport: boolean;
  exporting: boolean;
  printing: boolean;
  printJob: PrintJob | null;
  exportXlsx(): void;
  print(): void;
  endPrint(): void;
}

export interface GridExportOptions<T> {
  api: GridApi<T> | null;
  datasource: ListDatasource<T>;
  title: string;
  list?: GridList | undefined;
  exportQuery?(query: ListQuery): ListQuery;
  message: MessageActions;
}

function reason(error: unknown): string {
  return error instanceof ApiCallError ? error.message : '请重试';
}

export function useGridExport<T extends LedgerRecord>(options: GridExportOptions<T>): GridOutput {
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const exportXlsx = useCallback(() => {
    const { api, datasource, title, list, exportQuery, message } = latest.current;
    if (api === null || list === undefined) return;
    const { offset: _offset, limit: _limit, ...query } = (exportQuery ?? ((q: ListQuery) => q))(datasource.viewQuery());
    const columns = api.getAllDisplayedColumns().map((c) => ({ key: c.getColId(), label: columnLabel(c) }));
    setExporting(true);
    client
      .call('grid.exportXlsx', { list, query, columns, title, fullNumbers: getSettings().showFullNumbers })
      .then((file) => {
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已导出 ${file.rowCount} 条到 ${file.fileName}`);
      })
      .catch((error: unknown) => message.error(`导出失败：${reason(error)}`))
      .finally(() => setExporting(false));
  }, []);

  const print = useCallback(() => {
    const { api, datasource, title, message } = latest.current;
    if (api === null) return;
    setPrinting(true);
    datasource
      .fetchAll()
      .then((rows) => {
        const columns = api.getAllDisplayedColumns();
        const showFull = getSettings().showFullNumbers;
        const now = new Date();
        const date = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
        setPrintJob({
          title,
          note: `共 ${rows.length} 条 · 打印日期 ${date}`,
          headers: columns.map(columnLabel),
          rows: rows.map((row) => columns.map((column) => cellText(api, column, row, showFull))),
        });
      })
      .catch((error: unknown) => message.error(`读取打印内容失败：${reason(error)}`))
      .finally(() => setPrinting(false));
  }, []);

  const endPrint = useCallback(() => setPrintJob(null), []);
  return { canExport: options.list !== undefined, exporting, printing, printJob, exportXlsx, print, endPrint };
}
