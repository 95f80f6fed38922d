import { createHash } from 'node:crypto';

/**
 * The phone's page: one self-contained HTML document (no framework, no app
 * bundle, no assessment data: everything it shows arrives over /events after
 * joining). Kept as TypeScript strings rather than an .html file so that
 * every runner (electron-vite, vitest, tsx for the bench) loads it the same
 * way, and so that the CSP's hashes are computed from the very bytes served.
 */

const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f5f6f8;color:#14181f}
main{max-width:40rem;margin:0 auto;padding:12px 14px 32px}
header{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-bottom:8px}
h1{font-size:1rem;margin:0;font-weight:600;color:#3a4150}
h2{font-size:1.35rem;line-height:1.3;margin:.25rem 0 1rem}
p,h1,h2,button,label{hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word}
.area{font-size:.95rem;color:#4a5263;margin:0}
.lang{display:flex;gap:4px}
button{font:inherit;color:inherit;cursor:pointer;border-radius:10px;border:2px solid #c4cad6;background:#fff;min-height:44px;min-width:44px}
button:focus-visible,input:focus-visible{outline:3px solid #1f5fd6;outline-offset:2px}
.lang button{padding:4px 10px;font-size:.9rem}
.lang button[aria-pressed=true]{background:#14181f;color:#fff;border-color:#14181f}
.levels{display:grid;gap:10px;margin:0;padding:0;list-style:none}
.choice{display:flex;align-items:flex-start;gap:12px;width:100%;padding:12px;text-align:left;min-height:56px}
.num{flex:0 0 auto;display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:50%;background:#e8ecf3;font-weight:700;font-size:1.3rem}
.txt{flex:1 1 auto;min-width:0;font-size:1rem}
.other{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:10px}
.other .choice{justify-content:center;text-align:center;align-items:center}
.choice[aria-pressed=true]{border-color:#1f5fd6;background:#e7efff;box-shadow:inset 0 0 0 2px #1f5fd6}
.choice[aria-pressed=true] .num{background:#1f5fd6;color:#fff}
.status{position:sticky;bottom:0;min-height:2.2em;margin:14px 0 0;padding:8px 0;background:#f5f6f8;font-weight:600;font-size:1.05rem}
.status:empty{min-height:0;padding:0}
.ok{color:#0d6b2f}
.err{color:#b3261e}
.seats{display:grid;gap:10px}
.seats button{padding:10px 14px;text-align:left;width:100%}
form{display:flex;gap:8px;flex-wrap:wrap}
input{font:inherit;font-size:1.5rem;letter-spacing:.2em;padding:8px 10px;width:9ch;min-height:48px;border:2px solid #c4cad6;border-radius:10px}
.primary{background:#1f5fd6;border-color:#1f5fd6;color:#fff;padding:8px 18px}
.muted{color:#4a5263}
[hidden]{display:none!important}
`;

const SCRIPT = `
(function () {
  'use strict';
  var T = {
    fi: {
      title: 'Äänestys', you: 'Sinä', choose: 'Valitse paikkasi', code: 'Kirjoita koodi, jonka fasilitaattori näyttää', join: 'Liity',
      waiting: 'Odotetaan fasilitaattoria…', na: 'Ei koske', dk: 'En osaa sanoa', sending: 'Lähetetään…', received: 'Ääni tallennettu ✓',
      connecting: 'Yhdistetään…', lost: 'Yhteys katkesi, yhdistetään uudelleen…', ended: 'Äänestys on päättynyt. Kiitos!',
      removed: 'Fasilitaattori vapautti paikkasi. Liity uudelleen.', noSeats: 'Vapaita paikkoja ei ole.',
      errors: {
        'wrong-key': 'Väärä koodi tai linkki.', 'too-many-attempts': 'Liian monta väärää koodia. Odota minuutti tai skannaa QR-koodi.',
        'seat-taken': 'Toinen puhelin valitsi jo tämän paikan.', 'bad-token': 'Paikkasi ei ole enää voimassa. Liity uudelleen.',
        'statement-closed': 'Tämän väittämän äänestys on jo suljettu.', 'session-ended': 'Äänestys on päättynyt.',
        'storage-failed': 'Ääntä ei saatu tallennettua. Yritä uudelleen.', 'too-many-connections': 'Palvelin on ruuhkainen. Yritä hetken päästä.',
        network: 'Ei yhteyttä. Yritä uudelleen.', other: 'Jokin meni vikaan. Yritä uudelleen.'
      }
    },
    en: {
      title: 'Voting', you: 'You', choose: 'Choose your seat', code: 'Type the code the facilitator shows', join: 'Join',
      waiting: 'Waiting for the facilitator…', na: 'Not applicable', dk: "Don't know", sending: 'Sending…', received: 'Vote received ✓',
      connecting: 'Connecting…', lost: 'Connection lost, reconnecting…', ended: 'Voting has ended. Thank you!',
      removed: 'The facilitator freed your seat. Join again.', noSeats: 'There are no free seats.',
      errors: {
        'wrong-key': 'Wrong code or link.', 'too-many-attempts': 'Too many wrong codes. Wait a minute or scan the QR code.',
        'seat-taken': 'Another phone took this seat already.', 'bad-token': 'Your seat is no longer valid. Join again.',
        'statement-closed': 'Voting on this statement has closed.', 'session-ended': 'Voting has ended.',
        'storage-failed': 'The vote could not be stored. Try again.', 'too-many-connections': 'The server is busy. Try again in a moment.',
        network: 'No connection. Try again.', other: 'Something went wrong. Try again.'
      }
    }
  };
  var KEY = 'timantti-vote';
  var $ = function (id) { return document.getElementById(id); };
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { saved = {}; }
  var m = /[#&]k=([A-Za-z0-9_-]{16,64})/.exec(location.hash);
  if (m) {
    if (saved.key !== m[1]) saved = { key: m[1] };
    history.replaceState(null, '', location.pathname);
  }
  var lang = saved.lang || ((navigator.language || 'fi').slice(0, 2) === 'en' ? 'en' : 'fi');
  var view = null, status = null, pending = null, source = null, backoff = 1000, timer = null, code = null, screen = 'connecting';

  function store() { try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch (e) { /* private mode: the seat lasts until reload */ } }
  function t(k) { return T[lang][k]; }
  function text(v) { return v ? v[lang] : ''; }
  function setStatus(kind, key) { status = key ? { kind: kind, key: key } : null; renderStatus(); }
  function errKey(code) { return T[lang].errors[code] ? code : 'other'; }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' })
      .then(function (res) { return res.json().catch(function () { return { ok: false, error: { code: 'other' } }; }); },
            function () { return { ok: false, error: { code: 'network' } }; });
  }

  function show(name) {
    screen = name;
    ['connecting', 'codeView', 'seatView', 'voteView', 'endView'].forEach(function (id) { $(id).hidden = id !== name; });
  }

  function render() {
    document.documentElement.lang = lang;
    document.title = t('title');
    $('fi').setAttribute('aria-pressed', String(lang === 'fi'));
    $('en').setAttribute('aria-pressed', String(lang === 'en'));
    $('codeLabel').textContent = t('code');
    $('joinBtn').textContent = t('join');
    $('chooseTitle').textContent = t('choose');
    $('connectingText').textContent = t('connecting');
    $('who').textContent = view ? t('you') + ': ' + view.label : '';
    var s = view && view.statement;
    $('waiting').hidden = !!s;
    $('waiting').textContent = t('waiting');
    $('ballot').hidden = !s;
    if (s) {
      $('area').textContent = text(s.areaTitle);
      $('statement').textContent = text(s.text);
      var list = $('levels');
      list.textContent = '';
      s.levels.forEach(function (l) {
        var li = document.createElement('li');
        li.appendChild(choice(l.level, String(l.level), text(l.text)));
        list.appendChild(li);
      });
      var other = $('other');
      other.textContent = '';
      other.appendChild(choice('na', '', t('na')));
      other.appendChild(choice('dont-know', '', t('dk')));
    }
    renderStatus();
  }

  function choice(value, num, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'choice';
    var chosen = pending !== null ? pending : view && view.vote;
    b.setAttribute('aria-pressed', String(chosen === value));
    if (num) {
      var n = document.createElement('span');
      n.className = 'num';
      n.textContent = num;
      b.appendChild(n);
      // Not drawn in a flex box, but keeps "4" and the level text apart in the button's accessible name.
      b.appendChild(document.createTextNode(' '));
    }
    var x = document.createElement('span');
    x.className = 'txt';
    x.textContent = label;
    b.appendChild(x);
    b.addEventListener('click', function () { vote(value); });
    return b;
  }

  function renderStatus() {
    var el = $('status');
    var msg = '';
    if (status) msg = status.kind === 'err' ? T[lang].errors[status.key] : t(status.key);
    el.textContent = msg || '';
    el.className = 'status ' + (status ? status.kind : '');
  }

  function vote(value) {
    if (!view || !view.statement || !saved.token) return;
    var statementId = view.statement.id;
    pending = value;
    setStatus('muted', 'sending');
    render();
    post('/vote', { token: saved.token, statementId: statementId, value: value }).then(function (r) {
      if (!view || !view.statement || view.statement.id !== statementId) return;
      if (pending === value) pending = null;
      if (r.ok) { view.vote = r.value.value; render(); setStatus('ok', 'received'); return; }
      render();
      setStatus('err', errKey(r.error && r.error.code));
      if (r.error && r.error.code === 'bad-token') lostSeat();
    });
  }

  function lostSeat() {
    delete saved.token;
    store();
    closeStream();
    start();
  }

  function closeStream() { if (source) { source.close(); source = null; } }

  function openStream() {
    closeStream();
    var es = new EventSource('/events?token=' + encodeURIComponent(saved.token));
    source = es;
    es.addEventListener('statement', function (e) {
      var next = JSON.parse(e.data);
      var moved = !view || !next.statement || !view.statement || next.statement.id !== view.statement.id;
      view = next;
      if (!saved.lang) lang = view.language;
      if (moved || (status && status.key === 'network')) { if (moved) pending = null; status = null; }
      backoff = 1000;
      show('voteView');
      render();
    });
    es.addEventListener('removed', function () { setEnd('removed'); delete saved.token; store(); closeStream(); });
    es.addEventListener('ended', function () { setEnd('ended'); saved = { lang: saved.lang }; store(); closeStream(); });
    es.onerror = function () {
      if (source !== es) return;
      closeStream();
      if (screen === 'voteView') setStatus('err', 'network');
      clearTimeout(timer);
      timer = setTimeout(start, backoff);
      backoff = Math.min(backoff * 2, 15000);
    };
  }

  function setEnd(key) { show('endView'); $('endText').textContent = t(key); $('endText').dataset.key = key; }

  function seats(list) {
    var box = $('seats');
    box.textContent = '';
    if (list.length === 0) { var p = document.createElement('p'); p.textContent = t('noSeats'); box.appendChild(p); }
    list.forEach(function (s) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = s.label;
      b.addEventListener('click', function () { claim(s.seatId); });
      box.appendChild(b);
    });
    show('seatView');
  }

  function credentials() { return saved.key ? { key: saved.key } : code ? { code: code } : null; }

  function claim(seatId) {
    var c = credentials();
    if (!c) return show('codeView');
    c.seatId = seatId;
    post('/join', c).then(function (r) {
      if (r.ok && r.value.kind === 'seat') { saved.token = r.value.token; store(); openStream(); return; }
      setStatus('err', errKey(r.error && r.error.code));
      $('seatError').textContent = T[lang].errors[errKey(r.error && r.error.code)];
      start();
    });
  }

  function retryLater(r) {
    var c = r.error && r.error.code;
    if (c === 'network' || c === 'too-many-connections' || c === 'other') {
      show('connecting');
      $('connectingText').textContent = t('lost');
      clearTimeout(timer);
      timer = setTimeout(start, backoff);
      backoff = Math.min(backoff * 2, 15000);
      return true;
    }
    return false;
  }

  function start() {
    clearTimeout(timer);
    if (saved.token) {
      post('/join', { token: saved.token }).then(function (r) {
        if (r.ok) return openStream();
        if (retryLater(r)) return;
        if (r.error.code === 'session-ended') return setEnd('ended');
        delete saved.token;
        store();
        start();
      });
      return;
    }
    var c = credentials();
    if (!c) { show('codeView'); return; }
    post('/join', c).then(function (r) {
      if (r.ok) { if (!saved.lang) lang = r.value.language; render(); return seats(r.value.seats); }
      if (retryLater(r)) return;
      if (saved.key) { delete saved.key; store(); }
      code = null;
      show('codeView');
      $('codeError').textContent = T[lang].errors[errKey(r.error.code)];
    });
  }

  $('codeForm').addEventListener('submit', function (e) {
    e.preventDefault();
    var v = $('codeInput').value.replace(/\\D/g, '');
    if (v.length !== 6) { $('codeError').textContent = T[lang].errors['wrong-key']; return; }
    code = v;
    $('codeError').textContent = '';
    start();
  });
  ['fi', 'en'].forEach(function (l) {
    $(l).addEventListener('click', function () {
      lang = l; saved.lang = l; store(); render();
      var k = $('endText').dataset.key;
      if (k) $('endText').textContent = t(k);
    });
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && !source && saved.token) { backoff = 1000; start(); }
  });
  render();
  start();
})();
`;

const BODY = `<main>
<header><h1 id="who"></h1><div class="lang" role="group" aria-label="Kieli / Language"><button type="button" id="fi" lang="fi">FI</button><button type="button" id="en" lang="en">EN</button></div></header>
<section id="connecting"><p id="connectingText" class="muted"></p></section>
<section id="codeView" hidden><form id="codeForm"><label for="codeInput" id="codeLabel"></label><input id="codeInput" inputmode="numeric" autocomplete="one-time-code" maxlength="7" pattern="[0-9 ]*"><button class="primary" id="joinBtn" type="submit"></button></form><p id="codeError" class="err" role="alert"></p></section>
<section id="seatView" hidden><h2 id="chooseTitle"></h2><div id="seats" class="seats"></div><p id="seatError" class="err" role="alert"></p></section>
<section id="voteView" hidden><p id="waiting" class="muted"></p><div id="ballot" hidden><p id="area" class="area"></p><h2 id="statement"></h2><ol id="levels" class="levels"></ol><div id="other" class="other"></div></div><p id="status" class="status" role="status" aria-live="polite"></p></section>
<section id="endView" hidden><h2 id="endText"></h2></section>
</main>`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const PARTICIPANT_PAGE = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Timantti</title>
<style>${STYLE}</style>
</head>
<body>
${BODY}
<script>${SCRIPT}</script>
</body>
</html>
`;

/** Only this page's own inline script and style run; it talks to its own origin only and cannot be framed. */
export const PARTICIPANT_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
