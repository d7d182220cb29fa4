// Vitest global setup: bundle the workbook-reader worker once per run, so tests start it as
// plain JavaScript instead of transpiling TypeScript inside every worker (seconds per import).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  const dir = join(process.cwd(), 'test-output', 'worker');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'read-worker.mjs');
  await build({
    entryPoints: ['main/io/read-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3'],
    // ExcelJS and friends are CommonJS and call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  process.env.SHOUDI_READ_WORKER = outfile;
}
