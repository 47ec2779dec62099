import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { decodeSpreadsheetText } from "../import/decode-text.js";
import { mergeIntoEdition, missingForNewYear, NOTE_START } from "../import/merge-into-edition.js";
import { parseStatisticsCsv } from "../import/parse-statistics-csv.js";
import { listEditionYears, readBounded, readEditionSource, readPublisherSource, shown } from "../load/read-edition-sources.js";
import { ProblemError } from "../problem.js";
import { validateEdition } from "../validate/validate-edition.js";
import type { Command } from "./args.js";
import { localDate } from "./clock.js";
import { reportProblems, reportWarnings } from "./report.js";

/** CSV → data/<jahr>.yaml: validated like any edition before a byte is written. */
export async function importCsv(command: Extract<Command, { name: "import" }>): Promise<number> {
  const { csvFile, jahr, dataDir, force } = command;
  const { datei, bytes } = await readBounded(csvFile);
  const { text, encoding } = decodeSpreadsheetText(bytes);
  const parsed = parseStatisticsCsv(datei, text);
  if (!parsed.ok) {
    reportProblems(parsed.problems);
    return 1;
  }
  const target = join(dataDir, `${jahr}.yaml`);
  const fail = (meldung: string) => new ProblemError([{ datei: shown(target), feld: [], meldung }]);
  const sameYear = existsSync(target);
  if (sameYear && !force) {
    throw fail("Die Ausgabe gibt es schon. Mit --force werden nur ihre Zahlen ersetzt; Texte, Zitate und Kommentare bleiben.");
  }
  if (!sameYear) {
    const missing = missingForNewYear(parsed.figures, jahr);
    if (missing.length > 0) throw new ProblemError([{ datei, feld: [], meldung: `Für eine neue Ausgabe ${jahr} fehlen in der CSV-Datei: ${missing.join(", ")}.` }]);
  }
  const baseYear = sameYear ? jahr : await previousEdition(dataDir, jahr);
  if (baseYear === undefined) {
    throw fail("Im Datenordner gibt es keine frühere Ausgabe, aus der Jobcenter, Quelle und Bundesvergleich übernommen werden können. Bitte zuerst eine Ausgabe von Hand anlegen (Vorbild: data/2018.yaml).");
  }
  const base = await readEditionSource(dataDir, baseYear);
  const today = localDate(new Date());
  const merged = mergeIntoEdition(base.text, parsed.figures, {
    jahr,
    sameYear,
    veroeffentlichung: command.veroeffentlichung ?? today,
    stand: today,
    status: command.endgueltig ? "endgueltig" : "vorlaeufig",
    note: `${NOTE_START}${basename(csvFile)} übernommen (pressemappe import, ${today})${sameYear ? "" : `; Texte aus ${baseYear}.yaml – Zitate und Absätze bitte ergänzen`}.`,
  });
  const result = validateEdition(await readPublisherSource(dataDir), { datei: shown(target), text: merged });
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  reportWarnings(result.warnings);
  const temporary = `${target}.neu-${process.pid}`;
  await writeFile(temporary, merged);
  await rename(temporary, target);
  process.stdout.write(`${shown(target)} geschrieben (aus ${datei}, ${encoding}). Prüfen mit: pressemappe check ${jahr}\n`);
  return 0;
}

async function previousEdition(dataDir: string, jahr: number): Promise<number | undefined> {
  const years = await listEditionYears(dataDir);
  return years.filter((year) => year < jahr).at(-1) ?? years.at(-1);
}
