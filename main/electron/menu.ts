import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../core/settings';

const LABELS = {
  fi: {
    file: 'Tiedosto',
    quit: 'Lopeta',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    reload: 'Lataa uudelleen',
    zoomIn: 'Suurenna',
    zoomOut: 'Pienennä',
    resetZoom: 'Todellinen koko',
    fullScreen: 'Koko näyttö',
    window: 'Ikkuna',
    minimize: 'Pienennä ikkuna',
    close: 'Sulje ikkuna',
    help: 'Ohje',
    about: 'Tietoja Timantista',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close window',
    help: 'Help',
    about: 'About Timantti',
  },
} satisfies Record<Language, Record<string, string>>;

/** What the desktop app asks when the window would close with unsaved answers. */
export const LEAVE_PROMPT: Record<Language, { message: string; detail: string; stay: string; leave: string }> = {
  fi: {
    message: 'Kaikkia vastauksia ei ole vielä tallennettu levylle.',
    detail: 'Tallennusta yritetään uudelleen. Jos suljet nyt, viimeisimmät vastaukset voivat kadota.',
    stay: 'Jää',
    leave: 'Sulje silti',
  },
  en: {
    message: 'Not all answers have been written to disk yet.',
    detail: 'Saving is being retried. If you close now, the latest answers may be lost.',
    stay: 'Stay',
    leave: 'Close anyway',
  },
};

/** The application menu in the user's language; rebuilt when it changes. */
export function menuTemplate(language: Language, isMac: boolean): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  return [
    ...(isMac
      ? [
          {
            label: 'Timantti',
            submenu: [{ role: 'about', label: l.about }, { type: 'separator' }, { role: 'quit', label: l.quit }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: l.file, submenu: [isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'reload', label: l.reload },
        { type: 'separator' },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { role: 'resetZoom', label: l.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    { label: l.help, submenu: [{ role: 'about', label: l.about }] },
  ];
}

export function setApplicationMenu(language: Language): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, process.platform === 'darwin')));
  app.setAboutPanelOptions({ applicationName: 'Timantti', applicationVersion: app.getVersion() });
}
