import { availableParallelism } from "node:os";
import { startBrowser } from "./launch-browser.js";
import { PagePool, type Printed } from "./page-pool.js";

/** One Chromium with a fixed set of tabs: what every PDF of a run is printed by. */
export interface Printer {
  /** How many documents print at once. */
  readonly size: number;
  /** Chromium's version number, for the PDF's producer and the build record. */
  readonly version: Promise<string>;
  print(html: string): Promise<Printed>;
  /** Ends Chromium and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts Chromium at once, before the caller loads anything else: it takes longest to get ready,
 * and boots on the second core while Node loads, validates and typesets.
 */
export function openPrinter(parallel: number): Printer {
  const browser = startBrowser();
  const pool = new PagePool(browser.ready, parallel);
  const version = browser.ready.then(async (ready) => /[\d.]+$/.exec(await ready.version())?.[0] ?? "unbekannt");
  version.catch(() => undefined);
  return { size: pool.size, version, print: (html) => pool.print(html), close: () => browser.close() };
}

/**
 * Pages printed at once: two per core (2–8). Chromium waits on itself more than on the CPU, and
 * node's work between two documents leaves a tab idle; on 2 cores, 4 tabs beat 2 by a tenth.
 */
export const DEFAULT_PARALLEL = Math.min(8, Math.max(2, 2 * availableParallelism()));
