// `npm start`: build, then launch the Electron app. Electron fetches its binary on first launch;
// where it cannot (an offline PC, a closed network), say so in Chinese and offer browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { askYes, npmRun } from './run.mjs';

function electronPath() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 10 * 60 * 1000 });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

npmRun('build');
const electron = electronPath();
if (!electron) {
  console.error(
    [
      '',
      '无法启动桌面版：这台电脑没有 Electron 运行环境，也无法联网下载（首次启动需要下载约 100 MB）。',
      '可以改用浏览器模式，功能相同：运行 npm run serve，然后在浏览器中打开它打印的地址。',
      '',
    ].join('\n'),
  );
  if (await askYes('现在以浏览器模式启动吗？[Y/n] ')) npmRun('cli', ['serve', ...process.argv.slice(2)]);
  process.exit(1);
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 0));
