import type { Browser, HTTPRequest, Page } from "puppeteer";

export interface Printed {
  pdf: Uint8Array;
  /** Requests the page tried and the pool refused: anything but the document and its data: URLs. */
  blocked: string[];
}

/** How long one document may take to lay out and print before the build gives up on it. */
export const PRINT_TIMEOUT_MS = 30_000;

/**
 * A fixed set of browser tabs, reused document after document: opening a tab costs about as much
 * as printing a page, and a bounded set keeps Chromium's memory flat over hundreds of documents.
 * Each tab runs no script and fetches nothing: every request but data: URLs is refused and reported.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly blocked = new Map<Page, string[]>();
  private opened = 0;

  /** The browser may still be starting: the first documents wait for it, not their callers. */
  constructor(
    private readonly browser: Browser | Promise<Browser>,
    readonly size: number,
  ) {}

  async print(html: string): Promise<Printed> {
    const page = await this.acquire();
    const blocked: string[] = [];
    this.blocked.set(page, blocked);
    try {
      // setContent replaces the whole document, so a reused tab keeps nothing from the last one.
      await page.setContent(html, { waitUntil: "load", timeout: PRINT_TIMEOUT_MS });
      // After "load" the inlined fonts may still be decoding, and a face that layout has not asked
      // for yet has not even started: document.fonts.ready alone can resolve before it. Printing
      // then could use a fallback glyph on a busy machine (seen as a rare, different PDF of the
      // same page), so every face is loaded first. (Chromium snapshots the accessibility tree for
      // the tags itself while printing; asking for one over CDP as well cost 30 % of a build.)
      await page.evaluate("Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => undefined)");
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: PRINT_TIMEOUT_MS });
      return { pdf, blocked };
    } finally {
      this.release(page);
    }
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.opened < this.size) {
      this.opened++;
      return this.open();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private async open(): Promise<Page> {
    const page = await (await this.browser).newPage();
    // The documents need no script; none from the data may run in a browser that can read local files.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith("data:") || url === "about:blank") {
        void request.continue();
        return;
      }
      this.blocked.get(page)?.push(url);
      void request.abort("blockedbyclient");
    });
    return page;
  }

  private release(page: Page): void {
    this.blocked.delete(page);
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }
}
