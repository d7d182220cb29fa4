/**
 * Runtime rules of the Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one function per rule so each can be read, applied and tested on its own.
 */
import type { App, Session, WebContents } from 'electron';

/** #13 Disable or limit navigation: the app never leaves its own page. */
export function denyNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
}

/** #14 Disable or limit creation of new windows. */
export function denyWindowOpen(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** #5 Handle session permission requests: a ledger needs no camera, location or notifications. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** #12 Verify WebView options before creation: there are none, so refuse every <webview>. */
export function refuseWebviews(app: App): void {
  app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (event) => event.preventDefault()));
}
