/**
 * Saving a file the server built (错误回执) through the browser's download: a Blob URL on a
 * temporary link. In Electron the same link opens the save dialog.
 */
import { decodeBase64 } from './base64';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBase64File(fileName: string, contentBase64: string, type = XLSX_TYPE): void {
  const bytes = decodeBase64(contentBase64);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a later revoke keeps old engines safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
