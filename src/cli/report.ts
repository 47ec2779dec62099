import { formatDecimal } from "../german/format.js";
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

export function seconds(milliseconds: number): string {
  return `${formatDecimal(milliseconds / 1000, 2)} s`;
}
