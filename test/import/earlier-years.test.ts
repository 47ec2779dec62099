import { describe, expect, it } from "vitest";
import { differingEarlierYears } from "../../src/import/earlier-years.js";
import type { ImportedFigures } from "../../src/import/parse-statistics-csv.js";
import { builtInCatalogue } from "../../src/validate/catalogue.js";
import { readExample } from "../helpers/data-folder.js";

const example = await readExample("2018.yaml");
const figures = (bedarfsgemeinschaften: Record<string, number>, more: ImportedFigures["reihen"] = {}): ImportedFigures => ({ reihen: { bedarfsgemeinschaften, ...more }, bundesvergleich: {} });
const names = { csv: "zahlen.csv", target: "2019.yaml" };
const own = (text: string) => [{ year: 2018, source: { file: "data/2018.yaml", text } }];
const catalogue = builtInCatalogue("data/kennzahlen.yaml");
const differing = (found: ImportedFigures, earlier: ReturnType<typeof own>) => differingEarlierYears(found, earlier, names, catalogue);

describe("differingEarlierYears", () => {
  it("names the earlier file's line and both values", () => {
    const [found, ...rest] = differing(figures({ 2018: 9950, 2019: 9100 }), own(example));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ file: "data/2018.yaml", field: ["kennzahlen", "bedarfsgemeinschaften", "2018"], line: example.split("\n").indexOf("    2018: 9922") + 1 });
    expect(found?.message).toContain("zahlen.csv nennt für 2018 9.950, diese Datei 9.922");
  });

  it("covers catalogue series too, with their decimals", () => {
    const text = example.replace("  integrationen:", "  integrationsquote: { 2017: 23.8, 2018: 24.1 }\n  eingliederungsmittel: { 2018: 11800000 }\n  integrationen:");
    const found = differing(figures({}, { integrationsquote: { 2017: 23.9, 2018: 24.3 }, eingliederungsmittel: { 2018: 11800000 } }), own(text));
    expect(found.map(({ field, line, column }) => ({ field, line, column }))).toEqual([
      { field: ["kennzahlen", "integrationsquote", "2018"], line: text.split("\n").indexOf("  integrationsquote: { 2017: 23.8, 2018: 24.1 }") + 1, column: "  integrationsquote: { 2017: 23.8, 2018: ".length + 1 },
    ]);
    expect(found[0]?.message).toContain("zahlen.csv nennt für 2018 24,3, diese Datei 24,1. 2019.yaml übernimmt 24,3 als berichtigten Wert");
  });

  it("is silent where the values agree, where the earlier file has no value, and where it is unreadable", () => {
    expect(differing(figures({ 2018: 9922 }), own(example))).toEqual([]);
    // 2012 is in 2018.yaml, but 2018.yaml is not 2012's own edition.
    expect(differing(figures({ 2012: 1 }), own(example))).toEqual([]);
    expect(differing(figures({ 2018: 9950 }), own("kennzahlen: [unclosed"))).toEqual([]);
  });
});
