import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../core/ipc/contract';
import type { AppError } from '../../core/result';
import type { Language } from '../../core/settings';
import { useApi } from './api/api-context';
import { LanguageSwitch } from './components/language-switch';
import { StartScreen } from './screens/start-screen';

/** The application shell: top bar with the language switch, the current screen, a footer. */
export function App({ initialInfo }: { initialInfo: AppInfo }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState(initialInfo);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.documentElement.lang = info.language;
    document.title = `${t('app.name')} – ${t('app.tagline')}`;
  }, [info.language, t]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      setBusy(true);
      const result = await api['settings:set']({ language });
      setBusy(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      await i18n.changeLanguage(result.value.language);
      setInfo((old) => ({ ...old, language: result.value.language }));
    },
    [api, i18n],
  );

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link href="#main" sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}>
        {t('app.skipToContent')}
      </Link>
      <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Box component="span" aria-hidden sx={{ width: 18, height: 18, bgcolor: 'primary.main', transform: 'rotate(45deg)', borderRadius: '3px' }} />
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.2rem' }}>
            {t('app.name')}
          </Typography>
          <Typography component="span" sx={{ color: 'text.secondary', flexGrow: 1, display: { xs: 'none', md: 'block' } }}>
            {t('app.tagline')}
          </Typography>
          <LanguageSwitch value={info.language} onChange={(l) => void changeLanguage(l)} disabled={busy} />
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, px: { xs: 2, md: 4 }, py: 4 }}>
        {error && (
          <Alert severity="error" sx={{ maxWidth: 960, mx: 'auto', mb: 3 }} onClose={() => setError(null)}>
            {t(`errors.${error.code}`)}
          </Alert>
        )}
        <StartScreen />
      </Box>
      <Box
        component="footer"
        sx={{ px: 4, py: 2, color: 'text.secondary', fontSize: '0.85rem', display: 'flex', gap: 3, flexWrap: 'wrap', borderTop: 1, borderColor: 'divider' }}
      >
        <span>{t('about.version', { version: info.version })}</span>
        <span>{info.shell === 'desktop' ? t('about.shellDesktop') : t('about.shellWeb')}</span>
        <span>{t('about.dataDir', { dataDir: info.dataDir })}</span>
      </Box>
    </Box>
  );
}
