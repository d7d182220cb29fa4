// Bundles the Electron main process and preload with esbuild into dist/main.
// better-sqlite3 and electron stay external (native module / runtime); migrations are copied
// beside the bundle, where main/db/open.ts looks for them (./migrations relative to the module).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, external: ['electron', 'better-sqlite3'], logLevel: 'warning' };

mkdirSync('dist/main', { recursive: true });
await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.js', format: 'esm' });
await build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs' });
cpSync('main/db/migrations', 'dist/main/migrations', { recursive: true });
console.log('主进程已构建：dist/main');
