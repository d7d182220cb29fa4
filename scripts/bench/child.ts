/**
 * One benchmark task in its own process: `child.ts <task> <runs> <json input>`. Prepares, runs the
 * task `runs` times, and prints one JSON line: the wall time and marks of each run and the
 * process's peak RSS (so a task's memory is its own, not the parent's or another task's).
 */
import { peakRssMb } from './peak-rss';
import { TASKS, type Marks } from './tasks';

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
