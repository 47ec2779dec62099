import { planEditions } from "../pipeline/plan-editions.js";
import { DEFAULT_PARALLEL, openPrinter } from "../print/printer.js";
import { ProblemError } from "../problem.js";
import { onInterrupt } from "./interrupt.js";
import type { Command } from "./options.js";
import { consoleProgress, reportProblems } from "./report.js";

/** check: everything build does except writing, the page layout in Chromium included. */
export async function check({ dataDir, years, templatesDir, strict }: Extract<Command, { name: "check" }>): Promise<number> {
  const plan = await planEditions({ years, dataDirs: [dataDir], templatesDir });
  if (plan.problems.length > 0) throw new ProblemError(plan.problems);
  const printer = openPrinter(DEFAULT_PARALLEL);
  const stop = onInterrupt(() => printer.close());
  try {
    const { runEditions } = await import("../pipeline/run-editions.js");
    const outcome = await runEditions({ jobs: plan.jobs, templatesDir, strict, tooling: plan.tooling }, "print", consoleProgress({ printing: false }), printer);
    if (outcome.problems.length > 0) {
      reportProblems(outcome.problems);
      return 1;
    }
  } finally {
    stop();
    await printer.close();
  }
  const list = plan.jobs.map((job) => job.year).join(", ");
  process.stdout.write(`Daten und Vorlagen in Ordnung: ${plan.jobs.length === 1 ? "Ausgabe" : "Ausgaben"} ${list}.\n`);
  return 0;
}
