import nodeModule from 'node:module';

/**
 * Node 22.1 and later can keep V8's compiled code of the modules it loads in
 * a cache folder (the system's temp folder, `node-compile-cache`), so a
 * second `timantti report` does not parse and compile 1.4 MB of pdfmake,
 * pdfkit and fontkit again. It holds compiled program code only, never data.
 * Node 20 has no such cache; there this does nothing. Called before the big
 * modules are imported: it covers only what is loaded after it.
 */
export function enableCompileCache(): void {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}
