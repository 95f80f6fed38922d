// `npm run lint:security`: Electronegativity over the main-process and
// renderer sources and the shipped index.html. Electronegativity itself exits
// 0 whatever it finds, so this script reads its CSV and fails on any HIGH or
// MEDIUM finding, and on any finding of the checks that guard the window's
// isolation whatever severity it gives them (it rates an explicit
// `nodeIntegration: true` only INFORMATIONAL).
// Suppress a reviewed finding where it occurs, with `eng-disable CHECK_ID`
// and a reason, never here.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const ALWAYS_FAIL = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'WEB_SECURITY_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK',
]);
// CSP_GLOBAL_CHECK: a missing CSP is MEDIUM and fails above; a CSP the
// evaluator is CERTAIN is weak fails too. Its FIRM "maybe weak" note is
// about `script-src 'self'` being risky for sites that host JSONP, Angular or
// user uploads; the app origin serves only our own built files, so that one
// is informational (test/core/csp.test.ts pins the policy itself).
const isFailing = (f) =>
  f.severity === 'HIGH' || f.severity === 'MEDIUM' || ALWAYS_FAIL.has(f.id) || (f.id === 'CSP_GLOBAL_CHECK' && f.confidence === 'CERTAIN');

const builtHtml = join(root, 'out', 'renderer', 'index.html');
if (!existsSync(builtHtml)) {
  console.log('lint:security: building the app first (the CSP <meta> is added at build time)…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
}

// Stage exactly what ships: main-process sources, renderer sources, built HTML.
const stage = mkdtempSync(join(tmpdir(), 'timantti-eng-'));
cpSync(join(root, 'main'), join(stage, 'main'), { recursive: true });
cpSync(join(root, 'renderer', 'src'), join(stage, 'renderer', 'src'), { recursive: true });
mkdirSync(join(stage, 'renderer'), { recursive: true });
cpSync(builtHtml, join(stage, 'renderer', 'index.html'));

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const csv = join(stage, 'findings.csv');
const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
// AvailableSecurityFixesGlobalCheck downloads Electron's release list: it
// cannot work offline, and on Node 24 its old HTTP client crashes the whole
// run ("The `onCancel` handler was attached after the promise settled").
// What it checks — that the pinned Electron is a supported major — is
// test/main/electron-version.test.ts.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
execFileSync(
  process.execPath,
  ['--require', join(root, 'scripts', 'electronegativity-offline.cjs'), bin, '-i', stage, '-o', csv, '-r', '-e', electronVersion, '-x', EXCLUDED.join(',')],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map(parseCsvLine);
const findings = rows.map(([id, severity, confidence, file, location, , description]) => ({ id, severity, confidence, file, location, description }));
const failing = findings.filter(isFailing);
rmSync(stage, { recursive: true, force: true });

for (const f of findings) {
  const mark = failing.includes(f) ? 'FAIL' : 'info';
  console.log(`${mark} ${f.severity} ${f.id} ${f.file}:${f.location} — ${f.description}`);
}
if (failing.length > 0) {
  console.error(`lint:security: ${failing.length} finding(s) to fix (Electron ${electronVersion}).`);
  process.exit(1);
}
console.log(`lint:security: no HIGH or MEDIUM findings (Electron ${electronVersion}, ${findings.length} informational).`);

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}
