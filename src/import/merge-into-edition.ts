import { isMap, isScalar, parseDocument, visit, type Document, type YAMLMap } from "yaml";
import { dropFilledGapComments, setGap } from "../new-year/gap-nodes.js";
import { isSeries } from "../new-year/next-edition.js";
import { setNote } from "../new-year/note.js";
import { isGap } from "../validate/gaps.js";
import type { ImportedFigures } from "./parse-statistics-csv.js";

export interface MergeOptions {
  year: number;
  /** Each set where given; one not given stays as the base has it (a gap in a new year's base). */
  veroeffentlichung?: string;
  stand?: string;
  status?: "vorlaeufig" | "endgueltig";
  note: string;
  /** Added to the note when gaps remain. */
  gapNote: string;
}

/**
 * Writes imported figures into an edition's YAML, keeping the base file's comments and order. The
 * base is the year's own edition, or a new year's file as `pressemappe neu` starts it.
 */
export function mergeIntoEdition(baseText: string, figures: ImportedFigures, options: MergeOptions): string {
  const doc = parseDocument(baseText);
  const { year: jahr } = options;
  const before = figuresIn(doc);
  doc.setIn(["berichtsjahr"], jahr);
  for (const [reihe, values] of Object.entries(figures.reihen)) {
    addSeries(doc, reihe);
    for (const [year, value] of Object.entries(values)) setYear(doc, ["kennzahlen", reihe], year, value);
  }
  const kennzahlen = doc.getIn(["kennzahlen"], true);
  for (const pair of isMap(kennzahlen) ? kennzahlen.items : []) if (isMap(pair.value) && isSeries(pair.value)) keepYearsUpTo(pair.value, jahr);
  for (const zeitraum of ["integrationen", "gefoerderte"] as const) {
    const value = figures[zeitraum];
    // Field by field, so the comments on the period survive.
    for (const [key, number] of Object.entries(value ?? {})) doc.setIn(["kennzahlen", zeitraum, key], number);
  }
  for (const [key, value] of Object.entries(figures.bundesvergleich)) doc.setIn(["bundesvergleich", key], value);
  // The date of the figures is told, never taken from the clock: changed figures without one
  // leave the stand a gap, since the old stand no longer describes them.
  if (options.stand !== undefined) doc.setIn(["quelle", "stand"], options.stand);
  else if (figuresIn(doc) !== before) setGap(doc, ["quelle", "stand"]);
  if (options.veroeffentlichung !== undefined) doc.setIn(["veroeffentlichung"], options.veroeffentlichung);
  if (options.status !== undefined) doc.setIn(["quelle", "status"], options.status);
  dropFilledGapComments(doc);
  // One note, the latest: an older one describes figures no longer there.
  let gaps = false;
  visit(doc, { Scalar: (_key, node) => void (gaps ||= isGap(node.value)) });
  setNote(doc, gaps ? `${options.note} ${options.gapNote}` : options.note);
  return doc.toString();
}

/**
 * A new year's edition needs this year's figures; the previous year's periods would be stale. A
 * period the edition it starts from does not have is not asked for.
 */
export function missingForNewYear(figures: ImportedFigures, jahr: number, periods: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  if (figures.reihen.bedarfsgemeinschaften?.[jahr] === undefined) missing.push(`Bedarfsgemeinschaften ${jahr}`);
  if (figures.reihen.personen_in_bedarfsgemeinschaften?.[jahr] === undefined) missing.push(`Personen in Bedarfsgemeinschaften ${jahr}`);
  if (periods.has("integrationen") && figures.integrationen?.bis !== jahr) missing.push(`Integrationen bis ${jahr}`);
  if (periods.has("gefoerderte") && figures.gefoerderte?.bis !== jahr) missing.push(`Geförderte bis ${jahr}`);
  return missing;
}

/** The figures as the file holds them, to tell whether an import changed any. */
function figuresIn(doc: Document): string {
  const { kennzahlen, bundesvergleich } = (doc.toJS() ?? {}) as Record<string, unknown>;
  return JSON.stringify({ kennzahlen, bundesvergleich });
}

/** Sets a year of a series under the key as the file writes it: `"2018":` is the same year as `2018:`. */
function setYear(doc: Document, path: string[], year: string, value: number): void {
  const map = doc.getIn(path, true);
  const own = isMap(map) ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === year) : undefined;
  doc.setIn([...path, own && isScalar(own.key) ? own.key.value : Number(year)], value);
}

/**
 * A series the edition does not have yet, after its last series (before the periods), written as
 * that one is: `{ 2019: 4870 }` after a series in braces, else a year a line.
 */
function addSeries(doc: Document, reihe: string): void {
  const kennzahlen = doc.getIn(["kennzahlen"], true);
  if (!isMap(kennzahlen) || kennzahlen.has(reihe)) return;
  const last = kennzahlen.items.findLastIndex((pair) => isMap(pair.value) && isSeries(pair.value));
  const series = doc.createNode({}, { flow: last >= 0 && (kennzahlen.items[last]?.value as YAMLMap).flow === true });
  kennzahlen.items.splice(last + 1, 0, doc.createPair(reihe, series));
}

/** Sorts a year series and drops years after the reporting year (a base from a later year). */
function keepYearsUpTo(map: YAMLMap, jahr: number): void {
  const year = (item: (typeof map.items)[number]) => Number(isScalar(item.key) ? item.key.value : item.key);
  map.items = map.items.filter((item) => year(item) <= jahr).sort((a, b) => year(a) - year(b));
}
