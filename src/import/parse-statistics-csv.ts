import { parse } from "csv-parse/sync";
import type { Problem } from "../problem.js";
import type { Catalogue } from "../validate/catalogue.js";
import { seriesSchema } from "../validate/schema.js";
import { figureNames, normalise } from "./figure-names.js";
import { inCsvNotation, NOT_READ, readValue } from "./read-value.js";

/** The figures a statistics CSV can carry, by the field they fill. */
export interface ImportedFigures {
  /** Year series by the catalogue's key, the two fixed ones among them: year → value. */
  reihen: Record<string, Record<string, number>>;
  integrationen?: { von: number; bis: number; anzahl: number };
  gefoerderte?: { von: number; bis: number; anzahl: number };
  bundesvergleich: { stand?: number; jobcenter?: number; kommunale_jobcenter?: number };
}

const COLUMNS = {
  kennzahl: ["kennzahl", "merkmal"],
  zeitraum: ["zeitraum", "jahr"],
  wert: ["wert", "anzahl"],
} as const;

type Column = keyof typeof COLUMNS;

/**
 * Reads a German statistics CSV (one row per figure: Kennzahl; Zeitraum; Wert) into typed figures,
 * each value by the kind its figure has in `catalogue`, or reports every wrong cell with its line
 * and column.
 */
export function parseStatisticsCsv(file: string, text: string, catalogue: Catalogue): { ok: true; figures: ImportedFigures } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (line: number | undefined, column: string | undefined, message: string) =>
    problems.push({ file, field: column ? [column] : [], line, message });

  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record carries the line it came from.
    rows = parse(text, { delimiter: detectDelimiter(text), bom: true, info: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, problems: [{ file, field: [], line, message: `Die CSV-Datei ist nicht lesbar (${csvErrorInGerman(error)}).` }] };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, problems: [{ file, field: [], message: "Die CSV-Datei ist leer." }] };
  const index = locateColumns(header.record);
  if (!index.ok) return { ok: false, problems: [{ file, field: [], line: header.info.lines, message: index.message }] };

  const figures: ImportedFigures = { reihen: {}, bundesvergleich: {} };
  const find = figureNames(catalogue);
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const cell = (column: Column) => record[index.columns[column]] ?? "";
    const name = cell("kennzahl");
    const found = find(name);
    if (!found.ok) {
      problem(line, header.record[index.columns.kennzahl], found.message);
      continue;
    }
    const { target } = found;
    const art = target.kind === "reihe" ? target.definition.art : "anzahl";
    const period = parsePeriod(cell("zeitraum"));
    const value = readValue(cell("wert"), art);
    if (!period) problem(line, header.record[index.columns.zeitraum], `„${cell("zeitraum")}“ ist kein Jahr und kein Zeitraum wie 2012–2018.`);
    if (value === undefined) problem(line, header.record[index.columns.wert], `„${cell("wert")}“ ${NOT_READ[art]}.`);
    if (!period || value === undefined) continue;
    if (target.kind !== "zeitraum" && period.von !== period.bis) {
      problem(line, header.record[index.columns.zeitraum], `Für „${name}“ wird ein einzelnes Jahr erwartet, nicht ${cell("zeitraum")}.`);
      continue;
    }
    // The rule of the figure's kind, as the edition file will be checked: a quote of 120 is refused here, at its cell.
    const rule = seriesSchema(art).safeParse({ [String(period.bis)]: value }).error?.issues[0]?.message;
    if (rule !== undefined) {
      problem(line, header.record[index.columns.wert], `„${cell("wert")}“: ${inCsvNotation(rule)}.`);
      continue;
    }
    const key = `${target.kind === "reihe" ? target.key : target.field}/${target.kind === "zeitraum" ? "" : period.bis}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(line, header.record[index.columns.kennzahl], `„${name}“ für ${cell("zeitraum")} steht schon in Zeile ${earlier}.`);
      continue;
    }
    seen.set(key, line);
    if (target.kind === "reihe") figures.reihen[target.key] = { ...figures.reihen[target.key], [String(period.bis)]: value };
    else if (target.kind === "zeitraum") figures[target.field] = { ...period, anzahl: value };
    else {
      if (figures.bundesvergleich.stand !== undefined && figures.bundesvergleich.stand !== period.bis) {
        problem(line, header.record[index.columns.zeitraum], "Beide Bundeszahlen müssen denselben Stand (dasselbe Jahr) haben.");
      }
      figures.bundesvergleich = { ...figures.bundesvergleich, stand: period.bis, [target.field]: value };
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, figures };
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
}

function locateColumns(header: string[]): { ok: true; columns: Record<Column, number> } | { ok: false; message: string } {
  const names = header.map(normalise);
  const columns = {} as Record<Column, number>;
  for (const [column, accepted] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const position = names.findIndex((name) => accepted.includes(name));
    if (position < 0) {
      return { ok: false, message: `Die Kopfzeile braucht die Spalten „Kennzahl“, „Zeitraum“ und „Wert“; gefunden: ${header.map((name) => `„${name}“`).join(", ")}.` };
    }
    columns[column] = position;
  }
  return { ok: true, columns };
}

/** "2018", "2012–2018", "2012-2018", "2012 bis 2018". */
function parsePeriod(text: string): { von: number; bis: number } | undefined {
  const match = /^(\d{4})(?:\s*(?:[-–]|bis)\s*(\d{4}))?$/.exec(text.trim());
  if (!match) return undefined;
  const von = Number(match[1]);
  const bis = Number(match[2] ?? match[1]);
  return von <= bis ? { von, bis } : undefined;
}

function csvErrorInGerman(error: unknown): string {
  const code = (error as { code?: string }).code ?? "";
  if (code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") return "eine Zeile hat mehr oder weniger Spalten als die Kopfzeile";
  if (code.startsWith("CSV_QUOTE") || code === "CSV_INVALID_CLOSING_QUOTE") return "ein Anführungszeichen ist nicht geschlossen";
  return code || "unbekannter Fehler";
}
