import { join, relative } from "node:path";
import { formatDecimal } from "../german/format.js";
import { shown } from "../load/read-edition-sources.js";
import type { Outcome, Progress } from "../pipeline/outcome.js";
import { formatProblem, type Problem } from "../problem.js";

export function reportProblems(problems: readonly Problem[], heading = "in den Eingaben – es wurde nichts geschrieben"): void {
  const count = problems.length === 1 ? "1 Fehler" : `${problems.length} Fehler`;
  process.stderr.write(`${count} ${heading}:\n`);
  for (const problem of problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
}

export function reportWarnings(warnings: readonly Problem[]): void {
  for (const warning of warnings) process.stderr.write(`Warnung: ${formatProblem(warning)}\n`);
  if (warnings.length > 0) process.stderr.write("(Warnungen halten den Lauf nicht an; mit --strict gelten sie als Fehler.)\n");
}

/** What build and check tell as they go: warnings, each edition as it prints, each file as it is written. */
export function consoleProgress({ announcePrinting }: { announcePrinting: boolean }): Progress {
  return {
    warnings: reportWarnings,
    printing(job, documents) {
      if (announcePrinting) process.stdout.write(`${job.year}: drucke ${documents.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join(" und ")} …\n`);
    },
    printed(_job, { blocked }) {
      for (const warning of blocked) process.stderr.write(`Warnung: ${formatProblem(warning)}\n`);
    },
    edition({ printed, written }) {
      if (written === undefined) return;
      const lines = printed.documents.map((document) => {
        const time = printed.took.get(document.name);
        return `  ${relative(process.cwd(), join(written, document.name))}${time === undefined ? "" : `  (${seconds(time)})`}\n`;
      });
      process.stdout.write(lines.join(""));
    },
  };
}

/** The problems of a failed run, headed by what was and was not written: exit code 1. */
export function reportFailure(outcome: Outcome): number {
  if (outcome.written.length > 0) {
    reportProblems(outcome.problems, `– geschrieben wurden nur ${outcome.written.map(shown).join(", ")} (samt Übersicht ihres Ausgabeordners); alle anderen Ausgaben blieben unverändert`);
  } else {
    reportProblems(outcome.problems, outcome.printed ? "in den Eingaben – es wurde nichts geschrieben, auch keine der schon gedruckten Ausgaben" : undefined);
  }
  return 1;
}

function seconds(milliseconds: number): string {
  return `${formatDecimal(milliseconds / 1000, 2)} s`;
}
