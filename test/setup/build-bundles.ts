// Vitest global setup: bundle the workbook-reader worker and the CLI once per run, so tests start
// them as plain JavaScript instead of transpiling TypeScript in every worker and every CLI call
// (seconds each on a busy two-core machine).
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3-multiple-ciphers'],
  // ExcelJS and friends are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};

export default async function setup(): Promise<void> {
  const dir = join(process.cwd(), 'test-output', 'bundles');
  mkdirSync(dir, { recursive: true });
  const worker = join(dir, 'read-worker.mjs');
  await build({ ...BUNDLE, entryPoints: ['main/io/read-worker.ts'], outfile: worker });
  // The CLI finds its migrations beside itself, as the packaged app does.
  const cli = join(dir, 'cli.mjs');
  await build({ ...BUNDLE, entryPoints: ['main/cli.ts'], outfile: cli });
  cpSync('main/db/migrations', join(dir, 'migrations'), { recursive: true });
  process.env.SHOUDI_READ_WORKER = worker;
  process.env.SHOUDI_TEST_CLI = cli;
}
