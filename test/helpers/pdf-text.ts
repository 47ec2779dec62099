import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfFacts {
  pages: number;
  /** Page sizes in PDF points. */
  sizes: { width: number; height: number }[];
  /** Text per page, lines joined by newlines; line-end hyphens (U+2010 + newline) rejoined. */
  text: string[];
  info: Record<string, unknown>;
}

export async function readPdf(path: string): Promise<PdfFacts> {
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
    text.push(lines.replace(/\u2010\n/g, ""));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages: pdf.numPages, sizes, text, info: info as Record<string, unknown> };
}

/** Text with line breaks and no-break spaces as plain spaces, for phrase assertions. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ");
}
