import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "puppeteer";
import { packageRoot } from "../paths.js";

/** Flags for a closed network and a root user; without them Chromium keeps calling home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches the one browser of a build. The system Chromium found by .puppeteerrc.cjs wins, wherever the command runs from. */
export async function launchBrowser(): Promise<Browser> {
  const { default: puppeteer } = await import("puppeteer");
  const config = createRequire(import.meta.url)(join(packageRoot, ".puppeteerrc.cjs")) as { executablePath?: string };
  try {
    // The build handles signals itself, so that it can release its lock as well. A pipe instead of
    // a debugging port: nothing listens on the network while documents are printed.
    return await puppeteer.launch({
      headless: true,
      pipe: true,
      executablePath: config.executablePath,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new Error(
      `Der Browser für den PDF-Druck ließ sich nicht starten (${error instanceof Error ? error.message.split("\n")[0] : error}). ` +
        "Auf Debian/Ubuntu: apt-get install chromium; oder PUPPETEER_EXECUTABLE_PATH auf einen Chrome/Chromium setzen.",
    );
  }
}
