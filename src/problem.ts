/** One thing wrong with the input, located as precisely as the stage that found it can. */
export interface Problem {
  datei: string;
  /** Field path in the user's words, e.g. ["kennzahlen", "bedarfsgemeinschaften", "2018"]. */
  feld: readonly (string | number)[];
  zeile?: number;
  spalte?: number;
  meldung: string;
}

export class ProblemError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemError";
  }
}

export function formatProblem(problem: Problem): string {
  const where = [problem.datei];
  if (problem.zeile !== undefined) where.push(`Zeile ${problem.zeile}`);
  if (problem.spalte !== undefined) where.push(`Spalte ${problem.spalte}`);
  const field = problem.feld.length > 0 ? ` › ${problem.feld.join(" › ")}` : "";
  return `${where.join(", ")}${field}: ${problem.meldung}`;
}
