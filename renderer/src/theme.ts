import { createTheme } from '@mui/material/styles';

/**
 * Calm, high-contrast and large enough to read on a projector from the back
 * of a meeting room. Inter is bundled (no CDN): the app works offline.
 */
// People who ask their OS for less motion get none; the tests ask too, so
// nothing is caught mid-animation.
const reduceMotion = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const theme = createTheme({
  ...(reduceMotion
    ? { transitions: { create: () => 'none', duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 } } }
    : {}),
  palette: {
    mode: 'light',
    primary: { main: '#1d4e89' },
    secondary: { main: '#0f766e' },
    background: { default: '#f6f7f9', paper: '#ffffff' },
    text: { primary: '#14202e', secondary: '#44505e' },
  },
  typography: {
    fontFamily: '"Inter", "Segoe UI", system-ui, sans-serif',
    fontSize: 15,
    h1: { fontSize: '2.4rem', fontWeight: 700, letterSpacing: '-0.01em' },
    h2: { fontSize: '1.4rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
  },
  shape: { borderRadius: 10 },
  components: {
    // Sentence case reads calmer than MUI's default capitals.
    MuiButton: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
  },
});
