/**
 * The browser-mode server of a benchmark, in its own process: `server.ts <ledger>` opens the ledger
 * service and the HTTP host, prints one JSON line {openUrl, token, openMs}, and on SIGTERM prints
 * {peakRssMb} (VmHWM of this process alone) and exits; on SIGUSR2 it prints {peakRssMb} and goes on. The grid and cold-start tasks drive
 * Chromium from another process, as in the app (Electron's main process serves, the renderer
 * asks), so a slow request shows as a slow request and not as a stalled test driver, and the
 * server's peak RSS is its own.
 */
import { join } from 'node:path';
import { startHttpHost } from '../../main/http-host';
import { openService } from '../../main/service';
import { peakRssMb } from './peak-rss';

async function main(): Promise<void> {
  const started = performance.now();
  const service = await openService(process.argv[2] ?? '', { dailyBackup: false, actor: 'bench' });
  const host = await startHttpHost({ dispatch: service.dispatch, staticDir: join(process.cwd(), 'dist', 'renderer') });
  process.stdout.write(`${JSON.stringify({ openUrl: host.openUrl, token: host.token, openMs: performance.now() - started })}\n`);
  process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb() })}\n`));
  process.on('SIGTERM', () => {
    void host.close().then(() => {
      service.close();
      process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb() })}\n`);
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
