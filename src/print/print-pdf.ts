import type { Page } from "puppeteer";

/** Prints one self-contained HTML document to an A4 PDF, tagged and with bookmarks from its headings. */
export async function printPdf(page: Page, html: string): Promise<Uint8Array> {
  // setContent replaces the whole document, so a reused tab keeps nothing from the last one.
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
}
