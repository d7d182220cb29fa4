/** Run the CLI as a user would, as a separate process: the bundle built by the test setup. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliResult {
  return runCliWithEnv({}, ...args);
}

/** The same, with extra environment variables (e.g. SHOUDI_DB_PASSWORD). */
export function runCliWithEnv(env: Record<string, string>, ...args: string[]): CliResult {
  const bundle = process.env.SHOUDI_TEST_CLI;
  const [command, prefix] = bundle ? [process.execPath, [bundle]] : [join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['main/cli.ts']];
  const result = spawnSync(command, [...prefix, ...args], { encoding: 'utf8', env: { ...process.env, SHOUDI_DB: '', SHOUDI_DB_PASSWORD: '', SHOUDI_NEW_DB_PASSWORD: '', ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
