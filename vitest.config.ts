// Projects: unit (shared/ logic), integration (main/ with real SQLite on temp files),
// reliability (crash, hostile files, load), e2e (real headless Chromium against browser mode; needs `npm run build:renderer` first).
// The JSON report feeds the `tests: N passed, N failed` line of .ci/run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    globalSetup: ['test/setup/build-bundles.ts'],
    outputFile: { json: 'test-output/vitest-report.json' },
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        // Crash (SIGKILL) harness, hostile-file corpus and HTTP load: slow, run one file at a time.
        test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
