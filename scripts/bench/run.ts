/**
 * `npm run bench`: builds what it needs (renderer), generates or reuses the cached inputs
 * (bench-output/cache/<generator version>/), runs every scenario and its floor — each task in its
 * own child process, each at least three times — and prints a table of median/min/max and peak RSS
 * with the ratio to the floor measured in the same run on the same input. Writes
 * bench-output/bench.json. Speed is never asserted in tests (conventions §13); this is where it is
 * measured.
 *
 *   npm run bench                    full sizes (1 000 000 members, 100 000-row workbooks)
 *   npm run bench -- --scale 0.05    the same scenarios at 5% (development)
 *   npm run bench -- --only import   scenarios whose name contains a word (a whole name: just that one;
 *                                    several, comma-separated)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ledgerWithPersons, OUTPUT_DIR, returnWorkbook } from './cache';
import { SCENARIOS, type Scenario } from './scenarios';

interface Sample {
  ms: number;
  marks: Record<string, number>;
}
interface TaskResult {
  task: string;
  samples: Sample[];
  peakRssMb: number;
}

const { values } = parseArgs({ options: { scale: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string' } } });
const SCALE = Number(values.scale ?? '1');
const RUNS = Math.max(3, Number(values.runs ?? '3'));
const log = (line: string) => process.stderr.write(`${line}\n`);

function runTask(task: string, input: object, runs: number): Promise<TaskResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'bench', 'child.ts'), task, String(runs), JSON.stringify(input)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`bench task ${task} failed (exit ${code})`));
      else resolve(JSON.parse(line) as TaskResult);
    });
  });
}

async function runEachInProcess(task: string, input: object): Promise<TaskResult> {
  const all: TaskResult[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await runTask(task, input, 1));
  return { task, samples: all.flatMap((r) => r.samples), peakRssMb: Math.max(...all.map((r) => r.peakRssMb)) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const stats = (xs: number[]) => ({ median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)) });

async function inputFor(scenario: Scenario): Promise<{ file: string }> {
  const size = Math.max(1000, Math.round(scenario.size * SCALE));
  if (scenario.input === 'ledger') return { file: await ledgerWithPersons(size, log) };
  return { file: await returnWorkbook(scenario.input, size, log) };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join('dist', 'renderer', 'index.html'))) {
    log('构建界面（npm run build:renderer）…');
    execFileSync('npm', ['run', '-s', 'build:renderer'], { stdio: 'inherit' });
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // --only a,b: a word that is a scenario's whole name picks that one; any other word, every name containing it.
  const words = values.only?.split(',').filter(Boolean) ?? [];
  const picks = (name: string) => words.some((w) => (SCENARIOS.some((s) => s.name === w) ? name === w : name.includes(w)));
  const chosen = SCENARIOS.filter((s) => words.length === 0 || picks(s.name));
  const results: Record<string, unknown>[] = [];
  const floors = new Map<string, TaskResult>();
  for (const scenario of chosen) {
    if (!scenario.task) {
      results.push({ scenario: scenario.name, status: 'slot', note: scenario.note });
      continue;
    }
    const input = await inputFor(scenario);
    log(`运行 ${scenario.name} …`);
    let measured: TaskResult;
    let floor: TaskResult | undefined;
    try {
      measured = scenario.processPerRun ? await runEachInProcess(scenario.task, input) : await runTask(scenario.task, input, RUNS);
      if (scenario.floor) {
        const key = `${scenario.floor}\u0000${input.file}`;
        floor = floors.get(key);
        if (!floor) {
          floor = await runTask(scenario.floor, input, RUNS);
          floors.set(key, floor);
        }
      }
    } catch (error) {
      // A scenario that fails (a timeout at scale) is a result too: report it and go on.
      results.push({ scenario: scenario.name, status: 'failed', note: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const own = stats(measured.samples.map((s) => s.ms));
    const floorStats = floor ? stats(floor.samples.map((s) => s.ms)) : null;
    const markNames = [...new Set(measured.samples.flatMap((s) => Object.keys(s.marks)))];
    const marks = Object.fromEntries(markNames.map((m) => [m, stats(measured.samples.map((s) => s.marks[m] ?? NaN))]));
    results.push({
      scenario: scenario.name,
      size: Math.max(1000, Math.round(scenario.size * SCALE)),
      runs: measured.samples.length,
      ...own,
      peakRssMb: measured.peakRssMb,
      floor: floorStats ? { task: scenario.floor, ...floorStats, peakRssMb: floor?.peakRssMb } : null,
      ratio: floorStats ? Math.round((own.median / floorStats.median) * 100) / 100 : null,
      marks,
      target: scenario.target,
    });
  }
  const report = { at: new Date().toISOString(), scale: SCALE, runs: RUNS, cpus: cpus().length, loadAvgAtEnd: loadavg(), totalSeconds: Math.round((Date.now() - started) / 1000), results };
  writeFileSync(join(OUTPUT_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable(results);
  log(`总耗时 ${report.totalSeconds} 秒；结束时负载 ${loadavg().map((x) => x.toFixed(1)).join(' ')}（${cpus().length} 核）；结果：bench-output/bench.json`);
}

function printTable(results: Record<string, unknown>[]): void {
  const rows = [['scenario', 'size', 'median ms', 'min', 'max', 'peak RSS MB', 'floor median', 'ratio', 'target']];
  for (const r of results) {
    if (r.status === 'slot' || r.status === 'failed') {
      rows.push([String(r.scenario), '-', r.status === 'slot' ? 'slot (not plugged in)' : 'FAILED', '', '', '', '', '', String(r.note ?? '')]);
      continue;
    }
    const floor = r.floor as { median: number } | null;
    rows.push([String(r.scenario), String(r.size), String(r.median), String(r.min), String(r.max), String(r.peakRssMb), floor ? String(floor.median) : '-', r.ratio === null ? '-' : `${String(r.ratio)}x`, String(r.target ?? '')]);
    for (const [name, m] of Object.entries(r.marks as Record<string, { median: number; min: number; max: number }>)) {
      rows.push([`  · ${name}`, '', String(m.median), String(m.min), String(m.max), '', '', '', '']);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}\n`);
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
