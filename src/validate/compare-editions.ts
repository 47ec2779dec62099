import type { Source } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import type { Catalogue } from "./catalogue.js";
import { parseYaml } from "./parse-yaml.js";
import { seriesSchema } from "./schema.js";
import { grouped } from "./warnings.js";

/** A value of an edition file and where it stands. */
interface Located<T> {
  value: T;
  field: (string | number)[];
  line?: number;
  column?: number;
}

/**
 * What one edition file says that another may repeat or contradict, read leniently: whatever reads
 * as a year's value of a catalogue series (a count, a percentage, a euro amount, each by the rules of
 * its kind), a quotation or a paragraph counts, so a sibling with mistakes of its own (or a gap) is compared as far as it can be, never refused.
 */
export interface Comparable {
  file: string;
  /** The year of the file name: of two files, the one with the later year is newer. */
  year: number;
  /** By series and year: one look-up per file, however many years a folder holds. */
  values: Map<string, Located<number>>;
  /** Texts with whitespace collapsed: a copy reflowed by the editor is still a copy. */
  quotes: Located<string>[];
  paragraphs: Located<string>[];
}

const EXCERPT = 40;

/** The comparable content of an edition file, its series as `catalogue` knows them, or nothing when it is not even YAML. */
export function toComparable(year: number, source: Source, catalogue: Catalogue): Comparable | undefined {
  const parsed = parseYaml(source.file, source.text);
  if (!parsed.ok) return undefined;
  const { value, locate } = parsed.parsed;
  const at = <T>(field: (string | number)[], found: T): Located<T> => ({ value: found, field, ...locate(field) });
  const root = record(value);
  const kennzahlen = record(root.kennzahlen);
  const values = new Map<string, Located<number>>();
  for (const [reihe, definition] of catalogue.definitions) {
    // A value its kind refuses (4.870 for a count) is that file's mistake, not a revision.
    const fits = seriesSchema(definition.art);
    for (const [jahr, wert] of Object.entries(record(kennzahlen[reihe]))) {
      if (fits.safeParse({ [jahr]: wert }).success) values.set(`${reihe} ${jahr}`, at(["kennzahlen", reihe, jahr], wert as number));
    }
  }
  const texts = (list: unknown, field: (index: number) => (string | number)[], text: (item: unknown) => unknown) =>
    (Array.isArray(list) ? list : []).flatMap((item, index) => {
      const found = text(item);
      return typeof found === "string" && collapsed(found) !== "" ? [at(field(index), collapsed(found))] : [];
    });
  return {
    file: source.file,
    year,
    values,
    quotes: texts(root.zitate, (index) => ["zitate", String(index), "text"], (zitat) => record(zitat).text),
    paragraphs: texts(root.absaetze, (index) => ["absaetze", String(index)], (absatz) => absatz),
  };
}

/**
 * Warnings about the edition of `year` against the other edition files of its data folder: values
 * that disagree with the next older or newer file holding the same series and year (either side may
 * be the edition checked; the warning stands at the newer file, so a run checking both reports it
 * once), and quotes or paragraphs this edition repeats word for word from an earlier one.
 */
export function compareEditions(year: number, editions: readonly Comparable[]): Problem[] {
  const sorted = [...editions].sort((a, b) => a.year - b.year);
  const own = sorted.find((edition) => edition.year === year);
  if (own === undefined) return [];
  const earlier = sorted.filter((edition) => edition.year < year).reverse();
  const revised = sorted.flatMap((newer, index) => {
    if (newer.year < year) return [];
    const older = sorted.slice(0, index).reverse();
    return [...newer.values].flatMap(([key, value]) => {
      const before = older.find((edition) => edition.values.has(key));
      const other = before?.values.get(key);
      if (before === undefined || other === undefined || other.value === value.value || (newer !== own && before !== own)) return [];
      return [
        problem(
          newer.file,
          value,
          `Hier steht ${grouped(value.value)}, in ${before.file}${lineOf(other)} aber ${grouped(other.value)}. Statistiken werden nachträglich berichtigt; es gilt deshalb der Wert der neueren Datei, ${grouped(value.value)}. Ist es keine Berichtigung, sondern ein Tippfehler, bitte den falschen der beiden Werte korrigieren.`,
        ),
      ];
    });
  });
  return [
    ...revised,
    ...copies(own, earlier, "quotes", (excerpt) => `Dieses Zitat („${excerpt}“)`, "Bitte ein Zitat für dieses Jahr eintragen oder es löschen (ohne Zitat: „zitate: []“)."),
    ...copies(own, earlier, "paragraphs", (excerpt) => `Dieser Absatz („${excerpt}“)`, "Bitte für dieses Jahr neu schreiben oder löschen."),
  ];
}

/** Each text of `own` that the newest earlier edition holding it has word for word. */
function copies(own: Comparable, earlier: readonly Comparable[], kind: "quotes" | "paragraphs", what: (excerpt: string) => string, fix: string): Problem[] {
  return own[kind].flatMap((text) => {
    const before = earlier.flatMap((edition) => edition[kind].filter((other) => other.value === text.value).map((other) => ({ edition, other })))[0];
    if (before === undefined) return [];
    return [problem(own.file, text, `${what(excerpt(text.value))} steht wortgleich schon in ${before.edition.file}${lineOf(before.other)} – beim Kopieren der Datei stehen geblieben? ${fix}`)];
  });
}

function problem(file: string, at: Located<unknown>, message: string): Problem {
  return { file, field: at.field, line: at.line, column: at.column, message };
}

function lineOf(at: Located<unknown>): string {
  return at.line === undefined ? "" : ` (Zeile ${at.line})`;
}

function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : EXCERPT)} …`;
}

function collapsed(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
