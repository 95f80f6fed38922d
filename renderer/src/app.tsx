import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../core/ipc/contract';
import type { AppError } from '../../core/result';
import type { Language } from '../../core/settings';
import { useApi } from './api/api-context';
import { LanguageSwitch } from './components/language-switch';
import { LibraryNotices } from './components/library-notices';
import { usePresentation } from './presentation-mode';
import { navigate, useRoute, type Route } from './router';
import { LibraryScreen } from './screens/library-screen';
import { RunnerScreen } from './screens/runner/runner-screen';
import { SettingsScreen } from './screens/settings-screen';
import { SetupScreen } from './screens/setup-screen';

/** The application shell: top bar, library notices, the current screen, a footer. */
export function App({ initialInfo }: { initialInfo: AppInfo }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const [info, setInfo] = useState(initialInfo);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [unavailable, setUnavailable] = useState<string | undefined>();

  useEffect(() => {
    document.documentElement.lang = info.language;
    document.title = `${t('app.name')} – ${t('app.tagline')}`;
  }, [info.language, t]);

  useEffect(() => {
    void api['library:status']().then((r) => r.ok && setUnavailable(r.value.unavailable));
  }, [api]);

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

  // The workshop gets a slimmer frame; on the projector no frame at all: the
  // runner's own line has every control, and the statement gets the screen.
  const workshop = route.name === 'run';
  const presentation = usePresentation();
  const projecting = workshop && presentation;
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link href="#main" sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}>
        {t('app.skipToContent')}
      </Link>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper', display: projecting ? 'none' : undefined }}
      >
        <Toolbar sx={{ gap: 2 }} variant={workshop ? 'dense' : 'regular'}>
          <Box component="span" aria-hidden sx={{ width: 18, height: 18, bgcolor: 'primary.main', transform: 'rotate(45deg)', borderRadius: '3px' }} />
          <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.2rem' }}>
            {t('app.name')}
          </Typography>
          <Typography component="span" sx={{ color: 'text.secondary', display: { xs: 'none', lg: 'block' } }}>
            {t('app.tagline')}
          </Typography>
          <Box component="nav" aria-label={t('nav.main')} sx={{ display: 'flex', gap: 1, ml: 'auto' }}>
            <NavButton route={{ name: 'library' }} current={route} label={t('nav.library')} />
            <NavButton route={{ name: 'settings' }} current={route} label={t('nav.settings')} />
          </Box>
          <LanguageSwitch value={info.language} onChange={(l) => void changeLanguage(l)} disabled={busy} />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, px: projecting ? 3 : { xs: 2, md: 4 }, py: projecting ? 1.5 : workshop ? 2 : 4, outline: 'none' }}
      >
        {unavailable && (
          <Alert severity="error" sx={{ maxWidth: 1200, mx: 'auto', mb: 3 }}>
            {t('errors.library-unavailable')} ({unavailable})
          </Alert>
        )}
        <LibraryNotices />
        {error && (
          <Alert severity="error" sx={{ maxWidth: 1200, mx: 'auto', mb: 3 }} onClose={() => setError(null)}>
            {t(`errors.${error.code}`)}
          </Alert>
        )}
        <Suspense fallback={null}>
          <Screen route={route} info={info} onLanguage={(l) => void changeLanguage(l)} />
        </Suspense>
      </Box>
      {!workshop && (
        <Box
          component="footer"
          sx={{ px: 4, py: 2, color: 'text.secondary', fontSize: '0.85rem', display: 'flex', gap: 3, flexWrap: 'wrap', borderTop: 1, borderColor: 'divider' }}
        >
          <span>{t('about.version', { version: info.version })}</span>
          <span>{info.shell === 'desktop' ? t('about.shellDesktop') : t('about.shellWeb')}</span>
          <span>{t('about.dataDir', { dataDir: info.dataDir })}</span>
        </Box>
      )}
    </Box>
  );
}

// Loaded on first use: the results (Chart.js, the report dialog) and the
// roadmap are not needed to start the app or to run a workshop, and keeping
// them out of the start bundle keeps it under 300 KB gzip.
const ResultsScreen = lazy(() => import('./screens/results-screen').then((m) => ({ default: m.ResultsScreen })));
const QuestionnairesScreen = lazy(() => import('./screens/questionnaires-screen').then((m) => ({ default: m.QuestionnairesScreen })));
const CompareScreen = lazy(() => import('./screens/compare/compare-screen').then((m) => ({ default: m.CompareScreen })));
const RoadmapScreen = lazy(() => import('./screens/roadmap/roadmap-screen').then((m) => ({ default: m.RoadmapScreen })));

function Screen({ route, info, onLanguage }: { route: Route; info: AppInfo; onLanguage: (l: Language) => void }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'new-assessment':
      return <SetupScreen key={`new-${route.clientId}`} clientId={route.clientId} {...(route.copyFrom ? { copyFrom: route.copyFrom } : {})} />;
    case 'setup':
      return <SetupScreen key={route.id} assessmentId={route.id} />;
    case 'run':
      return <RunnerScreen key={route.id} assessmentId={route.id} {...(route.statementId ? { statementId: route.statementId } : {})} />;
    case 'results':
      return <ResultsScreen key={route.id} assessmentId={route.id} />;
    case 'compare':
      return <CompareScreen key={route.clientId} clientId={route.clientId} />;
    case 'roadmap':
      return <RoadmapScreen key={route.id} assessmentId={route.id} />;
    case 'questionnaires':
      return <QuestionnairesScreen />;
    case 'settings':
      return <SettingsScreen info={info} onLanguage={onLanguage} />;
  }
}

function NavButton({ route, current, label }: { route: Route; current: Route; label: string }) {
  // The questionnaires are part of the library.
  const active = current.name === route.name || (route.name === 'library' && current.name === 'questionnaires');
  return (
    <Button
      color={active ? 'primary' : 'inherit'}
      aria-current={active ? 'page' : undefined}
      onClick={() => void navigate(route)}
      sx={{ fontWeight: active ? 700 : 500 }}
    >
      {label}
    </Button>
  );
}
