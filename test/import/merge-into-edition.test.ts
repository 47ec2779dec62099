import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { mergeIntoEdition, missingForNewYear } from "../../src/import/merge-into-edition.js";
import type { ImportedFigures } from "../../src/import/parse-statistics-csv.js";
import { nextEdition } from "../../src/new-year/next-edition.js";
import { readExample } from "../helpers/data-folder.js";

const example = await readExample("2018.yaml");
const figures = (bedarfsgemeinschaften: Record<string, number>, more: ImportedFigures["reihen"] = {}): ImportedFigures => ({ reihen: { bedarfsgemeinschaften, ...more }, bundesvergleich: {} });
const options = { year: 2018, note: "Zahlen aus test.csv übernommen.", gapNote: "??? heißt: noch nicht eingetragen." };

describe("mergeIntoEdition", () => {
  it("keeps the stand of unchanged figures, makes it a gap for changed ones, and sets a given one", () => {
    expect(parse(mergeIntoEdition(example, figures({ 2018: 9922 }), options)).quelle.stand).toBe("2019-01-15");
    const changed = mergeIntoEdition(example, figures({ 2018: 9950 }), options);
    expect(parse(changed).quelle.stand).toBe("???");
    expect(changed).toMatch(/^# Zahlen aus test\.csv übernommen\. \?\?\? heißt: noch nicht eingetragen\.\n/);
    expect(parse(mergeIntoEdition(example, figures({ 2018: 9950 }), { ...options, stand: "2019-03-29" })).quelle.stand).toBe("2019-03-29");
  });

  it("fills a new year's gaps and drops their comments", () => {
    const start = nextEdition(example, { year: 2019, from: "2018.yaml" });
    const merged = mergeIntoEdition(start, figures({ 2019: 9100 }), { ...options, year: 2019, stand: "2020-01-10", status: "vorlaeufig" });
    expect(merged).toContain("    2019: 9100\n");
    expect(merged).toContain("  stand: 2020-01-10\n  status: vorlaeufig # vorlaeufig | endgueltig\n");
    // One note: the import's replaces the one `neu` wrote.
    expect(merged.match(/^# (Zahlen|Angelegt) aus/gm)).toEqual(["# Zahlen aus"]);
  });

  it("asks a new year's CSV only for the periods the edition it starts from has", () => {
    const only = figures({ 2019: 9100 }, { personen_in_bedarfsgemeinschaften: { 2019: 15400 } });
    expect(missingForNewYear(only, 2019, new Set(["bedarfsgemeinschaften", "integrationen", "gefoerderte"]))).toEqual(["Integrationen bis 2019", "Geförderte bis 2019"]);
    expect(missingForNewYear(only, 2019, new Set(["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"]))).toEqual([]);
  });

  it("writes catalogue series: into the series as the file writes it, a new one after the last series, written as that one is", () => {
    const withSeries = example.replace("  integrationen:", "  langzeitleistungsbeziehende: { 2018: 5120 } # Personen\n  integrationen:");
    const merged = mergeIntoEdition(withSeries, figures({}, { langzeitleistungsbeziehende: { 2017: 5300 }, integrationsquote: { 2018: 24.1 }, eingliederungsmittel: { 2018: 12400000.5 } }), options);
    expect(merged).toContain("  langzeitleistungsbeziehende: { 2017: 5300, 2018: 5120 } # Personen\n  integrationsquote: { 2018: 24.1 }\n  eingliederungsmittel: { 2018: 12400000.5 }\n  integrationen:");
    // After a series a year a line, a new one is written so too.
    expect(mergeIntoEdition(example, figures({}, { integrationsquote: { 2018: 24.1 } }), options)).toContain("    2018: 16726\n  integrationsquote:\n    2018: 24.1\n  integrationen:");
  });

  it("fills a new year's gap in braces and drops the gap comment after them", () => {
    const start = nextEdition(example.replace("  integrationen:", "  integrationsquote: { 2018: 24.1 }\n  integrationen:"), { year: 2019, from: "2018.yaml" });
    expect(start).toContain("  integrationsquote: { 2018: 24.1, 2019: ??? } # noch eintragen\n");
    const merged = mergeIntoEdition(start, figures({ 2019: 9100 }, { integrationsquote: { 2019: 25.4 } }), { ...options, year: 2019 });
    expect(merged).toContain("  integrationsquote: { 2018: 24.1, 2019: 25.4 }\n");
  });
});
