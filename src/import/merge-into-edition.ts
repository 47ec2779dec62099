import { isMap, isScalar, parseDocument, type Document } from "yaml";
import type { ImportedFigures } from "./parse-statistics-csv.js";

export interface MergeOptions {
  year: number;
  /** The base file is this year's own edition: only figures change, every text stays. */
  sameYear: boolean;
  /** For a new year: date of the release and of the figures, and their status. */
  veroeffentlichung: string;
  stand: string;
  status: "vorlaeufig" | "endgueltig";
  note: string;
}

/**
 * Writes imported figures into an edition's YAML, keeping the base file's comments and order.
 * A new year starts from the previous edition: the job centre and the source stay, the quotes and
 * paragraphs are emptied (they belong to one year), the series keep their earlier years.
 */
export const NOTE_START = "Zahlen aus ";

export function mergeIntoEdition(baseText: string, figures: ImportedFigures, options: MergeOptions): string {
  const doc = parseDocument(baseText);
  const { year: jahr } = options;
  doc.setIn(["berichtsjahr"], jahr);
  if (!options.sameYear) {
    doc.setIn(["veroeffentlichung"], options.veroeffentlichung);
    doc.setIn(["sperrfrist"], null);
    doc.setIn(["nummer"], null);
    doc.setIn(["quelle", "stand"], options.stand);
    doc.setIn(["quelle", "status"], options.status);
    doc.setIn(["zitate"], doc.createNode([], { flow: true }));
    doc.setIn(["absaetze"], doc.createNode([], { flow: true }));
  }
  for (const reihe of ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"] as const) {
    for (const [year, value] of Object.entries(figures[reihe])) doc.setIn(["kennzahlen", reihe, Number(year)], value);
    keepYearsUpTo(doc, ["kennzahlen", reihe], jahr);
  }
  for (const zeitraum of ["integrationen", "gefoerderte"] as const) {
    const value = figures[zeitraum];
    // Field by field, so the comments on the period survive.
    for (const [key, number] of Object.entries(value ?? {})) doc.setIn(["kennzahlen", zeitraum, key], number);
  }
  for (const [key, value] of Object.entries(figures.bundesvergleich)) doc.setIn(["bundesvergleich", key], value);
  // One note, the latest: an older import's note describes figures no longer there.
  const kept = (doc.commentBefore ?? "").split("\n").filter((line) => !line.startsWith(` ${NOTE_START}`));
  doc.commentBefore = [` ${options.note}`, ...kept].join("\n").trimEnd();
  return doc.toString();
}

/** A new year's edition needs this year's figures; the previous year's periods would be stale. */
export function missingForNewYear(figures: ImportedFigures, jahr: number): string[] {
  const missing: string[] = [];
  if (figures.bedarfsgemeinschaften[jahr] === undefined) missing.push(`Bedarfsgemeinschaften ${jahr}`);
  if (figures.personen_in_bedarfsgemeinschaften[jahr] === undefined) missing.push(`Personen in Bedarfsgemeinschaften ${jahr}`);
  if (figures.integrationen?.bis !== jahr) missing.push(`Integrationen bis ${jahr}`);
  if (figures.gefoerderte?.bis !== jahr) missing.push(`Geförderte bis ${jahr}`);
  return missing;
}

/** Sorts a year series and drops years after the reporting year (a base from a later year). */
function keepYearsUpTo(doc: Document, path: string[], jahr: number): void {
  const map = doc.getIn(path, true);
  if (!isMap(map)) return;
  const year = (item: (typeof map.items)[number]) => Number(isScalar(item.key) ? item.key.value : item.key);
  map.items = map.items.filter((item) => year(item) <= jahr).sort((a, b) => year(a) - year(b));
}
