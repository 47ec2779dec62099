import { planEditions } from "../pipeline/plan-editions.js";
import { DEFAULT_PARALLEL } from "../print/printer.js";
import { ProblemError } from "../problem.js";
import type { Command } from "./options.js";
import { consoleProgress, reportProblems } from "./report.js";
import { withPrinter } from "./with-printer.js";

/** check: everything build does except writing, the page layout in Chromium included. */
export async function check({ dataDir, years, templatesDir, strict }: Extract<Command, { name: "check" }>): Promise<number> {
  const plan = await planEditions({ years, dataDirs: [dataDir], templatesDir });
  if (plan.problems.length > 0) throw new ProblemError(plan.problems);
  const outcome = await withPrinter(DEFAULT_PARALLEL, async (printer) => {
    const { runEditions } = await import("../pipeline/run-editions.js");
    return runEditions({ stop: "print", jobs: plan.jobs, templatesDir, strict, tooling: plan.tooling }, consoleProgress({ announcePrinting: false }), printer);
  });
  if (outcome.problems.length > 0) {
    // check never writes: no word about it.
    reportProblems(outcome.problems, { ending: "" });
    return 1;
  }
  const list = plan.jobs.map((job) => job.year).join(", ");
  process.stdout.write(`Daten und Vorlagen in Ordnung: ${plan.jobs.length === 1 ? "Ausgabe" : "Ausgaben"} ${list}.\n`);
  return 0;
}
