// Bundles the Electron main process and preload with esbuild into dist/main.
// The SQLite driver (better-sqlite3-multiple-ciphers) and electron stay external (native module /
// runtime); migrations are copied beside the bundle, where main/db/open.ts looks for them
// (./migrations relative to the module).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, external: ['electron', 'better-sqlite3-multiple-ciphers'], logLevel: 'warning' };

// CommonJS dependencies (ExcelJS, SheetJS helpers) call require() inside the ESM bundles.
const REQUIRE_SHIM = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

mkdirSync('dist/main', { recursive: true });
await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.js', format: 'esm', banner: REQUIRE_SHIM });
await build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs' });
// The workbook reader runs in a worker thread (main/io/read-in-worker.ts looks for it here).
await build({ ...common, entryPoints: ['main/io/read-worker.ts'], outfile: 'dist/main/read-worker.js', format: 'esm', banner: REQUIRE_SHIM });
cpSync('main/db/migrations', 'dist/main/migrations', { recursive: true });
console.log('主进程已构建：dist/main');
