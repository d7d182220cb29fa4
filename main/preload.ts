/**
 * Preload (sandboxed, context-isolated): exposes exactly `window.shoudi = { invoke, onEvent }`.
 * No Node or Electron object reaches the page; everything goes through the 'api' channel and
 * the dispatcher's validation in main.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('shoudi', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('api', String(method), input),
  onEvent: (listener: (name: string, payload: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on('event', handler);
    return () => ipcRenderer.removeListener('event', handler);
  },
});
