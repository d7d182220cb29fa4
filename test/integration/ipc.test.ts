// Electron cannot run here, so the IPC transport is exercised with stand-ins for Electron's
// event objects around the real dispatcher and a real ledger. The values cross a JSON
// round-trip, as they would cross the process boundary.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../main/db/open';
import { registerIpc } from '../../main/ipc';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

const APP = 'file:///opt/shoudi/resources/app.asar/dist/renderer/';
let ledger: TempLedger;
let invoke: (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const mainFrame = { url: `${APP}index.html` };
const contents = { mainFrame } as unknown as WebContents;

beforeAll(async () => {
  ledger = await tempLedger();
  const ipcMain = {
    handle: (channel: string, listener: typeof invoke) => {
      expect(channel).toBe('api');
      invoke = listener;
    },
  } as unknown as IpcMain;
  registerIpc(ipcMain, { dispatch: ledger.service.dispatch, webContents: () => contents, appUrlPrefix: APP });
});
afterAll(() => ledger.close());

const event = (sender: unknown, frame: unknown) => ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const wire = async (value: Promise<unknown>) => JSON.parse(JSON.stringify(await value)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };

describe('the IPC transport', () => {
  it("answers calls from the app window's own page", async () => {
    const result = await wire(invoke(event(contents, mainFrame), 'ledger.info', {}));
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: MIGRATIONS.length } });
  });

  it('refuses a call from a sub-frame', async () => {
    const result = await wire(invoke(event(contents, { url: `${APP}index.html` }), 'ledger.info', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'transport.untrusted-frame' } });
  });

  it('refuses a call from a page that is not the app (a navigated or foreign page)', async () => {
    const foreign = { url: 'https://example.com/' };
    const result = await wire(invoke(event({ mainFrame: foreign }, foreign), 'ledger.info', {}));
    expect(result.error?.code).toBe('transport.untrusted-frame');
    expect(result.error?.message).toMatch(/拒绝访问/);
  });

  it('returns bad input as the error shape across the boundary, never a throw', async () => {
    for (const [method, input] of [[42, {}], ['households.get', { id: 'x' }], ['members.update', undefined], [null, null]] as const) {
      const result = await wire(invoke(event(contents, mainFrame), method, input));
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
