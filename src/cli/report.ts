import { join, relative } from "node:path";
import { formatDecimal } from "../german/format.js";
import { shown } from "../load/read-edition-sources.js";
import type { Outcome, Progress } from "../pipeline/outcome.js";
import { formatProblem, type Problem, type ProblemKind } from "../problem.js";
import { shellArgument } from "./command-line.js";

const HEADINGS: Record<ProblemKind, string> = {
  input: "in den Eingaben",
  template: "in den Vorlagen",
  print: "beim Drucken",
  output: "im Ausgabeordner",
  archive: "beim Archivieren",
  program: "im Programm",
};

/**
 * The problems, headed by what they are in ("1 Fehler in den Vorlagen:"), or by `heading`; then
 * `ending`, what was written, as its own last line, so a heading never claims what a run did not do.
 */
export function reportProblems(problems: readonly Problem[], { ending = "Es wurde nichts geschrieben.", heading }: { ending?: string; heading?: string } = {}): void {
  const kinds = heading === undefined ? [...new Set(problems.map((problem) => problem.kind ?? "input"))] : [undefined];
  for (const kind of kinds) {
    const own = kind === undefined ? problems : problems.filter((problem) => (problem.kind ?? "input") === kind);
    process.stderr.write(`${own.length === 1 ? "1 Fehler" : `${own.length} Fehler`} ${kind === undefined ? heading : HEADINGS[kind]}:\n`);
    for (const problem of own) process.stderr.write(`  ${formatProblem(problem)}\n`);
  }
  if (ending !== "") process.stderr.write(`${ending}\n`);
}

/** `strict`: the command has --strict, and the closing line says what it does. */
export function reportWarnings(warnings: readonly Problem[], { strict = true }: { strict?: boolean } = {}): void {
  for (const warning of warnings) process.stderr.write(`Warnung: ${formatProblem(warning)}\n`);
  if (warnings.length > 0 && strict) process.stderr.write("(Warnungen halten den Lauf nicht an; mit --strict gelten sie als Fehler.)\n");
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

/** The problems of a failed run, and exactly what was and was not written: exit code 1. */
export function reportFailure(outcome: Outcome): number {
  if (outcome.written.length > 0) {
    const overviews = outcome.overviews.length === 0 ? "" : ` und ${outcome.overviews.length === 1 ? "die Übersicht" : "die Übersichten"} ${outcome.overviews.map(shown).join(", ")}`;
    const ending = `Geschrieben wurden nur ${outcome.written.map(shown).join(", ")}${overviews}; alle anderen Ausgaben blieben unverändert.`;
    reportProblems(outcome.problems, { ending });
  } else {
    reportProblems(outcome.problems, outcome.printed ? { ending: "Es wurde nichts geschrieben, auch keine der schon gedruckten Ausgaben." } : {});
  }
  return 1;
}

function seconds(milliseconds: number): string {
  return `${formatDecimal(milliseconds / 1000, 2)} s`;
}

/** How to check a year of this data folder, as the user would type it. */
export function checkCall(year: number, dataDir: string): string {
  return `pressemappe check ${year}${dataDir === "data" ? "" : ` --data ${shellArgument(dataDir)}`}`;
}

/** The values still to be entered (`???`), one line each with where it stands. */
export function gapLines(gaps: readonly Problem[]): string {
  return gaps.map((gap) => `  ${gap.line === undefined ? "" : `Zeile ${gap.line} › `}${gap.field.join(" › ")}\n`).join("");
}
