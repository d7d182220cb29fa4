/** The peak RSS a bench process reports about itself (child.ts tasks, server.ts). */
import { readFileSync } from 'node:fs';

/**
 * Peak RSS of this process in MB, worker threads included. On Linux it is VmHWM, the high-water
 * mark of this process's own address space: `resourceUsage().maxRSS` is not, because Linux carries
 * the parent's peak across fork+exec into it — a child spawned by a runner that had just generated
 * a 1.7 GB workbook reported 1.7 GB whatever it did itself.
 */
export function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Math.round(Number(kb) / 1024);
  } catch {
    // Not Linux: fall back below.
  }
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
