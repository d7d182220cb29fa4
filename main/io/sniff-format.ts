/**
 * What a file is, judged by its content and never by its extension (clerks rename files, systems
 * export HTML as .xls): zip → xlsx / ods / some other Office or archive file; OLE compound file →
 * xls or an encrypted OOXML (checked by the SheetJS reader, which opens the container anyway);
 * known binary signatures (PDF, images, archives) → refused by name; anything else may be text —
 * CSV, or an HTML/XML table saved as .xls — decoded by decodeText.
 */
import type { ByteSource } from './byte-source';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip-directory';

export type Sniffed =
  | { kind: 'xlsx'; entries: ZipEntry[] }
  | { kind: 'ods'; entries: ZipEntry[] }
  | { kind: 'cfb' }
  | { kind: 'maybe-text' }
  | { kind: 'encrypted' }
  | { kind: 'corrupt' }
  | { kind: 'foreign'; what: string };

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片（照片或扫描件）' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF 图片' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF 图片' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包，请先解压' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z 压缩包，请先解压' },
  { bytes: [0x1f, 0x8b], what: 'gzip 压缩包，请先解压' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF 文档' },
];

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

function classifyZip(source: ByteSource): Sniffed {
  const entries = listZipEntries(source);
  if (entries === null) return { kind: 'corrupt' };
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => e.encrypted)) return { kind: 'encrypted' };
  if ([...names].some((n) => /^xl\/workbook\d*\.(?:xml|bin)$/i.test(n))) return { kind: 'xlsx', entries };
  const mimetypeEntry = entries.find((e) => e.name === 'mimetype');
  const mimetype = mimetypeEntry ? new TextDecoder().decode(readZipEntry(source, mimetypeEntry) ?? new Uint8Array()).trim() : '';
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet' || (mimetype === '' && names.has('content.xml') && names.has('META-INF/manifest.xml'))) {
    return { kind: 'ods', entries };
  }
  if (names.has('word/document.xml')) return { kind: 'foreign', what: 'Word 文档（.docx）' };
  if (names.has('ppt/presentation.xml')) return { kind: 'foreign', what: 'PowerPoint 演示文稿（.pptx）' };
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) return { kind: 'foreign', what: 'OpenDocument 文字或演示文档' };
  return { kind: 'foreign', what: 'zip 压缩包（里面不是一个表格），请先解压' };
}

export function sniff(source: ByteSource): Sniffed {
  const head = source.readAt(0, 16);
  if (startsWith(head, ZIP_LOCAL)) return classifyZip(source);
  if (startsWith(head, ZIP_EMPTY)) return { kind: 'foreign', what: '一个空的 zip 压缩包' };
  if (startsWith(head, CFB_MAGIC)) return { kind: 'cfb' };
  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes)) return { kind: 'foreign', what: signature.what };
  }
  return { kind: 'maybe-text' };
}

/**
 * Binary, judged on the first 64 KB: a NUL byte, or control bytes (other than tab, line breaks,
 * form feed and the DOS end-of-file mark) making up more than 1% of it. A few stray control
 * characters occur in real CSV exports (and pass through an xlsx unchanged), so they alone do
 * not make a text file binary.
 */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  return control > end / 100;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of a text file: UTF-16 with BOM, UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, else GBK (what Chinese Excel writes for "CSV"). Null for binary content.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (hasBinaryBytes(body)) return null;
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8-bom' };
  }
  if (hasBinaryBytes(bytes)) return null;
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gbk = tryDecode('gbk', bytes);
  return gbk === null ? null : { text: gbk, encoding: 'gbk' };
}

/**
 * For text that is neither valid UTF-8 nor valid GBK: the first line (1-based) that is UTF-8 with
 * Chinese in it and the first that only GBK reads — a CSV pasted together from two files saved
 * differently. Null when the text does not split that way.
 */
export function mixedEncodingLines(bytes: Uint8Array): { utf8Line: number; gbkLine: number } | null {
  if (hasBinaryBytes(bytes)) return null;
  let utf8Line = 0;
  let gbkLine = 0;
  let line = 0;
  for (let start = 0; start < bytes.length && (utf8Line === 0 || gbkLine === 0); ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    line++;
    start = end + 1;
    if (slice.every((b) => b < 0x80)) continue;
    if (tryDecode('utf-8', slice) !== null) utf8Line ||= line;
    else if (tryDecode('gbk', slice) !== null) gbkLine ||= line;
  }
  return utf8Line > 0 && gbkLine > 0 ? { utf8Line, gbkLine } : null;
}

/** Text that is an HTML table or an Excel 2003 XML workbook (both saved as .xls by some systems). */
export function isMarkupSpreadsheet(text: string): boolean {
  const head = text.slice(0, 64 * 1024).trimStart();
  if (!head.startsWith('<')) return false;
  return /<table[\s>]/i.test(head) || /urn:schemas-microsoft-com:office:spreadsheet|<(?:ss:)?Workbook[\s>]/i.test(head);
}

export function isMarkup(text: string): boolean {
  return text.trimStart().startsWith('<');
}
