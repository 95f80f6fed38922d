import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import TextBreakerModule from 'pdfmake/js/TextBreaker.js';

/**
 * pdfmake splits every text into words with the Unicode line-breaking
 * algorithm, measures, styles and draws each word as its own inline. Report
 * paragraphs are already broken into lines by core/report/line-break.ts
 * (`preBroken: true` on the node, see core/report/layout.ts), so for them a
 * line is one inline: split at "\n" only. That is about ten times fewer
 * inlines to style, lay out and draw (one text operation per line instead of
 * per word), and the same glyphs in the same places. Other text nodes keep
 * pdfmake's own breaking.
 */
interface Inline {
  text: string;
  lineEnd?: boolean;
  noNewLine?: boolean;
  [style: string]: unknown;
}
interface StyleStack {
  getProperty(name: string): unknown;
}
interface StyleContextStackClass {
  getStyleProperty(item: object, stack: StyleStack, name: string, fallback: unknown): unknown;
  copyStyle(source: object | null, destination: object): object;
}
interface TextBreakerClass {
  prototype: { getBreaks(texts: unknown, stack: StyleStack): Inline[] };
}

const unwrap = <T>(module: unknown): T => (module as { default?: T }).default ?? (module as T);

let installed = false;

/** The lines of a pre-broken text as inlines; items (font runs) on one line never break apart. */
function lineInlines(texts: unknown, stack: StyleStack, styles: StyleContextStackClass): Inline[] {
  const items = Array.isArray(texts) ? (texts as unknown[]) : [texts];
  const out: Inline[] = [];
  for (const item of items) {
    const isObject = typeof item === 'object' && item !== null;
    const text = String((isObject ? (item as { text?: unknown }).text : item) ?? '');
    const style = isObject ? styles.copyStyle(item as object, {}) : null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      // "a\n" is one line, as pdfmake has it: no empty line after a final "\n".
      if (i > 0 && i === lines.length - 1 && lines[i] === '') break;
      const inline: Inline = { text: lines[i] as string };
      if (i + 1 < lines.length) inline.lineEnd = true;
      else inline.noNewLine = true;
      if (style) styles.copyStyle(style, inline);
      out.push(inline);
    }
  }
  const last = out[out.length - 1];
  if (last) delete last.noNewLine;
  return out;
}

/** Patches pdfmake's text breaker once per process. */
export function installPreBrokenText(): void {
  if (installed) return;
  const styles = unwrap<StyleContextStackClass>(StyleContextStackModule);
  const breaker = unwrap<TextBreakerClass>(TextBreakerModule).prototype;
  const original = breaker.getBreaks;
  breaker.getBreaks = function (this: unknown, texts: unknown, stack: StyleStack) {
    if (styles.getStyleProperty({}, stack, 'preBroken', false) === true) return lineInlines(texts, stack, styles);
    return original.call(this, texts, stack);
  };
  installed = true;
}
