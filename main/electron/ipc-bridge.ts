import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS } from '../../core/ipc/channels';
import type { HandlerTable } from '../../core/ipc/handler-table';
import { fail } from '../../core/result';

/**
 * Whether an IPC call comes from our own window's top frame showing our own
 * app. Anything else (another window, an iframe, a page the window was
 * somehow navigated to) is refused, as Electron Fiddle does.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, ownContents: () => WebContents | undefined, isAppUrl: (url: string) => boolean): boolean {
  const own = ownContents();
  if (!own || event.sender !== own) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== own.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** Serves every channel of the handler table over `ipcMain.handle`. */
export function serveHandlersOverIpc(table: HandlerTable, ownContents: () => WebContents | undefined, isAppUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, ownContents, isAppUrl)) return fail('forbidden', `refused ${channel} from an untrusted sender`);
      return table[channel](input);
    });
  }
}
