/**
 * A finding's identity and fingerprint. The key names the rule and the record/cell (stable across
 * runs, so a 已核实 mark can find its finding again); the fingerprint hashes the values the rule
 * read, so a mark is kept only while those values stay the same. FNV-1a, two 32-bit lanes: not a
 * security measure, only change detection.
 */
import type { Finding } from './types';

export function findingKey(f: Pick<Finding, 'ruleId' | 'recordKind' | 'recordId' | 'field'>): string {
  return `${f.ruleId}|${f.recordKind}:${f.recordId}|${f.field}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function fingerprintOf(f: Pick<Finding, 'read'>): string {
  const keys = Object.keys(f.read).sort();
  const text = JSON.stringify(keys.map((k) => [k, f.read[k] ?? null]));
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x2f6b4a1d).toString(16).padStart(8, '0');
}
