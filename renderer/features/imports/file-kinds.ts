/**
 * Which files the import takes, checked before any byte is read so a wrong file (a PDF notice, a
 * Word document, a 70 MB export) gets a plain Chinese answer at once. The server checks again.
 */

export const ACCEPTED_EXTENSIONS = ['.xlsx', '.xls', '.csv', '.ods'] as const;

/** For `<input type="file" accept>`. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

/** Same limit as the server's imports.stage (main/api/handlers/imports.ts). */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

export function fileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `“${file.name}”不是表格文件：只能导入 .xlsx、.xls、.csv、.ods 文件（WPS 表格请另存为 .xlsx 或 .xls）`;
  }
  if (file.size === 0) return `“${file.name}”是空文件，请确认村里发来的文件完整`;
  if (file.size > MAX_FILE_BYTES) return `“${file.name}”超过 60 MB，请拆分后再导入`;
  return null;
}
