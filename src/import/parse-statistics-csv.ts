import { parse } from "csv-parse/sync";
import type { Problem } from "../problem.js";

/** The figures a statistics CSV can carry, by the field they fill. */
export interface ImportedFigures {
  bedarfsgemeinschaften: Record<string, number>;
  personen_in_bedarfsgemeinschaften: Record<string, number>;
  integrationen?: { von: number; bis: number; anzahl: number };
  gefoerderte?: { von: number; bis: number; anzahl: number };
  bundesvergleich: { stand?: number; jobcenter?: number; kommunale_jobcenter?: number };
}

type Target =
  | { kind: "reihe"; field: "bedarfsgemeinschaften" | "personen_in_bedarfsgemeinschaften" }
  | { kind: "zeitraum"; field: "integrationen" | "gefoerderte" }
  | { kind: "bund"; field: "jobcenter" | "kommunale_jobcenter" };

/** Accepted names in the "Kennzahl" column, compared without case, umlauts or extra spaces. */
const KENNZAHLEN: Record<string, Target> = {
  bedarfsgemeinschaften: { kind: "reihe", field: "bedarfsgemeinschaften" },
  "personen in bedarfsgemeinschaften": { kind: "reihe", field: "personen_in_bedarfsgemeinschaften" },
  personen: { kind: "reihe", field: "personen_in_bedarfsgemeinschaften" },
  integrationen: { kind: "zeitraum", field: "integrationen" },
  "integrationen in arbeit und ausbildung": { kind: "zeitraum", field: "integrationen" },
  gefoerderte: { kind: "zeitraum", field: "gefoerderte" },
  "jobcenter bundesweit": { kind: "bund", field: "jobcenter" },
  "jobcenter in deutschland": { kind: "bund", field: "jobcenter" },
  "kommunale jobcenter": { kind: "bund", field: "kommunale_jobcenter" },
};

const COLUMNS = {
  kennzahl: ["kennzahl", "merkmal"],
  zeitraum: ["zeitraum", "jahr"],
  wert: ["wert", "anzahl"],
} as const;

type Column = keyof typeof COLUMNS;

/**
 * Reads a German statistics CSV (one row per figure: Kennzahl; Zeitraum; Wert) into typed figures,
 * or reports every wrong cell with its line and column.
 */
export function parseStatisticsCsv(file: string, text: string): { ok: true; figures: ImportedFigures } | { ok: false; problems: Problem[] } {
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

  const figures: ImportedFigures = { bedarfsgemeinschaften: {}, personen_in_bedarfsgemeinschaften: {}, bundesvergleich: {} };
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const cell = (column: Column) => record[index.columns[column]] ?? "";
    const name = cell("kennzahl");
    const target = KENNZAHLEN[normalise(name)];
    if (!target) {
      problem(line, header.record[index.columns.kennzahl], `„${name}“ ist keine bekannte Kennzahl. Erlaubt: ${Object.keys(KENNZAHLEN).map((key) => `„${key}“`).join(", ")}.`);
      continue;
    }
    const period = parsePeriod(cell("zeitraum"));
    const value = parseCount(cell("wert"));
    if (!period) problem(line, header.record[index.columns.zeitraum], `„${cell("zeitraum")}“ ist kein Jahr und kein Zeitraum wie 2012–2018.`);
    if (value === undefined) problem(line, header.record[index.columns.wert], `„${cell("wert")}“ ist keine ganze Zahl (erwartet z. B. 18.460 oder 18460).`);
    if (!period || value === undefined) continue;
    if (target.kind !== "zeitraum" && period.von !== period.bis) {
      problem(line, header.record[index.columns.zeitraum], `Für „${name}“ wird ein einzelnes Jahr erwartet, nicht ${cell("zeitraum")}.`);
      continue;
    }
    const key = `${target.field}/${target.kind === "zeitraum" ? "" : period.bis}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(line, header.record[index.columns.kennzahl], `„${name}“ für ${cell("zeitraum")} steht schon in Zeile ${earlier}.`);
      continue;
    }
    seen.set(key, line);
    if (target.kind === "reihe") figures[target.field][String(period.bis)] = value;
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

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/\s+/g, " ");
}

/** "2018", "2012–2018", "2012-2018", "2012 bis 2018". */
function parsePeriod(text: string): { von: number; bis: number } | undefined {
  const match = /^(\d{4})(?:\s*(?:[-–]|bis)\s*(\d{4}))?$/.exec(text.trim());
  if (!match) return undefined;
  const von = Number(match[1]);
  const bis = Number(match[2] ?? match[1]);
  return von <= bis ? { von, bis } : undefined;
}

/** German integers: "18.460", "18460", "18 460"; decimals and negative numbers are not counts. */
function parseCount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replaceAll(".", ""));
  if (/^\d+$/.test(compact)) return Number(compact);
  return undefined;
}

function csvErrorInGerman(error: unknown): string {
  const code = (error as { code?: string }).code ?? "";
  if (code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") return "eine Zeile hat mehr oder weniger Spalten als die Kopfzeile";
  if (code.startsWith("CSV_QUOTE") || code === "CSV_INVALID_CLOSING_QUOTE") return "ein Anführungszeichen ist nicht geschlossen";
  return code || "unbekannter Fehler";
}
