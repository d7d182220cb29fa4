/**
 * Tab-separated text as Excel and WPS put it on the clipboard, and as they read it back.
 *
 * Excel's rules: rows end with CRLF (a trailing one after the last row), cells are separated by a
 * tab, and a cell holding a tab, a line break or a double quote is wrapped in double quotes with
 * inner quotes doubled ("a""b"). A cell that does not START with a quote is literal, quotes and all
 * (12"寸 stays 12"寸). Lone CR and LF line ends are accepted too (other programs, Linux WPS).
 */

/** The clipboard text as rows of cells. Empty text is no rows; a trailing line end adds no row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      // Quoted cell: up to the quote not followed by another quote.
      i++;
      for (;;) {
        if (i >= n) break;
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += ch;
        i++;
      }
      // Excel never writes text after the closing quote; keep whatever another program put there.
      while (i < n && text[i] !== '\t' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    } else {
      while (i < n && text[i] !== '\t' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const sep = text[i];
    if (sep === '\t') {
      i++;
      continue;
    }
    // A line end: CRLF, CR or LF.
    i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

function quoteCell(cell: string): string {
  // Like Excel: only a cell that would otherwise be misread is quoted.
  return /[\t\r\n]|^"/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as Excel writes them to the clipboard (CRLF after every row). */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteCell).join('\t')}\r\n`).join('');
}
