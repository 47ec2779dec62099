import { importCsv as importFigures } from "../import/import-csv.js";
import { shown } from "../load/read-edition-sources.js";
import { GAP } from "../validate/gaps.js";
import type { Command } from "./options.js";
import { checkCall, gapLines, reportProblems, reportWarnings } from "./report.js";

/** import: a CSV table's figures into data/<jahr>.yaml. */
export async function importCsv({ csvFile, year, dataDir, force, veroeffentlichung, stand, endgueltig }: Extract<Command, { name: "import" }>): Promise<number> {
  const imported = await importFigures({ csvFile, year, dataDir, force, veroeffentlichung, stand, endgueltig });
  if (!imported.ok) {
    reportProblems(imported.problems);
    return 1;
  }
  // import has no --strict: its warnings are for the user to read, and check repeats those of the file.
  reportWarnings(imported.warnings, { strict: false });
  const gaps = imported.gaps.length === 0 ? " Prüfen mit" : ` Noch einzutragen, jeweils statt ${GAP}:\n${gapLines(imported.gaps)}Danach prüfen mit`;
  process.stdout.write(`${shown(imported.target)} geschrieben (aus ${imported.source}, ${imported.encoding}).${gaps}: ${checkCall(year, dataDir)}\n`);
  return 0;
}
