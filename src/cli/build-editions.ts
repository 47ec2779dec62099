import { join, relative } from "node:path";
import { dataHash, editionFiles, nextRevisionFolder, ARCHIVE_DIR, type BuildRecord } from "../archive/edition-folder.js";
import { acquireLock } from "../archive/lock.js";
import { recordStamps } from "../archive/stamps.js";
import { recoverInterrupted, writeEdition, type OutputFile } from "../archive/write-edition.js";
import { shown } from "../load/read-edition-sources.js";
import { checkTemplates, loadDocumentSet, loadEditions, renderEdition, type DocumentSet } from "../pipeline.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import { ProblemError, type Problem } from "../problem.js";
import type { BrowserStart } from "../print/launch-browser.js";
import { PagePool, PRINT_TIMEOUT_MS } from "../print/page-pool.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import { writeArchiveIndex } from "./archive-index.js";
import { DEFAULT_PARALLEL, type BuildCommand, type Job, type Unit } from "./build.js";
import { Queue } from "./queue.js";
import { reportProblems, reportWarnings, seconds } from "./report.js";

/**
 * Validates, renders, prints and files the editions that need it. Chromium is already starting
 * (build.ts). Printing does not wait for the last edition to be validated: editions are printed as
 * soon as theirs is, but nothing is written before every edition has passed, so bad data anywhere
 * still leaves the output untouched (and cuts Chromium's launch short).
 */
export async function buildEditions(command: BuildCommand, jobs: readonly Job[], tooling: string, chromium: BrowserStart): Promise<number> {
  let release: (() => Promise<void>) | undefined;
  const finishing: Promise<void>[] = [];
  const stop = onInterrupt(async () => {
    await chromium.close();
    await release?.();
  });
  try {
    const refused = refusedFrozen(command, jobs);
    if (refused.length > 0) {
      reportProblems(refused);
      return 1;
    }
    const queue = new Queue<JobEdition>();
    const validation = validateJobs(command, jobs, queue);
    // Awaited below; an unreadable folder must not surface earlier as an unhandled rejection.
    validation.catch(() => undefined);
    const set = await loadDocumentSet(command.templatesDir).catch(async (error: unknown) => {
      // Problems in the data come first, as they would without the templates loading beside them.
      if ((await validation).length > 0) return undefined;
      throw error;
    });
    // No valid edition at all means validation is over, with problems or with nothing to build.
    const example = await queue.first;
    if (set === undefined || example === undefined) {
      reportProblems(await validation);
      return 1;
    }
    checkTemplates(set, example.edition);
    const { makeArchival } = await import("../print/make-archival.js");
    release = await acquireLock(command.outDir, shown(command.outDir));
    for (const unit of new Set(jobs.map((job) => job.unit))) await recoverInterrupted(unit.outDir);
    let valid: boolean | undefined;
    const allValid = validation.then((problems) => (valid = problems.length === 0));
    const pool = new PagePool(chromium.ready, command.parallel ?? DEFAULT_PARALLEL);
    const version = chromium.ready.then(async (browser) => /[\d.]+$/.exec(await browser.version())?.[0] ?? "unbekannt");
    const written = new Map<Unit, { folder: string; eingaben: string }[]>();
    const remaining = new Map<Unit, number>();
    for (const job of jobs) remaining.set(job.unit, (remaining.get(job.unit) ?? 0) + 1);
    let printing = false;
    // The first editions are set (hyphenation patterns loaded with them) while Chromium starts.
    await Promise.all(
      Array.from({ length: pool.size }, async () => {
        for (let next = await queue.next(); next && valid !== false; next = await queue.next()) {
          printing = true;
          const { job, edition } = next;
          const printed = await printEdition(pool, set, edition, rendered(set, edition), { job, chromium: await version, tooling, makeArchival });
          if (!(await allValid)) return;
          const folder = job.frozen ? await nextRevisionFolder(job.unit.outDir, job.jahr) : String(job.jahr);
          await fileEdition(job.unit.outDir, folder, printed);
          const done = written.get(job.unit) ?? [];
          written.set(job.unit, done);
          done.push({ folder, eingaben: job.fingerprint });
          // A folder whose editions are all written gets its stamps and overview now, while the
          // other tabs print, not in a tail after the last PDF. Awaited at the end.
          if (done.length === remaining.get(job.unit)) {
            const finished = finishUnit(job.unit.outDir, done, set);
            finished.catch(() => undefined);
            finishing.push(finished);
          }
        }
      }),
    );
    const problems = await validation;
    if (problems.length > 0) {
      reportProblems(problems, printing ? "in den Eingaben – es wurde nichts geschrieben, auch keine der schon gedruckten Ausgaben" : undefined);
      return 1;
    }
    await Promise.all(finishing);
    // Every job was written: a failure or invalid data would have left above.
    const count = jobs.length === 1 ? "1 Ausgabe" : `${jobs.length} Ausgaben`;
    process.stdout.write(`Fertig: ${count} nach ${shown(command.outDir) || "."}/ geschrieben; Übersicht: ${join(shown(jobs[0]?.unit.outDir ?? command.outDir), "index.html")}\n`);
    return 0;
  } finally {
    stop();
    try {
      await chromium.close();
    } finally {
      // Even if closing fails: the overviews already begun finish, then the lock goes.
      await Promise.allSettled(finishing);
      await release?.();
    }
  }
}

/** One set of stamps and one overview per output folder, once all its editions are written. */
async function finishUnit(outDir: string, written: readonly { folder: string; eingaben: string }[], set: DocumentSet): Promise<void> {
  await recordStamps(outDir, written);
  await writeArchiveIndex(outDir, undefined, set);
}

type JobEdition = { job: Job; edition: Edition };

/**
 * Validates the data of every job, folder by folder, handing each valid edition to `queue` at
 * once; prints warnings; resolves to every problem found.
 */
async function validateJobs(command: BuildCommand, jobs: readonly Job[], queue: Queue<JobEdition>): Promise<Problem[]> {
  const problems: Problem[] = [];
  try {
    for (const unit of new Set(jobs.map((job) => job.unit))) {
      const own = jobs.filter((job) => job.unit === unit);
      const loaded = await loadEditions(unit.dataDir, own.map((job) => job.jahr), { strict: command.strict });
      reportWarnings(loaded.warnings);
      problems.push(...loaded.problems);
      if (problems.length === 0) for (const edition of loaded.editions) queue.push({ job: own.find((job) => job.jahr === edition.berichtsjahr) as Job, edition });
    }
  } finally {
    queue.close();
  }
  return problems;
}

/** Frozen editions are rebuilt only as a new revision, on request. */
function refusedFrozen(command: BuildCommand, jobs: readonly Job[]): Problem[] {
  return jobs
    .filter((job) => job.frozen && !command.neuAuflage)
    .map((job) => ({
      datei: join(shown(job.unit.outDir), String(job.jahr)),
      feld: [],
      meldung: `Die Ausgabe ${job.jahr} ist archiviert (${join(shown(job.unit.outDir), ARCHIVE_DIR, String(job.jahr))}) und wird nicht überschrieben. Eine neue Auflage daneben schreibt: pressemappe build ${job.jahr} --neu-auflage`,
    }));
}

interface Target {
  job: Job;
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

interface PrintedEdition {
  documents: OutputFile[];
  record: BuildRecord;
  took: Map<string, number>;
}

async function printEdition(pool: PagePool, set: DocumentSet, edition: Edition, { pages, plainText }: RenderedDocuments, target: Target): Promise<PrintedEdition> {
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
  return { documents, record, took: new Map(printed.map((page) => [`${page.name}.pdf`, page.took])) };
}

async function fileEdition(outDir: string, name: string, { documents, record, took }: PrintedEdition): Promise<void> {
  const folder = await writeEdition(outDir, name, editionFiles(documents, record));
  const lines = documents.map((document) => {
    const time = took.get(document.name);
    return `  ${relative(process.cwd(), join(folder, document.name))}${time === undefined ? "" : `  (${seconds(time)})`}\n`;
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
