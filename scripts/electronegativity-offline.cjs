// Preloaded into Electronegativity by scripts/lint-security.mjs. Electronegativity
// fetches translations and Electron's release list over the network with an old
// `got`; offline, on Node 24 its retry path crashes the whole run ("The `onCancel`
// handler was attached after the promise settled"), and a security lint must not
// reach the network anyway. Every `got` request fails at once instead, which
// Electronegativity already handles (built-in English texts; the release check
// is excluded and covered by test/main/electron-version.test.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require) patches the CommonJS loader
const Module = require('node:module');

const offline = () => Promise.reject(new Error('network disabled for the security lint'));
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') return Object.assign(offline, { default: offline, get: offline });
  return load.call(this, request, parent, isMain);
};
