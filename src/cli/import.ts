import { importCsv as importFigures } from "../import/import-csv.js";
import { shown } from "../load/read-edition-sources.js";
import type { Command } from "./options.js";
import { reportProblems, reportWarnings } from "./report.js";

/** import: a CSV table's figures into data/<jahr>.yaml. */
export async function importCsv({ csvFile, year, dataDir, force, veroeffentlichung, endgueltig }: Extract<Command, { name: "import" }>): Promise<number> {
  const imported = await importFigures({ csvFile, year, dataDir, force, veroeffentlichung, endgueltig });
  if (!imported.ok) {
    reportProblems(imported.problems);
    return 1;
  }
  reportWarnings(imported.warnings);
  process.stdout.write(`${shown(imported.target)} geschrieben (aus ${imported.source}, ${imported.encoding}). Prüfen mit: pressemappe check ${year}\n`);
  return 0;
}
