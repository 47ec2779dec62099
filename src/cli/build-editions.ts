import { join, relative } from "node:path";
import { dataHash, editionFiles, nextRevisionFolder, ARCHIVE_DIR } from "../archive/edition-folder.js";
import { acquireLock } from "../archive/lock.js";
import { recordStamps } from "../archive/stamps.js";
import { recoverInterrupted, writeEdition } from "../archive/write-edition.js";
import { shown } from "../load/read-edition-sources.js";
import { checkTemplates, loadDocumentSet, loadEditions, renderEdition, type DocumentSet } from "../pipeline.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import { ProblemError, type Problem } from "../problem.js";
import type { BrowserStart } from "../print/launch-browser.js";
import { mapLimit } from "../print/map-limit.js";
import { PagePool, PRINT_TIMEOUT_MS } from "../print/page-pool.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import { writeArchiveIndex } from "./archive-index.js";
import { DEFAULT_PARALLEL, type BuildCommand, type Job } from "./build.js";
import { reportProblems, reportWarnings, seconds } from "./report.js";

/**
 * Validates, renders, prints and files the editions that need it. Chromium is already starting
 * (build.ts); loading, validating and rendering the first editions happen while it does, and bad
 * data cuts its launch short.
 */
export async function buildEditions(command: BuildCommand, jobs: readonly Job[], tooling: string, chromium: BrowserStart): Promise<number> {
  let release: (() => Promise<void>) | undefined;
  const stop = onInterrupt(async () => {
    await chromium.close();
    await release?.();
  });
  try {
    const loaded = await loadJobs(command, jobs);
    if (!loaded.ok) {
      reportProblems(loaded.problems);
      return 1;
    }
    const prepared = await prepare(command, loaded.editions);
    if (!prepared.ok) {
      reportProblems(prepared.problems);
      return 1;
    }
    const { set, editions } = prepared;
    const { makeArchival } = await import("../print/make-archival.js");
    release = await acquireLock(command.outDir, shown(command.outDir));
    for (const unit of new Set(jobs.map((job) => job.unit))) await recoverInterrupted(unit.outDir);
    const parallel = command.parallel ?? DEFAULT_PARALLEL;
    // The first documents are set (hyphenation patterns loaded with them) while Chromium starts.
    const early = new Map(editions.slice(0, parallel).map(({ edition }) => [edition, rendered(set, edition)]));
    const browser = await chromium.ready;
    const version = /[\d.]+$/.exec(await browser.version())?.[0] ?? "unbekannt";
    const pool = new PagePool(browser, parallel);
    const written = await mapLimit(editions, pool.size, async ({ job, edition }) => {
      const folder = job.frozen ? await nextRevisionFolder(job.unit.outDir, job.jahr) : String(job.jahr);
      const documents = early.get(edition) ?? rendered(set, edition);
      early.delete(edition);
      await buildEdition(pool, set, edition, documents, { job, folder, chromium: version, tooling, makeArchival });
      return { unit: job.unit, folder, eingaben: job.fingerprint };
    });
    for (const unit of new Set(jobs.map((job) => job.unit))) await recordStamps(unit.outDir, written.filter((entry) => entry.unit === unit));
    for (const unit of new Set(jobs.map((job) => job.unit))) await writeArchiveIndex(unit.outDir, command.templatesDir, set);
    const count = editions.length === 1 ? "1 Ausgabe" : `${editions.length} Ausgaben`;
    process.stdout.write(`Fertig: ${count} nach ${shown(command.outDir) || "."}/ geschrieben; Übersicht: ${join(shown(jobs[0]?.unit.outDir ?? command.outDir), "index.html")}\n`);
    return 0;
  } finally {
    stop();
    await chromium.close();
    await release?.();
  }
}

type JobEdition = { job: Job; edition: Edition };
type Loaded = { ok: true; editions: JobEdition[] } | { ok: false; problems: Problem[] };
type Prepared = { ok: true; set: DocumentSet; editions: JobEdition[] } | { ok: false; problems: Problem[] };

/** The data of every job, validated; warnings printed. */
async function loadJobs(command: BuildCommand, jobs: readonly Job[]): Promise<Loaded> {
  const problems: Problem[] = [];
  const editions: JobEdition[] = [];
  for (const unit of new Set(jobs.map((job) => job.unit))) {
    const own = jobs.filter((job) => job.unit === unit);
    const loaded = await loadEditions(unit.dataDir, own.map((job) => job.jahr), { strict: command.strict });
    reportWarnings(loaded.warnings);
    problems.push(...loaded.problems);
    for (const edition of loaded.editions) editions.push({ job: own.find((job) => job.jahr === edition.berichtsjahr) as Job, edition });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, editions };
}

/** What else can fail before printing: templates and frozen editions. */
async function prepare(command: BuildCommand, editions: JobEdition[]): Promise<Prepared> {
  const set = await loadDocumentSet(command.templatesDir);
  checkTemplates(set, editions[0]?.edition);
  const refused = editions.filter(({ job }) => job.frozen && !command.neuAuflage);
  if (refused.length > 0) {
    return {
      ok: false,
      problems: refused.map(({ job }) => ({
        datei: join(shown(job.unit.outDir), String(job.jahr)),
        feld: [],
        meldung: `Die Ausgabe ${job.jahr} ist archiviert (${join(shown(job.unit.outDir), ARCHIVE_DIR, String(job.jahr))}) und wird nicht überschrieben. Eine neue Auflage daneben schreibt: pressemappe build ${job.jahr} --neu-auflage`,
      })),
    };
  }
  return { ok: true, set, editions };
}

interface Target {
  job: Job;
  folder: string;
  chromium: string;
  tooling: string;
  makeArchival: typeof import("../print/make-archival.js").makeArchival;
}

/** An edition's documents, with the print version set (hyphenated) already. */
function rendered(set: DocumentSet, edition: Edition): RenderedDocuments {
  const documents = renderEdition(set, edition);
  const pages = documents.pages.map((page) => {
    const html = page.printHtml();
    return { ...page, printHtml: () => html };
  });
  return { ...documents, pages };
}

async function buildEdition(pool: PagePool, set: DocumentSet, edition: Edition, { pages, plainText }: RenderedDocuments, target: Target): Promise<void> {
  const { job } = target;
  process.stdout.write(`${job.jahr}: drucke ${pages.map(({ name }) => name.charAt(0).toUpperCase() + name.slice(1)).join(" und ")} …\n`);
  const producer = `pressemappe ${VERSION} (Chromium ${target.chromium})`;
  const printed = await Promise.all(
    pages.map(async (page) => {
      const started = performance.now();
      const { pdf: chromiumPdf, blocked } = await pool.print(page.printHtml()).catch((error: unknown) => {
        throw new ProblemError([{ datei: `${page.name} ${job.jahr}`, feld: [], meldung: printFailure(error) }]);
      });
      for (const url of blocked) process.stderr.write(`Warnung: ${page.name} ${job.jahr}: Anfrage an ${url} blockiert – Dokumente laden nichts nach.\n`);
      const meta = { ...page.meta, date: new Date(`${page.meta.date}T00:00:00Z`), creator: `pressemappe ${VERSION}`, producer };
      const { pdf, pages: count } = target.makeArchival(chromiumPdf, meta, set.srgbProfile);
      if (page.maxPages !== undefined && count > page.maxPages) {
        throw new ProblemError([
          {
            datei: `${set.files.shown}/${page.name}.html.hbs`,
            feld: [],
            meldung: `Das Dokument „${page.name}“ ${job.jahr} braucht ${count} Seiten, erlaubt ist ${page.maxPages === 1 ? "eine" : page.maxPages}. Bitte Text oder Tabellen kürzen.`,
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
    berichtsjahr: job.jahr,
    veroeffentlichung: edition.veroeffentlichung,
    titel: pages[0]?.meta.title ?? "",
    herausgeber: edition.herausgeber.name,
    pressemappe: VERSION,
    chromium: target.chromium,
    daten_sha256: dataHash(edition),
    vorlagen_sha256: target.tooling,
    eingaben_sha256: job.fingerprint,
  };
  const folder = await writeEdition(job.unit.outDir, target.folder, editionFiles(documents, record));
  const lines = documents.map((document) => {
    const took = printed.find((page) => `${page.name}.pdf` === document.name)?.took;
    return `  ${relative(process.cwd(), join(folder, document.name))}${took === undefined ? "" : `  (${seconds(took)})`}\n`;
  });
  process.stdout.write(lines.join(""));
}

function printFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout|timed out/i.test(message)) return `Das Drucken dauerte länger als ${PRINT_TIMEOUT_MS / 1000} s und wurde abgebrochen.`;
  return `Chromium konnte das Dokument nicht drucken (${message.split("\n")[0]}).`;
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
