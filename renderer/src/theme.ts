import { createTheme } from '@mui/material/styles';

/**
 * Calm, high-contrast and large enough to read on a projector from the back
 * of a meeting room. Inter is bundled (no CDN): the app works offline.
 */
export const theme = createTheme({
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
    MuiButtonBase: { defaultProps: { disableRipple: false } },
  },
});
