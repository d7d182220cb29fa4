/**
 * The quarterly sheets through LibreOffice, as a clerk's office suite would open them: each
 * converts to PDF (print-ready) and to legacy .xls, and the .xls re-imports to the same data.
 * Skipped, saying why, only when soffice is not installed (.ci/run installs libreoffice-calc-nogui).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentLedger, report, type EmploymentLedger } from '../../support/employment-fixture';
import { tempDir } from '../../support/temp-ledger';

const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const SHEETS = ['needs-sheet', 'service-sheet', 'returnees'] as const;

let ledger: EmploymentLedger;
let dir: string;
let cleanup: () => void;
const files: Record<string, { path: string; rows: number }> = {};

function soffice(to: 'pdf' | 'xls', inputs: string[]): void {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, to), ...inputs], { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`soffice --convert-to ${to} failed: ${result.stderr}`);
}

beforeAll(async () => {
  if (!SOFFICE) return;
  ({ dir, cleanup } = tempDir('shoudi-lo-'));
  ledger = await employmentLedger(40, 11);
  const [p0, p1, p2] = ledger.labourers;
  await report(ledger, p0!.memberId, '2023-06', 'out');
  await report(ledger, p0!.memberId, '2023-07', 'none', { jobNeed: '是', trainingNeed: '是', trainingKind: '电工' });
  await report(ledger, p1!.memberId, '2023-07', 'in', { trainingNeed: '是', jobNeed: '否' });
  await report(ledger, p2!.memberId, '2023-07', 'none', { jobNeed: '是' });
  await ledger.call('services.add', { memberId: p0!.memberId, date: '2023-08-01', kind: '就业指导' });
  await ledger.call('services.add', { memberId: p2!.memberId, date: '2023-09-30', kind: '岗位推荐', employer: '翁源某厂', post: '普工' });
  for (const sheet of SHEETS) {
    const file = await ledger.call('export.employmentSheet', { sheet, quarter: '2023Q3' });
    const path = join(dir, `${sheet}.xlsx`);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    files[sheet] = { path, rows: file.rows };
  }
  mkdirSync(join(dir, 'pdf'));
  mkdirSync(join(dir, 'xls'));
  soffice('pdf', SHEETS.map((s) => files[s]!.path));
  soffice('xls', SHEETS.map((s) => files[s]!.path));
});
afterAll(() => {
  if (!SOFFICE) return;
  ledger.close();
  cleanup();
});

describe.skipIf(!SOFFICE)('quarterly sheets in LibreOffice (skipped: soffice is not installed)', () => {
  it.each(SHEETS)('converts the %s to a PDF', (sheet) => {
    const pdf = join(dir, 'pdf', `${sheet}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 landscape: the page box is 842 × 595 points.
    expect(bytes.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 84[12](?:\.\d+)? 59[45](?:\.\d+)?\s*\]/);
  });

  it.each([
    ['needs-sheet', 'needs-sheet'],
    ['service-sheet', 'hr-feedback-counts'],
    ['returnees', 'returnees'],
  ] as const)('re-imports the %s saved as .xls by LibreOffice to the same data', async (sheet, templateId) => {
    const bytes = readFileSync(join(dir, 'xls', `${sheet}.xls`));
    const preview = await ledger.call('imports.stage', { fileName: `${sheet}.xls`, contentBase64: bytes.toString('base64') });
    expect(preview).toMatchObject({ format: 'xls', templateId, errorCount: 0, counts: { read: files[sheet]!.rows, unchanged: files[sheet]!.rows } });
    expect(files[sheet]!.rows).toBeGreaterThan(0);
  });
});
