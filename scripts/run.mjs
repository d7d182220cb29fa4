// Small helpers for the start/serve scripts: run an npm script, ask a yes/no question.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';

export function npmRun(script, extra = []) {
  const result = spawnSync('npm', ['run', '-s', script, ...(extra.length ? ['--', ...extra] : [])], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export async function askYes(question) {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(question)).trim().toLowerCase();
  rl.close();
  return answer === '' || answer === 'y' || answer === 'yes' || answer === '是';
}
