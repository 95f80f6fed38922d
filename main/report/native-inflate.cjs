// Stands in for `tiny-inflate` (aliased in electron.vite.config.ts, main build only): the same
// `inflate(source, dest)` on Node's native zlib instead of JavaScript. unicode-trie calls it when
// fontkit, unicode-properties and linebreak build their Unicode tables on load: five tables,
// about 25 ms of JavaScript inflating on the report worker's critical path in a cold
// `timantti report` (docs/PERFORMANCE.md), under a millisecond natively. CommonJS, as the
// original: unicode-trie `require`s it and fontkit imports its default.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as the module it stands in for (see above)
const { inflateRawSync } = require('node:zlib');

/**
 * tiny-inflate's contract: inflate the raw DEFLATE `source` into `dest`;
 * return `dest` when it is filled exactly, else a copy of just the bytes
 * written. unicode-trie views the result's whole buffer as 32-bit words,
 * so the result always owns its buffer from offset 0.
 */
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error');
  if (out.length === dest.length) {
    dest.set(out);
    return dest;
  }
  return new Uint8Array(out);
};
