import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../core/ipc/channels';

// The preload hands the page exactly one function per contract channel and
// nothing else: never ipcRenderer itself, never a generic "send anything".
// Inputs are parsed again in main; the page is not trusted.
const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]));

contextBridge.exposeInMainWorld('timantti', Object.freeze(api));
