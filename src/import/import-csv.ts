import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { localDate } from "../clock.js";
import { listEditionYears, readBounded, readEditionSource, readPublisherSource, shown } from "../load/read-edition-sources.js";
import { nextEdition } from "../new-year/next-edition.js";
import { IMPORT_NOTE } from "../new-year/note.js";
import { loadCatalogue } from "../pipeline/load-catalogue.js";
import { ProblemError, type Problem } from "../problem.js";
import { GAP } from "../validate/gaps.js";
import { parseYaml } from "../validate/parse-yaml.js";
import { validateEdition } from "../validate/validate-edition.js";
import { writeFileAtomic } from "../write-atomic.js";
import { decodeSpreadsheetText } from "./decode-text.js";
import { differingEarlierYears } from "./earlier-years.js";
import { mergeIntoEdition, missingForNewYear } from "./merge-into-edition.js";
import { parseStatisticsCsv } from "./parse-statistics-csv.js";

export interface ImportRequest {
  csvFile: string;
  year: number;
  dataDir: string;
  /** Replace the figures of an existing edition. */
  force: boolean;
  veroeffentlichung: string | undefined;
  /** The date of the figures; without it a new year's `quelle.stand` is left a gap. */
  stand: string | undefined;
  endgueltig: boolean;
}

export type Imported =
  | { ok: true; target: string; source: string; encoding: string; warnings: Problem[]; gaps: Problem[] }
  | { ok: false; problems: Problem[] };

/** CSV → data/<jahr>.yaml: validated like any edition before a byte is written; only gaps may remain. */
export async function importCsv(request: ImportRequest): Promise<Imported> {
  const { csvFile, year, dataDir, force } = request;
  const { file, bytes } = await readBounded(csvFile);
  const { text, encoding } = decodeSpreadsheetText(bytes);
  // As build reads it: a broken kennzahlen.yaml is refused with its own problems.
  const { catalogue } = await loadCatalogue(dataDir);
  const parsed = parseStatisticsCsv(file, text, catalogue);
  if (!parsed.ok) return parsed;
  const target = join(dataDir, `${year}.yaml`);
  const fail = (message: string) => new ProblemError([{ file: shown(target), field: [], message }]);
  const sameYear = existsSync(target);
  if (sameYear && !force) {
    throw fail("Die Ausgabe gibt es schon. Mit --force werden nur ihre Zahlen ersetzt; Texte, Zitate und Kommentare bleiben.");
  }
  const years = await listEditionYears(dataDir);
  const baseYear = sameYear ? year : (years.filter((other) => other < year).at(-1) ?? years.at(-1));
  if (baseYear === undefined) {
    throw fail("Im Datenordner gibt es keine frühere Ausgabe, aus der Jobcenter, Quelle und Bundesvergleich übernommen werden können. Bitte zuerst eine Ausgabe von Hand anlegen (Vorbild: data/2018.yaml).");
  }
  const base = await readEditionSource(dataDir, baseYear);
  if (!sameYear) {
    const readable = parseYaml(base.file, base.text);
    if (!readable.ok) return readable;
    const kennzahlen = (readable.parsed.value as { kennzahlen?: unknown }).kennzahlen;
    const periods = new Set(typeof kennzahlen === "object" && kennzahlen !== null ? Object.keys(kennzahlen) : []);
    const missing = missingForNewYear(parsed.figures, year, periods);
    if (missing.length > 0) throw new ProblemError([{ file, field: [], message: `Für eine neue Ausgabe ${year} fehlen in der CSV-Datei: ${missing.join(", ")}.` }]);
  }
  // A new year starts as `pressemappe neu` starts it: what belongs to the year before is a gap or empty.
  const start = sameYear ? base.text : nextEdition(base.text, { year, from: basename(base.file) });
  const today = localDate(new Date());
  const merged = mergeIntoEdition(start, parsed.figures, {
    year,
    veroeffentlichung: request.veroeffentlichung,
    stand: request.stand,
    status: request.endgueltig ? "endgueltig" : sameYear ? undefined : "vorlaeufig",
    note: `${IMPORT_NOTE}${basename(csvFile)} übernommen (pressemappe import, ${today})${sameYear ? "" : `; alles Übrige aus ${baseYear}.yaml, Zitate und Absätze bitte ergänzen`}.`,
    gapNote: `${GAP} heißt: noch nicht eingetragen.`,
  });
  const result = validateEdition(await readPublisherSource(dataDir), { file: shown(target), text: merged }, catalogue);
  const mistakes = result.ok ? [] : result.problems.filter((problem) => !problem.gap);
  if (!result.ok && mistakes.length > 0) return { ok: false, problems: mistakes };
  // The earlier years the CSV speaks of and that have a file of their own; one unreadable is its own problem.
  const spoken = new Set(Object.values(parsed.figures.reihen).flatMap((values) => Object.keys(values).map(Number)));
  const earlier = await Promise.all(
    years.filter((other) => other < year && spoken.has(other)).map(async (other) => ({ year: other, source: await readEditionSource(dataDir, other).catch(() => undefined) })),
  );
  const readable = earlier.flatMap(({ year: other, source }) => (source === undefined ? [] : [{ year: other, source }]));
  const revised = differingEarlierYears(parsed.figures, readable, { csv: basename(csvFile), target: `${year}.yaml` }, catalogue);
  await writeFileAtomic(target, merged);
  return { ok: true, target, source: file, encoding, warnings: [...revised, ...(result.ok ? result.warnings : [])], gaps: result.ok ? [] : result.problems };
}
