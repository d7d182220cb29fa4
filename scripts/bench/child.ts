/**
 * One benchmark task in its own process: `child.ts <task> <runs> <json input>`. Prepares, runs the
 * task `runs` times, and prints one JSON line: the wall time and marks of each run and the
 * process's peak RSS (so a task's memory is its own, not the parent's or another task's).
 */
import { readFileSync } from 'node:fs';
import { TASKS, type Marks } from './tasks';

/**
 * Peak RSS of this process in MB, worker threads included. On Linux it is VmHWM, the high-water
 * mark of this process's own address space: `resourceUsage().maxRSS` is not, because Linux carries
 * the parent's peak across fork+exec into it — a child spawned by a runner that had just generated
 * a 1.7 GB workbook reported 1.7 GB whatever it did itself.
 */
function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Math.round(Number(kb) / 1024);
  } catch {
    // Not Linux: fall back below.
  }
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(): Promise<void> {
  const [name = '', runsText = '3', inputText = '{}'] = process.argv.slice(2);
  const task = TASKS[name];
  if (!task) throw new Error(`unknown bench task ${name}`);
  const prepared = await task(JSON.parse(inputText) as { file: string });
  const samples: { ms: number; marks: Marks }[] = [];
  try {
    for (let i = 0; i < Number(runsText); i++) {
      await prepared.beforeEach?.();
      const started = performance.now();
      const marks = (await prepared.run()) ?? {};
      samples.push({ ms: performance.now() - started, marks });
    }
  } finally {
    prepared.cleanup?.();
  }
  process.stdout.write(`${JSON.stringify({ task: name, samples, peakRssMb: peakRssMb() })}\n`);
}

main().then(
  () => setTimeout(() => process.exit(0), 500),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
