import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfFacts {
  pages: number;
  /** Page sizes in PDF points. */
  sizes: { width: number; height: number }[];
  /** Text per page, lines joined by newlines; words hyphenated at a line end rejoined. */
  text: string[];
  info: Record<string, unknown>;
}

export async function readPdf(path: string, options: { rejoin?: boolean } = {}): Promise<PdfFacts> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const sizes: PdfFacts["sizes"] = [];
  const text: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    sizes.push({ width: x1 - x0, height: y1 - y0 });
    const content = await page.getTextContent();
    const lines = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
    text.push(options.rejoin === false ? lines : rejoinHyphenated(lines));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages: pdf.numPages, sizes, text, info: info as Record<string, unknown> };
}

/** Text with line breaks and no-break spaces as plain spaces, for phrase assertions. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ");
}

/**
 * A printed line-end hyphen comes out as "‐" (U+2010) or "-" followed by a newline. Before a
 * lowercase letter it was a soft hyphen inside a word; before a capital, a compound's own hyphen.
 */
export function rejoinHyphenated(text: string): string {
  return text.replace(/(?<=\p{L})[\u2010-]\n(?=\p{Ll})/gu, "").replace(/(?<=\p{L})[\u2010-]\n(?=\p{Lu})/gu, "-");
}
