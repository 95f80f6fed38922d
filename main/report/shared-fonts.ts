import PDFDocument from 'pdfkit';

/**
 * The report's fonts parsed once per process, not once per document.
 *
 * pdfkit opens a font afresh for every document: pdfmake hands it the bytes
 * of each face from its in-memory file system, and the charts' SVG text asks
 * for the same faces by path, which pdfkit reads from disk. Either way
 * fontkit parses the file's tables again, about 30 ms of every warm report.
 * Here the first document parses each bundled file once; later documents get
 * a new EmbeddedFont (its own glyph subset, as pdfkit needs per document)
 * around the same parsed font. A path and its bytes are one font, so a face
 * used by both the text and a chart is embedded once. Anything that is not
 * one of the bundled files goes to pdfkit unchanged.
 */
interface FontkitFont {
  postscriptName: string;
}
interface EmbeddedFontLike {
  font: FontkitFont;
}
type EmbeddedFontClass = new (document: unknown, font: FontkitFont, id: string) => EmbeddedFontLike;
interface PdfDocumentLike {
  _font: EmbeddedFontLike;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  font(src: unknown, family?: unknown, size?: unknown): PdfDocumentLike;
}

let installed = false;

/** Patches pdfkit's `font()` once; `files` are the bundled fonts by absolute path (the Buffers pdfmake reads). */
export function installSharedFonts(files: ReadonlyMap<string, Buffer>): void {
  if (installed) return;
  const pathOf = new Map<object, string>();
  for (const [path, bytes] of files) pathOf.set(bytes, path);
  const parsed = new Map<string, FontkitFont>();
  let EmbeddedFont: EmbeddedFontClass | undefined;

  const proto = PDFDocument.prototype as unknown as PdfDocumentLike;
  const original = proto.font;
  proto.font = function (this: PdfDocumentLike, src: unknown, family?: unknown, size?: unknown) {
    const path = typeof src === 'string' ? (files.has(src) ? src : undefined) : typeof src === 'object' && src !== null ? pathOf.get(src) : undefined;
    // A family name selects a font inside a collection; ours are single fonts, but leave anything unusual to pdfkit.
    if (path === undefined || (family !== undefined && family !== null && typeof family !== 'number')) return original.call(this, src, family, size);
    if (!this._fontFamilies[path]) {
      const font = parsed.get(path);
      if (font && EmbeddedFont) {
        this._fontFamilies[path] = new EmbeddedFont(this, font, `F${++this._fontCount}`);
      } else {
        // First sight in this process: pdfkit parses it (with its own fontkit) and we keep the result.
        original.call(this, files.get(path));
        parsed.set(path, this._font.font);
        EmbeddedFont ??= this._font.constructor as EmbeddedFontClass;
        this._fontFamilies[path] = this._font;
      }
    }
    // The path is now this document's cache key for the font: pdfkit takes it from there.
    return original.call(this, path, family, size);
  };
  installed = true;
}
