// Minimal types for the untyped libraries the report uses: only what we call.

declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    virtualfs: { writeFileSync(name: string, data: Buffer): void };
    setFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: Record<string, unknown>, options?: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Buffer): Font;
}

declare module 'hyphen/fi/index.js' {
  const fi: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fi;
}

declare module 'hyphen/en/index.js' {
  const en: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default en;
}

declare module 'pdfkit' {
  export default class PDFDocument {
    constructor(options?: Record<string, unknown>);
    font(src: Buffer): this;
  }
}

declare module 'pdfmake/js/TextBreaker.js' {
  const module: unknown;
  export default module;
}

declare module 'pdfmake/js/StyleContextStack.js' {
  const module: unknown;
  export default module;
}
