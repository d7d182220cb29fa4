/**
 * Bundles a test-support entry (a child-process script) into plain JavaScript with esbuild, the
 * way test/setup/build-bundles.ts bundles the CLI: the children then start in a fraction of a
 * second instead of transpiling TypeScript on every spawn. The ledger migrations are copied beside
 * the bundles, where openLedger looks for them (new URL('./migrations/', import.meta.url)).
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHILD_BUNDLE_DIR = join(process.cwd(), 'test-output', 'bundles', 'reliability');

/** Builds test/support/<name>.ts into test-output/bundles/reliability/<name>.mjs; returns its path. */
export async function bundleChild(name: string): Promise<string> {
  mkdirSync(CHILD_BUNDLE_DIR, { recursive: true });
  cpSync('main/db/migrations', join(CHILD_BUNDLE_DIR, 'migrations'), { recursive: true });
  const outfile = join(CHILD_BUNDLE_DIR, `${name}.mjs`);
  await build({
    entryPoints: [`test/support/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3-multiple-ciphers'],
    // ExcelJS and friends are CommonJS and call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
