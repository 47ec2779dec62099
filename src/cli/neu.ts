import { shown } from "../load/read-edition-sources.js";
import { createEdition } from "../new-year/create-edition.js";
import { GAP } from "../validate/gaps.js";
import type { Command } from "./options.js";
import { checkCall, gapLines, reportProblems } from "./report.js";

/** neu: next year's data file from the last one, with gaps for what is new. */
export async function neu({ year, dataDir }: Extract<Command, { name: "neu" }>): Promise<number> {
  const created = await createEdition({ year, dataDir });
  if (!created.ok) {
    reportProblems(created.problems);
    return 1;
  }
  process.stdout.write(
    `${shown(created.target)} angelegt aus ${created.source}. Noch einzutragen, jeweils statt ${GAP}:\n${gapLines(created.gaps)}` +
      `Zitate und Absätze sind leer; die des neuen Jahres bitte eintragen (oder leer lassen). Danach prüfen mit: ${checkCall(year, dataDir)}\n`,
  );
  return 0;
}
