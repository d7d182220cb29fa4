/**
 * The renderer's one API client: `api.call('members.update', input)` with the answer typed from
 * the contract. The transport is chosen once at start: Electron IPC when the preload exposed
 * `window.shoudi`, else HTTP to the browser-mode host with the session token from the URL.
 * Failures come back as `ApiCallError` carrying the Chinese message a clerk can read.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiErrorShape, ApiResult } from '../../shared/api/errors';
import type { ApiEventName, ApiEvents } from '../../shared/api/events';

export interface ShoudiBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    shoudi?: ShoudiBridge;
  }
}

export class ApiCallError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly details: unknown;
  constructor(error: ApiErrorShape) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const TOKEN_KEY = 'shoudi.token';

/** Browser mode: the token arrives once in the URL (?token=…), then lives in sessionStorage. */
function httpToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = httpToken();
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shoudi-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'transport.offline', message: '无法连接守底台账服务，请确认 npm run serve 仍在运行' } };
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'transport.bad-response', message: `服务返回了无法识别的内容（HTTP ${response.status}）` } };
    }
  };
}

function chooseTransport(): Transport {
  const bridge = window.shoudi;
  return bridge ? (method, input) => bridge.invoke(method, input) : httpTransport();
}

let transport: Transport | null = null;

export const api = {
  async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    transport ??= chooseTransport();
    const result = await transport(method, input);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value as ApiOutput<M>;
  },

  onEvent<E extends ApiEventName>(name: E, listener: (payload: ApiEvents[E]) => void): () => void {
    const bridge = window.shoudi;
    if (!bridge) return () => undefined;
    return bridge.onEvent((eventName, payload) => {
      if (eventName === name) listener(payload as ApiEvents[E]);
    });
  },
};
