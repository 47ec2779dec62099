import { loadEditions } from "../pipeline.js";
import { reportProblems } from "./report.js";

export async function check(dataDir: string, years: readonly number[]): Promise<number> {
  const { editions, problems } = await loadEditions(dataDir, years);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  const list = editions.map((edition) => edition.berichtsjahr).join(", ");
  process.stdout.write(`Daten in Ordnung: ${editions.length === 1 ? "Ausgabe" : "Ausgaben"} ${list}.\n`);
  return 0;
}
