import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import type { Browser } from "puppeteer";
import { acquireLock } from "../archive/lock.js";
import { recoverInterrupted, writeEdition } from "../archive/write-edition.js";
import { shown } from "../load/read-edition-sources.js";
import { loadDocumentSet, loadEditions, renderEditions, type RenderedEdition } from "../pipeline.js";
import { launchBrowser } from "../print/launch-browser.js";
import { mapLimit } from "../print/map-limit.js";
import { printPdf } from "../print/print-pdf.js";
import type { Command } from "./args.js";
import { reportProblems, reportWarnings, seconds } from "./report.js";

/** Two pages print at once per edition; two editions at once keep a small machine busy without thrashing. */
const EDITIONS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

export async function build({ dataDir, outDir, years, templatesDir, strict }: Extract<Command, { name: "build" }>): Promise<number> {
  const { editions, problems, warnings } = await loadEditions(dataDir, years, { strict });
  reportWarnings(warnings);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  // Everything that can fail without a browser fails before one starts.
  const rendered = renderEditions(await loadDocumentSet(templatesDir), editions);

  const release = await acquireLock(outDir, shown(outDir));
  let browser: Browser | undefined;
  const stop = onInterrupt(async () => {
    await browser?.close().catch(() => undefined);
    await release();
  });
  try {
    await recoverInterrupted(outDir);
    browser = await launchBrowser();
    await printAndArchive(browser, rendered, outDir);
  } finally {
    stop();
    await browser?.close();
    await release();
  }
  const count = rendered.length === 1 ? "1 Ausgabe" : `${rendered.length} Ausgaben`;
  process.stdout.write(`Fertig: ${count} nach ${shown(outDir) || "."}/ geschrieben.\n`);
  return 0;
}

async function printAndArchive(browser: Browser, rendered: readonly RenderedEdition[], outDir: string): Promise<void> {
  await mapLimit(rendered, EDITIONS_AT_ONCE, async ({ jahr, documents }) => {
    process.stdout.write(`${jahr}: drucke ${documents.map(({ name }) => name.charAt(0).toUpperCase() + name.slice(1)).join(" und ")} …\n`);
    const printed = await Promise.all(
      documents.map(async (document) => {
        const started = performance.now();
        const pdf = await printPdf(browser, document.printHtml);
        return { ...document, pdf, took: performance.now() - started };
      }),
    );
    const files = printed.flatMap((document) => [
      { name: `${document.name}.html`, data: document.html },
      { name: `${document.name}.pdf`, data: document.pdf },
    ]);
    const folder = await writeEdition(outDir, jahr, files);
    for (const document of printed) {
      const path = relative(process.cwd(), join(folder, document.name));
      process.stdout.write(`  ${path}.html\n  ${path}.pdf  (${seconds(document.took)})\n`);
    }
  });
}

/** Ctrl-C or a kill request: close the browser and the lock, leave the output as it was. */
function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nAbgebrochen (${signal}). Die bisherige Ausgabe bleibt unverändert.\n`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, handler);
  return () => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, handler);
  };
}
