import { join } from "node:path";
import { programFingerprint } from "../load/fingerprint.js";
import { shown } from "../load/read-edition-sources.js";
import { ARCHIVE_DIR, buildRecord, editionFiles } from "../output/edition-folder.js";
import { Filing } from "../output/filing.js";
import { printEdition } from "../print/print-edition.js";
import type { Printer } from "../print/printer.js";
import { ProblemError, type Problem } from "../problem.js";
import { readHeadline } from "../render/document-metadata.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import type { Edition } from "../validate/schema.js";
import type { Outcome, Progress } from "./outcome.js";
import type { Job } from "./plan-editions.js";
import type { Queue } from "./queue.js";
import { checkTemplates, loadDocumentSet, renderEdition, type DocumentSet } from "./steps.js";
import { validateEditions, type ValidEdition } from "./validate-editions.js";

interface RunBase {
  jobs: readonly Job[];
  templatesDir: string | undefined;
  /** Warnings count as problems. */
  strict: boolean;
  /** The program, templates and fonts, for the build record. */
  tooling: string;
}

/**
 * How far a run goes: check and the preview stop after printing (the pages are laid out, so a fact
 * sheet that runs over its page is found) and write nothing; build files the editions in `outDir`.
 */
export type RunRequest =
  | (RunBase & { stop: "print" })
  | (RunBase & {
      stop: "file";
      /** Locked for the run. */
      outDir: string;
      /** An archived edition is written as a new revision beside it instead of being refused. */
      newRevision: boolean;
    });

/**
 * The one sequence from data to documents that build, check and preview share, read top to bottom:
 * validate the editions → load and check the templates → render each edition → print it → file it.
 * `request.stop` says how far it goes; nothing else differs between build, check and the preview.
 * Editions print as soon as theirs is valid, but nothing is written before every edition has
 * passed, so bad data anywhere leaves the output untouched; after a failure no further edition is
 * begun or written.
 */
export async function runEditions(request: RunRequest, progress: Progress, printer: Printer): Promise<Outcome> {
  const outcome: Outcome = { problems: [], written: [], overviews: [], printed: false };
  let filing: Filing | undefined;
  try {
    const refused = request.stop === "file" && !request.newRevision ? refuseFrozen(request.jobs) : [];
    if (refused.length > 0) return { ...outcome, problems: refused };
    const validation = validateEditions(request.jobs, request.strict, (warnings) => progress.warnings(warnings));
    const set = await loadTemplates(request.templatesDir, validation.problems);
    const example = await validation.editions.first;
    if (set === undefined || example === undefined) return { ...outcome, problems: await validation.problems };
    checkTemplates(set, example.edition);
    if (request.stop === "file") filing = await openFiling(request.outDir, request.jobs, set);
    // An unexpected failure of validation counts as not passed here and is thrown below.
    const passed = validation.problems.then((problems) => problems.length === 0, () => false);
    await eachEdition(validation.editions, printer.size, passed, async ({ job, edition, inputs }, failed) => {
      const rendered = renderForPrint(set, edition);
      progress.printing(job, rendered.pages.map((page) => page.name));
      const printed = await printEdition(printer, rendered, { year: job.year, srgbProfile: set.srgbProfile, templatesShown: set.files.shown });
      outcome.printed = true;
      progress.printed(job, printed);
      if (filing === undefined) return progress.edition({ job, rendered, printed });
      if (!(await passed) || failed()) return;
      const release = rendered.pages.find((page) => page.name === "pressemitteilung");
      const page = { title: release?.meta.title ?? "", headline: release ? readHeadline(release.html) : "" };
      const record = buildRecord(edition, page, { fingerprint: job.fingerprint, program: await programFingerprint(), tooling: request.tooling, chromium: printed.chromium });
      const files = editionFiles(printed.documents, { data: inputs, templates: set.inputs }, record);
      const written = await filing.file(job.folder.outDir, job, files);
      outcome.written.push(written);
      progress.edition({ job, rendered, printed, written });
    });
    outcome.problems = await validation.problems;
    if (outcome.problems.length === 0) await filing?.finished();
  } catch (error) {
    // Reported as a problem, not thrown, so the caller still learns exactly what was written.
    outcome.problems = error instanceof ProblemError ? [...error.problems] : [unexpected(error)];
  } finally {
    await filing?.close();
    outcome.overviews = filing?.overviews ?? [];
  }
  return outcome;
}

function unexpected(error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "program", file: "pressemappe", field: [], message: `Unerwarteter Fehler (nicht in den Daten): ${message}. Bitte diese Meldung an die Betreuung von pressemappe weitergeben.` };
}

/** Archived editions are rebuilt only as a new revision, on request. */
function refuseFrozen(jobs: readonly Job[]): Problem[] {
  return jobs
    .filter((job) => job.frozen)
    .map((job) => ({
      kind: "output" as const,
      file: join(shown(job.folder.outDir), String(job.year)),
      field: [],
      message: `Die Ausgabe ${job.year} ist archiviert (${join(shown(job.folder.outDir), ARCHIVE_DIR, String(job.year))}) und wird nicht überschrieben. Eine neue Auflage daneben schreibt: pressemappe build ${job.year} --neu-auflage`,
    }));
}

/** Templates load while the data is validated; problems in the data come first, as they would without. */
async function loadTemplates(templatesDir: string | undefined, problems: Promise<Problem[]>): Promise<DocumentSet | undefined> {
  return loadDocumentSet(templatesDir).catch(async (error: unknown) => {
    if ((await problems).length > 0) return undefined;
    throw error;
  });
}

async function openFiling(outDir: string, jobs: readonly Job[], set: DocumentSet): Promise<Filing> {
  const expected = new Map<string, number>();
  for (const job of jobs) expected.set(job.folder.outDir, (expected.get(job.folder.outDir) ?? 0) + 1);
  return Filing.open(outDir, expected, { templates: set.templates, style: set.style });
}

/** An edition's documents with the hyphenated print version set now, while Chromium starts or a tab prints. */
function renderForPrint(set: DocumentSet, edition: Edition): RenderedDocuments {
  const documents = renderEdition(set, edition);
  const pages = documents.pages.map((page) => {
    const html = page.printHtml();
    return { ...page, printHtml: () => html };
  });
  return { ...documents, pages };
}

/**
 * Runs `task` on each edition as it is validated, `size` at a time. Once validation has failed or a
 * task has thrown, no further edition is begun; those under way finish (and can ask `failed()`)
 * before the first error is thrown.
 */
async function eachEdition(
  editions: Queue<ValidEdition>,
  size: number,
  passed: Promise<boolean>,
  task: (next: ValidEdition, failed: () => boolean) => Promise<void>,
): Promise<void> {
  let invalid = false;
  void passed.then((ok) => (invalid = !ok));
  const errors: unknown[] = [];
  const failed = () => errors.length > 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let next = await editions.next(); next && !invalid && !failed(); next = await editions.next()) {
        await task(next, failed).catch((error: unknown) => errors.push(error));
      }
    }),
  );
  if (errors.length > 0) throw errors[0];
}
