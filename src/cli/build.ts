import { join } from "node:path";
import { shown } from "../load/read-edition-sources.js";
import type { ChangedInput } from "../output/kept-inputs.js";
import { planEditions, type ArchivedEdition } from "../pipeline/plan-editions.js";
import { DEFAULT_PARALLEL } from "../print/printer.js";
import { ProblemError } from "../problem.js";
import { folderOptions } from "./command-line.js";
import type { Command } from "./options.js";
import { consoleProgress, reportFailure } from "./report.js";
import { withPrinter } from "./with-printer.js";

type BuildCommand = Extract<Command, { name: "build" }>;

/** build: decide what needs building without a browser, then print and file it. */
export async function build(command: BuildCommand): Promise<number> {
  const { dataDirs, years, templatesDir, outDir, force, strict, newRevision } = command;
  const plan = await planEditions({ years, dataDirs, templatesDir, outDir, force, newRevision });
  if (plan.skipped.length > 0) {
    process.stdout.write(`Übersprungen (Daten, Vorlagen und Programm unverändert, Dateien vollständig; --force baut neu): ${listed(plan.skipped)}\n`);
  }
  for (const line of archivedLines(plan.archived, command)) process.stdout.write(`${line}\n`);
  if (plan.problems.length > 0) throw new ProblemError(plan.problems);
  if (plan.jobs.length === 0) {
    process.stdout.write("Nichts zu tun.\n");
    return 0;
  }
  const outcome = await withPrinter(command.parallel ?? DEFAULT_PARALLEL, async (printer) => {
    // Loaded once Chromium is starting: validators, templates and Markdown take a while to load.
    const { runEditions } = await import("../pipeline/run-editions.js");
    const request = { stop: "file" as const, jobs: plan.jobs, templatesDir, strict, tooling: plan.tooling, outDir, newRevision };
    return runEditions(request, consoleProgress({ announcePrinting: true }), printer);
  });
  if (outcome.problems.length > 0) return reportFailure(outcome);
  const count = plan.jobs.length === 1 ? "1 Ausgabe" : `${plan.jobs.length} Ausgaben`;
  const overview = join(shown(plan.jobs[0]?.folder.outDir ?? outDir), "index.html");
  process.stdout.write(`Fertig: ${count} nach ${shown(outDir) || "."}/ geschrieben; Übersicht: ${overview}\n`);
  return 0;
}

function listed(items: readonly string[]): string {
  return items.length <= 5 ? items.join(", ") : `${items.slice(0, 5).join(", ")} und ${items.length - 5} weitere`;
}

const CHANGE_WORDS: Record<Exclude<ChangedInput["change"], "changed">, string> = { missing: "fehlt", added: "hinzugekommen" };

/**
 * What happened to the archived editions the run left alone: the unchanged in one line, each
 * changed one in its own with the command that makes its new Auflage.
 */
function archivedLines(archived: readonly ArchivedEdition[], command: BuildCommand): string[] {
  const where = (edition: ArchivedEdition) => `${edition.year} (${shown(edition.newest)})`;
  const unchanged = archived.filter((edition) => edition.changed !== "unknown" && edition.changed.length === 0);
  const lines: string[] = [];
  if (unchanged.length > 0) {
    const list = listed(unchanged.map(where));
    lines.push(
      command.newRevision
        ? `Keine neue Auflage, Daten und Vorlagen sind dieselben wie in der letzten Auflage (--force schreibt trotzdem eine): ${list}`
        : `Archiviert und seit der letzten Auflage unverändert (Daten und Vorlagen), nicht gebaut: ${list}`,
    );
  }
  for (const edition of archived.filter((edition) => !unchanged.includes(edition))) {
    const hint = `Eine neue Auflage schreibt: pressemappe build ${edition.year}${folderOptions(command)} --neu-auflage`;
    if (edition.changed === "unknown") {
      lines.push(`Archiviert, nicht gebaut: ${edition.year} – die letzte Auflage (${shown(edition.newest)}) enthält keine Kopie ihrer Eingaben; ob sich etwas geändert hat, lässt sich nicht sagen. ${hint}`);
      continue;
    }
    const files = listed(edition.changed.map((input) => (input.change === "changed" ? shown(input.path) : `${shown(input.path)} (${CHANGE_WORDS[input.change]})`)));
    lines.push(`Archiviert, nicht gebaut: ${edition.year} – seit der letzten Auflage (${shown(edition.newest)}) geändert: ${files}. ${hint}`);
  }
  return lines;
}
