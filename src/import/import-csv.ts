import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { localDate } from "../clock.js";
import { listEditionYears, readBounded, readEditionSource, readPublisherSource, shown } from "../load/read-edition-sources.js";
import { ProblemError, type Problem } from "../problem.js";
import { validateEdition } from "../validate/validate-edition.js";
import { writeFileAtomic } from "../write-atomic.js";
import { decodeSpreadsheetText } from "./decode-text.js";
import { mergeIntoEdition, missingForNewYear, NOTE_START } from "./merge-into-edition.js";
import { parseStatisticsCsv } from "./parse-statistics-csv.js";

export interface ImportRequest {
  csvFile: string;
  year: number;
  dataDir: string;
  /** Replace the figures of an existing edition. */
  force: boolean;
  veroeffentlichung: string | undefined;
  endgueltig: boolean;
}

export type Imported = { ok: true; target: string; source: string; encoding: string; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** CSV → data/<jahr>.yaml: validated like any edition before a byte is written. */
export async function importCsv(request: ImportRequest): Promise<Imported> {
  const { csvFile, year, dataDir, force } = request;
  const { file, bytes } = await readBounded(csvFile);
  const { text, encoding } = decodeSpreadsheetText(bytes);
  const parsed = parseStatisticsCsv(file, text);
  if (!parsed.ok) return parsed;
  const target = join(dataDir, `${year}.yaml`);
  const fail = (message: string) => new ProblemError([{ file: shown(target), field: [], message }]);
  const sameYear = existsSync(target);
  if (sameYear && !force) {
    throw fail("Die Ausgabe gibt es schon. Mit --force werden nur ihre Zahlen ersetzt; Texte, Zitate und Kommentare bleiben.");
  }
  if (!sameYear) {
    const missing = missingForNewYear(parsed.figures, year);
    if (missing.length > 0) throw new ProblemError([{ file, field: [], message: `Für eine neue Ausgabe ${year} fehlen in der CSV-Datei: ${missing.join(", ")}.` }]);
  }
  const baseYear = sameYear ? year : await previousEdition(dataDir, year);
  if (baseYear === undefined) {
    throw fail("Im Datenordner gibt es keine frühere Ausgabe, aus der Jobcenter, Quelle und Bundesvergleich übernommen werden können. Bitte zuerst eine Ausgabe von Hand anlegen (Vorbild: data/2018.yaml).");
  }
  const base = await readEditionSource(dataDir, baseYear);
  const today = localDate(new Date());
  const merged = mergeIntoEdition(base.text, parsed.figures, {
    year: year,
    sameYear,
    veroeffentlichung: request.veroeffentlichung ?? today,
    stand: today,
    status: request.endgueltig ? "endgueltig" : "vorlaeufig",
    note: `${NOTE_START}${basename(csvFile)} übernommen (pressemappe import, ${today})${sameYear ? "" : `; Texte aus ${baseYear}.yaml – Zitate und Absätze bitte ergänzen`}.`,
  });
  const result = validateEdition(await readPublisherSource(dataDir), { file: shown(target), text: merged });
  if (!result.ok) return result;
  await writeFileAtomic(target, merged);
  return { ok: true, target, source: file, encoding, warnings: result.warnings };
}

async function previousEdition(dataDir: string, before: number): Promise<number | undefined> {
  const years = await listEditionYears(dataDir);
  return years.filter((year) => year < before).at(-1) ?? years.at(-1);
}
