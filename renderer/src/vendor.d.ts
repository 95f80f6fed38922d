// Types for the untyped `hyphen` pattern modules: only what the renderer calls.

declare module 'hyphen/fi/index.js' {
  const fi: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fi;
}

declare module 'hyphen/en/index.js' {
  const en: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default en;
}
