/**
 * The main window's options — every security-relevant setting in one pure function the tests can
 * check without Electron. Each line names the rule of the Electron security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security) it implements.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    title: '守底台账',
    show: false,
    webPreferences: {
      preload: preloadPath,
      // #3 Enable context isolation.
      contextIsolation: true,
      // #4 Enable process sandboxing.
      sandbox: true,
      // #2 Do not enable Node.js integration for remote (or any) content.
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // #6 Do not disable webSecurity.
      webSecurity: true,
      // #8 Do not enable allowRunningInsecureContent.
      allowRunningInsecureContent: false,
      // #9 Do not enable experimental features.
      experimentalFeatures: false,
      // #10 Do not use enableBlinkFeatures; #12 no <webview>.
      webviewTag: false,
      // Developer tools only while developing.
      devTools: !packaged,
      spellcheck: false,
    },
  };
}
