import { describe, expect, it } from "vitest";
import { differingEarlierYears } from "../../src/import/earlier-years.js";
import type { ImportedFigures } from "../../src/import/parse-statistics-csv.js";
import { readExample } from "../helpers/data-folder.js";

const example = await readExample("2018.yaml");
const figures = (bedarfsgemeinschaften: Record<string, number>): ImportedFigures => ({ bedarfsgemeinschaften, personen_in_bedarfsgemeinschaften: {}, bundesvergleich: {} });
const names = { csv: "zahlen.csv", target: "2019.yaml" };
const own = (text: string) => [{ year: 2018, source: { file: "data/2018.yaml", text } }];

describe("differingEarlierYears", () => {
  it("names the earlier file's line and both values", () => {
    const [found, ...rest] = differingEarlierYears(figures({ 2018: 9950, 2019: 9100 }), own(example), names);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ file: "data/2018.yaml", field: ["kennzahlen", "bedarfsgemeinschaften", "2018"], line: example.split("\n").indexOf("    2018: 9922") + 1 });
    expect(found?.message).toContain("zahlen.csv nennt für 2018 9.950, diese Datei 9.922");
  });

  it("is silent where the values agree, where the earlier file has no value, and where it is unreadable", () => {
    expect(differingEarlierYears(figures({ 2018: 9922 }), own(example), names)).toEqual([]);
    // 2012 is in 2018.yaml, but 2018.yaml is not 2012's own edition.
    expect(differingEarlierYears(figures({ 2012: 1 }), own(example), names)).toEqual([]);
    expect(differingEarlierYears(figures({ 2018: 9950 }), own("kennzahlen: [unclosed"), names)).toEqual([]);
  });
});
