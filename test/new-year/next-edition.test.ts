import { parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { nextEdition } from "../../src/new-year/next-edition.js";
import { GAP } from "../../src/validate/gaps.js";
import { readExample } from "../helpers/data-folder.js";

const example = await readExample("2018.yaml");
const next = (text: string, year = 2020) => nextEdition(text, { year, from: "2018.yaml" });

describe("nextEdition", () => {
  it("sets the report year, keeps the history and the job centre, and makes the new year's values gaps", () => {
    const edition = parse(next(example)) as Record<string, any>;
    const before = parse(example) as Record<string, any>;
    expect(edition).toEqual({
      berichtsjahr: 2020,
      veroeffentlichung: GAP,
      sperrfrist: GAP,
      nummer: GAP,
      jobcenter: before.jobcenter,
      bundesvergleich: before.bundesvergleich,
      kennzahlen: {
        bedarfsgemeinschaften: { 2012: 18460, 2018: 9922, 2020: GAP },
        personen_in_bedarfsgemeinschaften: { 2012: 31871, 2018: 16726, 2020: GAP },
        integrationen: { von: 2012, bis: 2020, anzahl: GAP },
        gefoerderte: { von: 2012, bis: 2020, anzahl: GAP },
      },
      quelle: { name: before.quelle.name, stand: GAP, status: GAP },
      zitate: [],
      absaetze: [],
    });
  });

  it("keeps the comments and the order of the keys", () => {
    const text = next(example);
    for (const comment of example.match(/#.*$/gm) ?? []) {
      // The comment inside last year's quote goes with the quote; every other one stays.
      if (comment.startsWith("# verb:")) continue;
      expect(text).toContain(comment.trimEnd());
    }
    expect(text).toContain("# schlagzeile: …");
    expect(text).toContain("status: ??? # vorlaeufig | endgueltig");
    expect(text).toContain("zitate: [] # nur wörtliche Zitate; darf leer sein: []");
    const keys = (source: string) => [...source.matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(keys(text)).toEqual(keys(example));
  });

  it("drops an own headline and last year's quotes and paragraphs", () => {
    const withHeadline = example.replace("# schlagzeile: …", "schlagzeile: Zahl der Bedarfsgemeinschaften halbiert #");
    const edition = parse(next(withHeadline)) as Record<string, unknown>;
    expect(edition).not.toHaveProperty("schlagzeile");
    expect(next(example)).not.toContain("Frank Reißmann");
    expect(next(example)).not.toContain("kommunalen Familie");
  });

  it("copes with the sections an edition may leave out", () => {
    const doc = parseDocument(example);
    for (const path of [["kennzahlen", "gefoerderte"], ["kennzahlen", "integrationen"], ["bundesvergleich"], ["absaetze"]]) doc.deleteIn(path);
    const edition = parse(next(doc.toString())) as Record<string, any>;
    expect(Object.keys(edition.kennzahlen)).toEqual(["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"]);
    expect(edition).not.toHaveProperty("bundesvergleich");
    expect(edition.absaetze).toEqual([]);
  });

  it("writes the new year under the key the file uses, and once", () => {
    const quoted = example.replace("    2018: 9922", '    2018: 9922\n    "2020": 9000');
    const text = next(quoted);
    expect(text).toContain('    "2020": ??? # noch eintragen\n');
    // Once per series: the quoted key is not joined by a second, unquoted one.
    expect(text.match(/^ {4}"?2020"?:/gm)).toEqual(['    "2020":', "    2020:"]);
    expect(parse(text).kennzahlen.bedarfsgemeinschaften).toEqual({ 2012: 18460, 2018: 9922, 2020: GAP });
  });

  it("keeps one note on where the file came from, and no stale gap comment", () => {
    const first = next(example);
    const filled = first.replace("2020: ??? # noch eintragen", "2020: 9000 # noch eintragen");
    const second = nextEdition(filled, { year: 2021, from: "2020.yaml" });
    expect(second.match(/^# Angelegt aus/gm)).toEqual(["# Angelegt aus"]);
    expect(second).toMatch(/^# Angelegt aus 2020\.yaml \(pressemappe neu\)\. \?\?\? heißt: noch nicht eingetragen; „pressemappe check 2021“ nennt jede Stelle\.\n\n# Jahresbilanz/);
    expect(second).toContain("    2020: 9000\n    2021: ??? # noch eintragen");
  });

  it("gives every catalogue series a gap for the new year, in braces where the file writes braces, and keeps the fact-sheet lists", () => {
    const withCatalogue = example
      .replace("  integrationen:", "  langzeitleistungsbeziehende: { 2017: 5120, 2018: 4870 }   # Personen\n  integrationsquote: { 2018: 24.1 }\n  eingliederungsmittel:\n    2018: 12400000.5\n  integrationen:")
      .replace("quelle:", "faktenblatt:\n  kacheln: [bedarfsgemeinschaften, integrationsquote] # oben\n  diagramm:\n    - langzeitleistungsbeziehende\n\nquelle:");
    const text = next(withCatalogue);
    expect(text).toContain("  langzeitleistungsbeziehende: { 2017: 5120, 2018: 4870, 2020: ??? } # Personen\n  integrationsquote: { 2018: 24.1, 2020: ??? } # noch eintragen\n");
    expect(text).toContain("  eingliederungsmittel:\n    2018: 12400000.5\n    2020: ??? # noch eintragen\n");
    expect(text).toContain("faktenblatt:\n  kacheln: [ bedarfsgemeinschaften, integrationsquote ] # oben\n  diagramm:\n    - langzeitleistungsbeziehende\n");
    const edition = parse(text) as Record<string, any>;
    expect(edition.kennzahlen).toMatchObject({ langzeitleistungsbeziehende: { 2017: 5120, 2018: 4870, 2020: GAP }, integrationsquote: { 2018: 24.1, 2020: GAP }, eingliederungsmittel: { 2018: 12400000.5, 2020: GAP } });
    expect(edition.faktenblatt).toEqual({ kacheln: ["bedarfsgemeinschaften", "integrationsquote"], diagramm: ["langzeitleistungsbeziehende"] });
    const filled = text.replace("{ 2018: 24.1, 2020: ??? }", "{ 2018: 24.1, 2020: 25.4 }");
    expect(nextEdition(filled, { year: 2021, from: "2020.yaml" })).toContain("  integrationsquote: { 2018: 24.1, 2020: 25.4, 2021: ??? } # noch eintragen\n");
  });
});
