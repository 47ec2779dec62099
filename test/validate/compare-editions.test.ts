import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.js";
import { builtInCatalogue, mergeCatalogue, type Catalogue } from "../../src/validate/catalogue.js";
import { compareEditions, toComparable, type Comparable } from "../../src/validate/compare-editions.js";
import { readExample } from "../helpers/data-folder.js";

const example = await readExample("2018.yaml");
const lineOf = (text: string, start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;
/** The example carried over to the next year: the new year's values added, the rest as it was. */
const nextYear = (text: string, year: number, households: number, persons: number) =>
  text
    .replace(/^berichtsjahr: \d+/m, `berichtsjahr: ${year}`)
    .replace(/(  bedarfsgemeinschaften:.*\n(?: {4}\d+: \d+\n)*)/, `$1    ${year}: ${households}\n`)
    .replace(/(  personen_in_bedarfsgemeinschaften:.*\n(?: {4}\d+: \d+\n)*)/, `$1    ${year}: ${persons}\n`);
const builtIn = builtInCatalogue("data/kennzahlen.yaml");
const comparable = (year: number, text: string, catalogue: Catalogue = builtIn): Comparable => {
  const found = toComparable(year, { file: `data/${year}.yaml`, text }, catalogue);
  if (found === undefined) throw new Error(`data/${year}.yaml does not parse`);
  return found;
};
/** The count warnings only: these files also carry the example's quote and paragraph over. */
const revisionsOf = (year: number, editions: readonly Comparable[]) => compareEditions(year, editions).filter((problem) => problem.field[0] === "kennzahlen");
const shown = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe("compareEditions: counts that disagree between edition files", () => {
  // A line more at the top, so each file's line is told apart.
  const revised = `# Zahlen vom Januar 2020\n${nextYear(example, 2019, 9410, 15900).replace("    2018: 9922", "    2018: 9950")}`;
  const editions = [comparable(2018, example), comparable(2019, revised)];
  const warning = `data/2019.yaml, Zeile ${lineOf(revised, "    2018: 9950")}, Spalte 11 › kennzahlen › bedarfsgemeinschaften › 2018: Hier steht 9.950, in data/2018.yaml (Zeile ${lineOf(example, "    2018: 9922")}) aber 9.922. Statistiken werden nachträglich berichtigt; es gilt deshalb der Wert der neueren Datei, 9.950. Ist es keine Berichtigung, sondern ein Tippfehler, bitte den falschen der beiden Werte korrigieren.`;

  it("names both files, both lines and both values, at the newer file, whose value counts", () => {
    expect(lineOf(revised, "    2018: 9950")).toBe(lineOf(example, "    2018: 9922") + 1);
    expect(shown(revisionsOf(2019, editions))).toEqual([warning]);
  });

  it("finds the same disagreement from the older edition, as the same warning, so a run reports it once", () => {
    expect(revisionsOf(2018, editions)).toEqual(revisionsOf(2019, editions));
    expect(revisionsOf(2018, [...editions].reverse())).toEqual(revisionsOf(2019, editions));
  });

  it("has nothing to say when the files agree, or only one of them holds a year", () => {
    const agreeing = [comparable(2018, example), comparable(2019, nextYear(example, 2019, 9410, 15900))];
    expect(revisionsOf(2019, agreeing)).toEqual([]);
    expect(revisionsOf(2018, agreeing)).toEqual([]);
    expect(revisionsOf(2019, [comparable(2019, revised)])).toEqual([]);
  });

  it("compares each file with the nearest file holding the same year, not with every file", () => {
    const y2017 = nextYear(example, 2017, 10500, 17800).replace(/ {4}2018: \d+\n/g, "");
    const y2018 = example.replace("    2018: 9922", "    2017: 10500\n    2018: 9922").replace("    2018: 16726", "    2017: 17800\n    2018: 16726");
    const y2019 = nextYear(y2018, 2019, 9410, 15900).replace("    2017: 10500", "    2017: 10480");
    const three = [comparable(2017, y2017), comparable(2018, y2018), comparable(2019, y2019)];
    expect(shown(revisionsOf(2019, three))).toEqual([expect.stringMatching(/^data\/2019\.yaml, Zeile \d+, Spalte 11 › kennzahlen › bedarfsgemeinschaften › 2017: Hier steht 10\.480, in data\/2018\.yaml \(Zeile \d+\) aber 10\.500\./)]);
    expect(revisionsOf(2018, three)).toEqual(revisionsOf(2019, three));
    // 2017.yaml agrees with 2018.yaml, the next file holding 2017; the later revision is between 2018 and 2019.
    expect(revisionsOf(2017, three)).toEqual([]);
  });

  it("compares what a sibling with mistakes of its own still says, and leaves out one that is not YAML", () => {
    const broken = revised.replace("berichtsjahr: 2019", "berichtsjahr: neunzehn").replace("    2019: 9410", "    2019: 9.410").replace("    anzahl: 9664", "    anzahl: -1");
    expect(shown(revisionsOf(2018, [comparable(2018, example), comparable(2019, broken)]))).toEqual([warning]);
    expect(toComparable(2019, { file: "data/2019.yaml", text: "kennzahlen: [\n" }, builtIn)).toBeUndefined();
    expect(revisionsOf(2018, [comparable(2018, example)])).toEqual([]);
  });
});

describe("compareEditions: catalogue series of every kind", () => {
  /** The example with catalogue series added below the fixed ones, as the issue writes them. */
  const withSeries = (text: string, series: string) => text.replace("  integrationen:", `${series}  integrationen:`);
  const y2018 = withSeries(example, "  integrationsquote: { 2017: 23.8, 2018: 24.1 }\n  eingliederungsmittel: { 2018: 11800000.5 }\n  eigene_zahl: { 2018: 12 }\n");
  const y2019 = withSeries(
    nextYear(example, 2019, 9410, 15900),
    "  integrationsquote: { 2017: 23.8, 2018: 24.3, 2019: 25.4 }\n  eingliederungsmittel: { 2018: 11800000.75, 2019: 12400000 }\n  eigene_zahl: { 2018: 13, 2019: 14 }\n",
  );
  const line = lineOf(y2019, "  integrationsquote:");
  const own = mergeCatalogue("data/kennzahlen.yaml", { eigene_zahl: { art: "anzahl", bezeichnung: "Eigene Zahl", satz: { subjekt: "die eigene Zahl", genus: "f", numerus: "sg" }, messung: "jahreswert" } });

  it("warns of a revised quote and euro amount with their decimals, at the value inside a flow mapping", () => {
    const at = (text: string, start: string, value: string) => `Zeile ${lineOf(text, start)}, Spalte ${(text.split("\n")[lineOf(text, start) - 1] ?? "").indexOf(value) + 1}`;
    expect(shown(revisionsOf(2019, [comparable(2018, y2018), comparable(2019, y2019)]))).toEqual([
      `data/2019.yaml, ${at(y2019, "  integrationsquote:", "24.3")} › kennzahlen › integrationsquote › 2018: Hier steht 24,3, in data/2018.yaml (Zeile ${lineOf(y2018, "  integrationsquote:")}) aber 24,1. Statistiken werden nachträglich berichtigt; es gilt deshalb der Wert der neueren Datei, 24,3. Ist es keine Berichtigung, sondern ein Tippfehler, bitte den falschen der beiden Werte korrigieren.`,
      expect.stringMatching(new RegExp(`^data/2019\\.yaml, ${at(y2019, "  eingliederungsmittel:", "11800000.75")} › kennzahlen › eingliederungsmittel › 2018: Hier steht 11\\.800\\.000,75, in data/2018\\.yaml \\(Zeile ${lineOf(y2018, "  eingliederungsmittel:")}\\) aber 11\\.800\\.000,5\\.`)),
    ]);
  });

  it("compares a figure of the folder's own catalogue, and no key the catalogue does not know", () => {
    const keys = (catalogue: Catalogue) => revisionsOf(2019, [comparable(2018, y2018, catalogue), comparable(2019, y2019, catalogue)]).map((problem) => problem.field[1]);
    // In catalogue order: the folder's own figures first.
    expect(keys(own)).toEqual(["eigene_zahl", "integrationsquote", "eingliederungsmittel"]);
    expect(keys(builtIn)).toEqual(["integrationsquote", "eingliederungsmittel"]);
  });

  it("leaves out a value its kind refuses: 4.870 for a count is that file's mistake, not a revision", () => {
    const typo = (text: string, value: string) => withSeries(text, `  langzeitleistungsbeziehende: { 2018: ${value} }\n`);
    const typed = [comparable(2018, typo(example, "4870")), comparable(2019, typo(nextYear(example, 2019, 9410, 15900), "4.870"))];
    expect(revisionsOf(2019, typed)).toEqual([]);
    const quota = [comparable(2018, withSeries(example, "  integrationsquote: { 2018: 24.1 }\n")), comparable(2019, withSeries(nextYear(example, 2019, 9410, 15900), "  integrationsquote: { 2018: 241 }\n"))];
    expect(revisionsOf(2019, quota)).toEqual([]);
  });
});

describe("compareEditions: quotes and paragraphs copied from an earlier edition", () => {
  // The editor reflowed the copied quote: still the same words.
  const copied = nextYear(example, 2019, 9410, 15900).replace("an Leistungen und Lösungen an. Wir", "an Leistungen\n      und Lösungen an.   Wir");
  const editions = [comparable(2018, example), comparable(2019, copied)];

  it("warns at the later file's quote and paragraph, naming the earlier file and line", () => {
    expect(shown(compareEditions(2019, editions))).toEqual([
      `data/2019.yaml, Zeile ${lineOf(copied, "    text: Das Jobcenter")}, Spalte 11 › zitate › 0 › text: Dieses Zitat („Das Jobcenter bietet ein Gesamtpaket an …“) steht wortgleich schon in data/2018.yaml (Zeile ${lineOf(example, "    text: Das Jobcenter")}) – beim Kopieren der Datei stehen geblieben? Bitte ein Zitat für dieses Jahr eintragen oder es löschen (ohne Zitat: „zitate: []“).`,
      `data/2019.yaml, Zeile ${lineOf(copied, "  - >-")}, Spalte 5 › absaetze › 0: Dieser Absatz („Landrat Frank Vogel dankte der …“) steht wortgleich schon in data/2018.yaml (Zeile ${lineOf(example, "  - >-")}) – beim Kopieren der Datei stehen geblieben? Bitte für dieses Jahr neu schreiben oder löschen.`,
    ]);
  });

  it("says nothing to the earlier edition, nor about texts that differ", () => {
    expect(compareEditions(2018, editions)).toEqual([]);
    const rewritten = copied.replace("Das Jobcenter bietet", "Das Jobcenter bot").replace("Landrat Frank Vogel dankte", "Landrat Rico Anton dankte");
    expect(compareEditions(2019, [comparable(2018, example), comparable(2019, rewritten)])).toEqual([]);
  });

  it("names the newest earlier edition holding the text", () => {
    const y2017 = example.replace("berichtsjahr: 2018", "berichtsjahr: 2017");
    const y2018 = example;
    const found = compareEditions(2019, [comparable(2017, y2017), comparable(2018, y2018), comparable(2019, copied)]);
    expect(found.map((problem) => problem.message)).toEqual([expect.stringContaining("in data/2018.yaml (Zeile"), expect.stringContaining("in data/2018.yaml (Zeile")]);
  });
});
