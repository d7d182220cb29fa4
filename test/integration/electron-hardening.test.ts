// Electron cannot run here: the window options are a pure function, and the runtime rules are
// applied to small stand-ins that record what was registered, then exercised.
import type { App, Session, WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { denyNavigation, denyPermissions, denyWindowOpen, refuseWebviews } from '../../main/electron/hardening';
import { mainWindowOptions } from '../../main/electron/window-options';

describe('the main window', () => {
  const prefs = mainWindowOptions('/app/preload.cjs', true).webPreferences!;
  it('isolates the page: context isolation and sandbox on, Node integration off everywhere', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });
  it('keeps web security on, refuses insecure content, experiments and <webview>', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false });
  });
  it('turns developer tools off in a packaged build only', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p', false).webPreferences!.devTools).toBe(true);
  });
  it('loads only the preload it was given', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
  it('ships a strict Content-Security-Policy with the page: no remote scripts, no eval, no plugins', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('runtime rules', () => {
  function contentsStandIn() {
    const handlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: (() => { action: string }) | null = null;
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }) => void) => handlers.set(name, fn),
      setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
    } as unknown as WebContents;
    const fire = (name: string) => {
      let prevented = false;
      handlers.get(name)?.({ preventDefault: () => (prevented = true) });
      return prevented;
    };
    return { contents, fire, open: () => openHandler?.() };
  }

  it('refuses every navigation and redirect away from the app', () => {
    const c = contentsStandIn();
    denyNavigation(c.contents);
    expect(c.fire('will-navigate')).toBe(true);
    expect(c.fire('will-redirect')).toBe(true);
  });

  it('denies window.open', () => {
    const c = contentsStandIn();
    denyWindowOpen(c.contents);
    expect(c.open()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyPermissions({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as unknown as Session);
    let granted: boolean | null = null;
    request!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
  });

  it('refuses to attach any <webview>', () => {
    let created: ((e: unknown, contents: WebContents) => void) | null = null;
    refuseWebviews({ on: (_name: string, fn: typeof created) => (created = fn) } as unknown as App);
    const c = contentsStandIn();
    created!(null, c.contents);
    expect(c.fire('will-attach-webview')).toBe(true);
  });
});
