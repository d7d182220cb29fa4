/**
 * Electron IPC transport: one channel, 'api', onto the shared dispatcher. Calls are accepted only
 * from the main window's own top frame showing the app's own page; anything else gets the
 * error shape, never a throw.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiResult } from '../shared/api/errors';
import type { Dispatch } from './api/dispatch';

export interface IpcOptions {
  dispatch: Dispatch;
  /** The window whose page may call. */
  webContents: () => WebContents | null;
  /** The page's URL prefix (file:///…/dist/renderer/). */
  appUrlPrefix: string;
}

export function isTrustedSender(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  const contents = options.webContents();
  const frame = event.senderFrame;
  return (
    contents !== null &&
    event.sender === contents &&
    frame !== null &&
    frame === contents.mainFrame &&
    frame.url.startsWith(options.appUrlPrefix)
  );
}

export function registerIpc(ipcMain: IpcMain, options: IpcOptions): void {
  ipcMain.handle('api', async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, options)) {
      return { ok: false, error: { code: 'transport.untrusted-frame', message: '拒绝访问：请求不是来自守底台账的窗口' } };
    }
    return options.dispatch(String(method), input);
  });
}
