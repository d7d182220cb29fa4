/**
 * Electron lifecycle and window only: open the ledger service, create one locked-down window
 * (main/electron: window options and runtime hardening, one rule each), register IPC, Chinese menu,
 * single instance lock. Everything else lives in modules the tests exercise under Node
 * (service, dispatcher, db); this file cannot run on machines without Electron, so it stays thin.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isApiErrorShape } from '../shared/api/errors';
import { denyNavigation, denyPermissions, denyWindowOpen, refuseWebviews } from './electron/hardening';
import { mainWindowOptions } from './electron/window-options';
import { registerIpc } from './ipc';
import { resolveLedgerPath } from './paths';
import type { EventSink } from './api/context';
import { openGate, type LedgerGate } from './service-gate';

const HERE = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(HERE, '..', 'renderer');

let service: LedgerGate | null = null;
let mainWindow: BrowserWindow | null = null;

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function buildMenu(): Menu {
  return Menu.buildFromTemplate([
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新载入' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
  ]);
}

function createWindow(ledger: LedgerGate): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(HERE, 'preload.cjs'), app.isPackaged));
  denyNavigation(window.webContents);
  denyWindowOpen(window.webContents);
  registerIpc(ipcMain, {
    dispatch: ledger.dispatch,
    webContents: () => (window.isDestroyed() ? null : window.webContents),
    appUrlPrefix: `${pathToFileURL(RENDERER_DIR).href}/`,
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(join(RENDERER_DIR, 'index.html'));
  return window;
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  refuseWebviews(app);
  const path = resolveLedgerPath(argValue('--db'), app.getPath('userData'));
  // A new ledger starts empty: the window opens the 首次使用 wizard, which offers the demo town.
  try {
    // An encrypted ledger waits behind the gate: the window shows its unlock screen first.
    const emit: EventSink = (name, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('event', name, payload);
    };
    service = await openGate(path, { emit, ...(process.env.SHOUDI_DB_PASSWORD ? { password: process.env.SHOUDI_DB_PASSWORD } : {}) });
  } catch (error) {
    const message = isApiErrorShape(error) ? error.message : String(error);
    dialog.showErrorBox('无法打开台账', message);
    app.quit();
    return;
  }
  Menu.setApplicationMenu(buildMenu());
  mainWindow = createWindow(service);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    service?.close();
    service = null;
    app.quit();
  });
  void app.whenReady().then(start);
}
