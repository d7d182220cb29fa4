import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../main/http-host';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
let host: HttpHost;

beforeAll(async () => {
  ledger = await tempLedger();
  const staticDir = join(ledger.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>守底台账</title>');
  host = await startHttpHost({ dispatch: ledger.service.dispatch, staticDir });
});
afterAll(async () => {
  await host.close();
  ledger.close();
});

/** Raw request so Host and Origin can be set freely (fetch forbids them). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', 'X-Shoudi-Token': host.token, ...extra });

describe('browser-mode HTTP host', () => {
  it('listens on the loopback address only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.openUrl).toContain(`token=${host.token}`);
  });

  it('answers an API call carrying the token', async () => {
    const res = await send('/api/ledger.info', { headers: json(), body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { counts: { households: 0 } } });
  });

  it('refuses a call without the token', async () => {
    const res = await send('/api/ledger.info', { headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'transport.bad-token', message: expect.stringContaining('令牌') } });
  });

  it('refuses a call with a wrong token of the same length', async () => {
    const res = await send('/api/ledger.info', { headers: json({ 'X-Shoudi-Token': 'f'.repeat(host.token.length) }), body: '{}' });
    expect(res.status).toBe(401);
  });

  it('refuses a call from a foreign Origin even with the token', async () => {
    const res = await send('/api/ledger.info', { headers: json({ Origin: 'http://evil.example' }), body: '{}' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('transport.bad-origin');
  });

  it('refuses a foreign Host header (DNS rebinding), for pages and API alike', async () => {
    const api = await send('/api/ledger.info', { headers: json({ Host: `evil.example:${host.port}` }), body: '{}' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body).error.code).toBe('transport.bad-host');
    const page = await send('/', { method: 'GET', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts its own Origin', async () => {
    const res = await send('/api/ledger.info', { headers: json({ Origin: `http://127.0.0.1:${host.port}` }), body: '{}' });
    expect(res.status).toBe(200);
  });

  it('refuses non-JSON bodies and bad JSON with the error shape', async () => {
    expect((await send('/api/ledger.info', { headers: { 'X-Shoudi-Token': host.token, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const bad = await send('/api/ledger.info', { headers: json(), body: '{oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('transport.bad-json');
  });

  it('passes validation failures through as the error shape', async () => {
    const res = await send('/api/households.get', { headers: json(), body: JSON.stringify({ id: 'one' }) });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('serves the renderer with a strict content security policy and never files outside it', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('守底台账');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const escape = await send('/..%2f..%2fledger.db', { method: 'GET' });
    expect(escape.status).toBe(404);
  });
});
