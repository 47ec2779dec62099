import type { Browser } from "puppeteer";

/** Prints one self-contained HTML document to an A4 PDF, tagged and with bookmarks from its headings. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // The documents need no script; none from the data may run in a browser that can read local files.
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
  } finally {
    await page.close();
  }
}
