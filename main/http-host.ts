/**
 * Browser mode: a local HTTP host for machines without Electron. It serves the built renderer and
 * `POST /api/<method>` onto the same dispatcher as IPC.
 *
 * This makes every API method reachable by anything on the PC, so it is a public boundary:
 * bound to 127.0.0.1 only; every API request must carry the random session token (printed with the
 * URL); a foreign Host header (DNS rebinding) or Origin header (another web page) is refused;
 * bodies are JSON and size-limited. Static files carry a strict Content-Security-Policy.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorShape } from '../shared/api/errors';
import type { Dispatch } from './api/dispatch';

/** Imports send workbooks as base64 JSON: 60 MB of file is about 80 MB on the wire. */
export const MAX_BODY_BYTES = 90 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  /** 0 = a free port. */
  port?: number;
  /** Fixed token (tests); default 32 random bytes. */
  token?: string;
}

export interface HttpHost {
  url: string;
  /** URL to open in the browser, token included. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, error: ApiErrorShape): void {
  sendJson(res, status, { ok: false, error });
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, pathname: string, res: ServerResponse): void {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
  const file = join(staticDir, relative);
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    if (!existsSync(join(staticDir, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('界面尚未构建：请先运行 npm run build:renderer（npm run serve 会自动构建）');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end('找不到该页面');
    return;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-store' : 'max-age=3600';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, ...SECURITY_HEADERS });
  res.end(readFileSync(file));
}

export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const staticDir = normalize(options.staticDir);
  let port = 0;

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts().includes(req.headers.host ?? '')) {
        refuse(res, 403, { code: 'transport.bad-host', message: '拒绝访问：只接受本机地址的请求' });
        return;
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          refuse(res, 405, { code: 'transport.bad-method', message: '不支持的请求方式' });
          return;
        }
        serveStatic(staticDir, url.pathname, res);
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().includes(origin)) {
        refuse(res, 403, { code: 'transport.bad-origin', message: '拒绝访问：请求来自其他网页' });
        return;
      }
      if (!tokenMatches(req.headers['x-shoudi-token'], token)) {
        refuse(res, 401, { code: 'transport.bad-token', message: '访问令牌无效：请使用 npm run serve 打印的完整地址重新打开' });
        return;
      }
      if (req.method !== 'POST') {
        refuse(res, 405, { code: 'transport.bad-method', message: '接口只接受 POST 请求' });
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        refuse(res, 415, { code: 'transport.bad-content-type', message: '请求内容必须是 JSON' });
        return;
      }
      const body = await readBody(req);
      if (body === null) {
        refuse(res, 413, { code: 'transport.too-large', message: '请求内容太大' });
        return;
      }
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        refuse(res, 400, { code: 'transport.bad-json', message: '请求内容不是有效的 JSON' });
        return;
      }
      const result = await options.dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
      sendJson(res, 200, result);
    })().catch(() => {
      if (!res.headersSent) refuse(res, 500, { code: 'internal', message: '程序内部出错，请重试' });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        openUrl: `${url}?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
