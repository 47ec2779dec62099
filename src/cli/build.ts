import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import type { Browser } from "puppeteer";
import { dataHash, editionFiles, frozenYears, nextRevisionFolder, ARCHIVE_DIR } from "../archive/edition-folder.js";
import { acquireLock } from "../archive/lock.js";
import { recoverInterrupted, writeEdition } from "../archive/write-edition.js";
import { shown } from "../load/read-edition-sources.js";
import { loadDocumentSet, loadEditions, renderEditions, type DocumentSet, type RenderedEdition } from "../pipeline.js";
import { ProblemError } from "../problem.js";
import { launchBrowser } from "../print/launch-browser.js";
import { makeArchival } from "../print/make-archival.js";
import { mapLimit } from "../print/map-limit.js";
import { printPdf } from "../print/print-pdf.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import type { Command } from "./args.js";
import { writeArchiveIndex } from "./archive-index.js";
import { reportProblems, reportWarnings, seconds } from "./report.js";

/** Two pages print at once per edition; two editions at once keep a small machine busy without thrashing. */
const EDITIONS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

export async function build(command: Extract<Command, { name: "build" }>): Promise<number> {
  const { dataDir, outDir, years, templatesDir, strict, neuAuflage } = command;
  const { editions, problems, warnings } = await loadEditions(dataDir, years, { strict });
  reportWarnings(warnings);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  // Everything that can fail without a browser fails before one starts.
  const set = await loadDocumentSet(templatesDir);
  const rendered = renderEditions(set, editions);
  const frozen = await frozenYears(outDir);
  const refused = rendered.filter(({ jahr }) => frozen.has(jahr));
  if (refused.length > 0 && !neuAuflage) {
    throw new ProblemError(
      refused.map(({ jahr }) => ({
        datei: join(shown(outDir), String(jahr)),
        feld: [],
        meldung: `Die Ausgabe ${jahr} ist archiviert (${join(shown(outDir), ARCHIVE_DIR, String(jahr))}) und wird nicht überschrieben. Eine neue Auflage daneben schreibt: pressemappe build ${jahr} --neu-auflage`,
      })),
    );
  }

  const release = await acquireLock(outDir, shown(outDir));
  let browser: Browser | undefined;
  const stop = onInterrupt(async () => {
    await browser?.close().catch(() => undefined);
    await release();
  });
  try {
    await recoverInterrupted(outDir);
    browser = await launchBrowser();
    const chromium = /[\d.]+$/.exec(await browser.version())?.[0] ?? "unbekannt";
    const byYear = new Map(editions.map((edition) => [edition.berichtsjahr, edition]));
    await mapLimit(rendered, EDITIONS_AT_ONCE, async (edition) => {
      const folder = frozen.has(edition.jahr) ? await nextRevisionFolder(outDir, edition.jahr) : String(edition.jahr);
      await buildEdition(browser as Browser, set, edition, byYear.get(edition.jahr) as Edition, { outDir, folder, chromium });
    });
    await writeArchiveIndex(outDir, templatesDir, set);
  } finally {
    stop();
    await browser?.close();
    await release();
  }
  const count = rendered.length === 1 ? "1 Ausgabe" : `${rendered.length} Ausgaben`;
  process.stdout.write(`Fertig: ${count} nach ${shown(outDir) || "."}/ geschrieben; Übersicht: ${join(shown(outDir), "index.html")}\n`);
  return 0;
}

async function buildEdition(
  browser: Browser,
  set: DocumentSet,
  rendered: RenderedEdition,
  edition: Edition,
  target: { outDir: string; folder: string; chromium: string },
): Promise<void> {
  const { jahr, pages, plainText } = rendered;
  process.stdout.write(`${jahr}: drucke ${pages.map(({ name }) => name.charAt(0).toUpperCase() + name.slice(1)).join(" und ")} …\n`);
  const producer = `pressemappe ${VERSION} (Chromium ${target.chromium}, pdf-lib)`;
  const printed = await Promise.all(
    pages.map(async (page) => {
      const started = performance.now();
      const chromiumPdf = await printPdf(browser, page.printHtml);
      const meta = { ...page.meta, date: new Date(`${page.meta.date}T00:00:00Z`), creator: `pressemappe ${VERSION}`, producer };
      const { pdf, pages: count } = await makeArchival(chromiumPdf, meta, set.srgbProfile);
      if (page.maxPages !== undefined && count > page.maxPages) {
        throw new ProblemError([
          {
            datei: `${set.files.shown}/${page.name}.html.hbs`,
            feld: [],
            meldung: `Das Dokument „${page.name}“ ${jahr} braucht ${count} Seiten, erlaubt ist ${page.maxPages === 1 ? "eine" : page.maxPages}. Bitte Text oder Tabellen kürzen.`,
          },
        ]);
      }
      return { ...page, pdf, took: performance.now() - started };
    }),
  );
  const documents = [
    ...printed.flatMap((page) => [
      { name: `${page.name}.html`, data: page.html },
      { name: `${page.name}.pdf`, data: page.pdf },
    ]),
    { name: "pressemitteilung.txt", data: plainText },
  ];
  const record = {
    berichtsjahr: jahr,
    veroeffentlichung: edition.veroeffentlichung,
    titel: pages[0]?.meta.title ?? "",
    herausgeber: edition.herausgeber.name,
    pressemappe: VERSION,
    chromium: target.chromium,
    daten_sha256: dataHash(edition),
    vorlagen_sha256: set.hash,
  };
  const folder = await writeEdition(target.outDir, target.folder, editionFiles(documents, record));
  for (const document of documents) {
    const took = printed.find((page) => `${page.name}.pdf` === document.name)?.took;
    process.stdout.write(`  ${relative(process.cwd(), join(folder, document.name))}${took === undefined ? "" : `  (${seconds(took)})`}\n`);
  }
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
