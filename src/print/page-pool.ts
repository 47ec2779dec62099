import type { Browser, Page } from "puppeteer";

/**
 * A fixed set of browser tabs, reused document after document: opening a tab costs about as much
 * as printing a page, and a bounded set keeps Chromium's memory flat over hundreds of documents.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private opened = 0;

  constructor(
    private readonly browser: Browser,
    readonly size: number,
  ) {}

  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    try {
      return await task(page);
    } finally {
      this.release(page);
    }
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.opened < this.size) {
      this.opened++;
      const fresh = await this.browser.newPage();
      // The documents need no script; none from the data may run in a browser that can read local files.
      await fresh.setJavaScriptEnabled(false);
      return fresh;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }
}
