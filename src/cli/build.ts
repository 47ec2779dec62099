import { join } from "node:path";
import { shown } from "../load/read-edition-sources.js";
import { planEditions } from "../pipeline/plan-editions.js";
import { DEFAULT_PARALLEL } from "../print/printer.js";
import { ProblemError } from "../problem.js";
import type { Command } from "./options.js";
import { consoleProgress, reportFailure } from "./report.js";
import { reportPlan } from "./report-plan.js";
import { withPrinter } from "./with-printer.js";

/** build: decide what needs building without a browser, then print and file it. */
export async function build(command: Extract<Command, { name: "build" }>): Promise<number> {
  const { dataDirs, years, templatesDir, outDir, force, strict, newRevision } = command;
  // Named years are built or refused; a plain build leaves a file still being filled in for later.
  const plan = await planEditions({ years, dataDirs, templatesDir, outDir, force, newRevision, skipUnfinished: years.length === 0 });
  const told = reportPlan(plan, command);
  if (plan.problems.length > 0) throw new ProblemError(plan.problems);
  if (plan.jobs.length === 0) {
    process.stdout.write(told ? "Sonst nichts zu tun.\n" : "Nichts zu tun.\n");
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
