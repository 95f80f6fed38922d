import './fonts.css';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { ConfirmProvider } from './components/confirm';
import { NotifierProvider } from './components/notifier';
import { pickApi } from './api';
import { App } from './app';
import { copyWithoutSoftHyphens } from './hyphenation';
import { initI18n } from './i18n';
import { theme } from './theme';
import { languageFromLocale } from '../../core/settings';

async function boot(): Promise<void> {
  document.addEventListener('copy', copyWithoutSoftHyphens);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const api = pickApi();
  const info = await api['app:info']();
  if (!info.ok) {
    // Without settings we cannot know the language: say it in both.
    root.render(<p role="alert">Timantti: {info.error.message} / Sovelluksen tietoja ei saatu ladattua.</p>);
    return;
  }
  // The user's stored choice wins; without one, the language of this browser (or of the desktop, which
  // Electron passes to navigator.language), not the locale of the machine serving browser mode.
  const language = info.value.languageChosen ? info.value.language : languageFromLocale(navigator.languages?.[0] ?? navigator.language);
  await initI18n(language);
  root.render(
    <StrictMode>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <ApiProvider api={api}>
          <NotifierProvider>
            <ConfirmProvider>
              <App initialInfo={{ ...info.value, language }} />
            </ConfirmProvider>
          </NotifierProvider>
        </ApiProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}

void boot();
