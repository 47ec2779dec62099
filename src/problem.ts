/**
 * What a problem is in, so its heading tells the user where to look: the data (the default), the
 * templates, printing, the output folder, archiving, or the program itself.
 */
export type ProblemKind = "input" | "template" | "print" | "output" | "archive" | "program";

/** One thing wrong, located as precisely as the stage that found it can. */
export interface Problem {
  kind?: ProblemKind;
  file: string;
  /** Field path in the user's words, e.g. ["kennzahlen", "bedarfsgemeinschaften", "2018"]. */
  field: readonly (string | number)[];
  line?: number;
  column?: number;
  message: string;
  /** A value still to be entered (`???`): refused like any mistake, but expected in a file just started. */
  gap?: true;
}

export class ProblemError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemError";
  }
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file];
  if (problem.line !== undefined) where.push(`Zeile ${problem.line}`);
  if (problem.column !== undefined) where.push(`Spalte ${problem.column}`);
  const field = problem.field.length > 0 ? ` › ${problem.field.join(" › ")}` : "";
  return `${where.join(", ")}${field}: ${problem.message}`;
}
