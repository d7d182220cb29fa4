/**
 * The refusals of the workbook reader: an ApiError with a stable code and a message that names the
 * file, says what is wrong and what the clerk can do. Library exceptions never reach the clerk
 * raw; their text goes to `details` for the log.
 */
import { ApiError } from '../../shared/api/errors';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
}

function detail(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  return cause instanceof Error ? cause.message : String(cause);
}

export function encryptedError(fileName: string, cause?: unknown): ApiError {
  return new ApiError(
    'import.encrypted',
    `文件“${fileName}”设置了打开密码，无法读取：请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再重新导入`,
    { fileName, cause: detail(cause) },
  );
}

export function corruptError(fileName: string, cause?: unknown): ApiError {
  return new ApiError(
    'import.corrupt',
    `文件“${fileName}”已损坏或不完整（可能没有下载或复制完整），无法读取：请向报送单位重新索要文件，或在 Excel/WPS 中打开后另存为 .xlsx 再导入`,
    { fileName, cause: detail(cause) },
  );
}

export function notSpreadsheetError(fileName: string, what: string): ApiError {
  return new ApiError(
    'import.not-a-spreadsheet',
    `文件“${fileName}”不是电子表格（看起来是${what}），无法导入：请选择 Excel（.xlsx、.xls）、WPS 表格、.ods 或 .csv 文件`,
    { fileName, what },
  );
}

export function tooLargeError(fileName: string, bytes: number, maxBytes: number): ApiError {
  return new ApiError(
    'import.too-large',
    `文件“${fileName}”有 ${megabytes(bytes)}，超过可导入的上限 ${megabytes(maxBytes)}：请删除无关的工作表、图片，或按村拆分成几个文件后分别导入`,
    { fileName, bytes, maxBytes },
  );
}

export function tooManyRowsError(fileName: string, sheet: string, maxRows: number): ApiError {
  return new ApiError(
    'import.too-many-rows',
    `文件“${fileName}”的工作表“${sheet}”超过 ${maxRows.toLocaleString('zh-CN')} 行，超出可导入的上限：请删除表格末尾的空行或无关内容，或拆分成几个文件后分别导入`,
    { fileName, sheet, maxRows },
  );
}

export function tooManyColumnsError(fileName: string, sheet: string, columns: number, maxColumns: number): ApiError {
  return new ApiError(
    'import.too-many-columns',
    `文件“${fileName}”的工作表“${sheet}”有内容写到了第 ${columns} 列，超过 ${maxColumns} 列的上限：请删除表格右侧的无关内容后重新导入`,
    { fileName, sheet, columns, maxColumns },
  );
}

export function emptyError(fileName: string, bytes: number): ApiError {
  return new ApiError(
    'import.empty',
    bytes === 0
      ? `文件“${fileName}”是空文件（0 字节），没有可导入的内容：请检查是否选错了文件，或向报送单位重新索要`
      : `文件“${fileName}”的所有工作表都是空的，没有可导入的内容：请检查是否选错了文件`,
    { fileName, bytes },
  );
}

export function tooLargeUnpackedError(fileName: string, details: { part: string; unpackedBytes: number; limitBytes: number; declaredBytes: number }): ApiError {
  return new ApiError(
    'import.too-large-unpacked',
    `文件“${fileName}”解压后超过 ${megabytes(details.limitBytes)}（远大于正常表格文件解压后的大小），可能已损坏，或是特意构造的“压缩炸弹”，未导入：请在 Excel/WPS 中打开后另存为 .xlsx 再导入；仍不行时请向报送单位重新索要文件`,
    { fileName, ...details },
  );
}

export function mixedEncodingError(fileName: string, lines: { utf8Line: number; gbkLine: number }): ApiError {
  return new ApiError(
    'import.mixed-encoding',
    `文件“${fileName}”混用了两种文字编码（第 ${lines.utf8Line} 行是 UTF-8，第 ${lines.gbkLine} 行是 GBK），可能是把两个 CSV 文件拼接在一起了，中文无法可靠读取，未导入：请分别导入原来的文件，或在 Excel/WPS 中合并后另存为 .xlsx 再导入`,
    { fileName, ...lines },
  );
}
