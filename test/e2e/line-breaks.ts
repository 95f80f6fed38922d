import type { Page } from 'playwright-core';

/** A word the browser split across two lines, and where. */
export interface MidWordBreak {
  /** The word as the reader sees it, with "|" where the line ends. */
  word: string;
  /** The element's data-testid, id or tag: where it was found. */
  where: string;
}

/**
 * Every word inside the elements matching `selector` that the browser broke
 * across lines anywhere other than at a hyphenation point (a soft hyphen,
 * drawn as "-") or after a hyphen, dash or slash that is in the text. It
 * measures what is on the screen: each word's Range.getClientRects(); a word
 * whose rectangles sit on more than one line is examined letter by letter to
 * find the break. "asiakashaastattelu|t", "neljännesvuosittai|n" and a "."
 * alone at the start of a line are all mid-word breaks.
 */
export function midWordBreaks(page: Page, selector: string): Promise<MidWordBreak[]> {
  // No named functions inside: tsx and vitest may wrap them in helpers the page does not have.
  return page.evaluate((sel) => {
    const SOFT_HYPHEN = '\u00ad';
    const allowedBefore = new Set([SOFT_HYPHEN, '-', '\u2010', '\u2013', '\u2014', '/']);
    const found: { word: string; where: string }[] = [];
    const range = document.createRange();
    for (const element of document.querySelectorAll(sel)) {
      const where = element.getAttribute('data-testid') ?? (element.id || element.tagName.toLowerCase());
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/\S+/g)) {
          const start = match.index;
          const word = match[0];
          range.setStart(node, start);
          range.setEnd(node, start + word.length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top + r.height / 2)));
          if (lines.size < 2) continue;
          // On more than one line: find each place where the line changes.
          let previousLine: number | null = null;
          for (let i = 0; i < word.length; i++) {
            const ch = word[i] as string;
            if (ch === SOFT_HYPHEN) continue; // drawn only at a break, where it ends the line
            range.setStart(node, start + i);
            range.setEnd(node, start + i + 1);
            // The last rectangle: Chromium gives the letter after a hyphenation break two, the
            // drawn hyphen's at the end of the line above and the letter's own.
            const rect = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0).pop();
            if (!rect) continue;
            const line = rect.top + rect.height / 2;
            if (previousLine !== null && Math.abs(line - previousLine) > 2) {
              const before = word[i - 1] as string;
              if (!allowedBefore.has(before)) found.push({ word: `${word.slice(0, i)}|${word.slice(i)}`.replaceAll(SOFT_HYPHEN, ''), where });
            }
            previousLine = line;
          }
        }
      }
    }
    return found;
  }, selector);
}
