import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { decodeSpreadsheetText } from "../../src/import/decode-text.js";
import { parseStatisticsCsv } from "../../src/import/parse-statistics-csv.js";
import { exampleDataDir, readExample } from "../helpers/data-folder.js";

const csv = (...rows: string[]) => rows.join("\r\n");
const problemsOf = (text: string) => {
  const result = parseStatisticsCsv("zahlen.csv", text);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((problem) => `${problem.line ?? "-"} ${problem.field.join("")}: ${problem.message}`);
};

describe("decodeSpreadsheetText", () => {
  it("reads Windows-1252 with its en dash, umlauts, euro sign and quotes", () => {
    const bytes = Uint8Array.from([0x47, 0x65, 0x66, 0xf6, 0x72, 0x64, 0x65, 0x72, 0x74, 0x65, 0x20, 0x96, 0x20, 0x80, 0x20, 0x84, 0x61, 0x93]);
    expect(decodeSpreadsheetText(bytes)).toEqual({ text: "Geförderte – € „a“", encoding: "Windows-1252" });
  });

  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeSpreadsheetText(new TextEncoder().encode("Geförderte – 2012–2018"))).toEqual({ text: "Geförderte – 2012–2018", encoding: "UTF-8" });
    expect(decodeSpreadsheetText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])).text).toBe("A");
  });
});

describe("parseStatisticsCsv", () => {
  it("reads the shipped Windows-1252 example into the figures of data/2018.yaml", async () => {
    const { text, encoding } = decodeSpreadsheetText(await readFile(join(exampleDataDir, "import-beispiel.csv")));
    expect(encoding).toBe("Windows-1252");
    const result = parseStatisticsCsv("import-beispiel.csv", text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { kennzahlen, bundesvergleich } = parse(await readExample("2018.yaml")) as { kennzahlen: Record<string, unknown>; bundesvergleich: Record<string, unknown> };
    const asText = (series: unknown) => Object.fromEntries(Object.entries(series as object).map(([year, value]) => [String(year), value]));
    expect(result.figures.bedarfsgemeinschaften).toEqual(asText(kennzahlen.bedarfsgemeinschaften));
    expect(result.figures.personen_in_bedarfsgemeinschaften).toEqual(asText(kennzahlen.personen_in_bedarfsgemeinschaften));
    expect(result.figures.integrationen).toEqual(kennzahlen.integrationen);
    expect(result.figures.gefoerderte).toEqual(kennzahlen.gefoerderte);
    expect(result.figures.bundesvergleich).toEqual(bundesvergleich);
  });

  it("accepts commas, other column names, BOM, spaces and plain numbers", () => {
    const result = parseStatisticsCsv("z.csv", "\uFEFFMerkmal,Jahr,Anzahl\nPersonen,2019,15 400\nBedarfsgemeinschaften,2019,9100\nIntegrationen,2012 bis 2019,35.900\n");
    expect(result).toEqual({
      ok: true,
      figures: {
        bedarfsgemeinschaften: { "2019": 9100 },
        personen_in_bedarfsgemeinschaften: { "2019": 15400 },
        integrationen: { von: 2012, bis: 2019, anzahl: 35900 },
        bundesvergleich: {},
      },
    });
  });

  it("names the line and column of every wrong cell", () => {
    expect(
      problemsOf(csv("Kennzahl;Zeitraum;Wert", "Bedarfsgemeinschaften;2019;9,5", "Personen;neunzehn;15.400", "Haushalte;2019;1", "Integrationen;2019;-3", "Bedarfsgemeinschaften;2012-2019;5")),
    ).toEqual([
      "2 Wert: „9,5“ ist keine ganze Zahl (erwartet z. B. 18.460 oder 18460).",
      "3 Zeitraum: „neunzehn“ ist kein Jahr und kein Zeitraum wie 2012–2018.",
      expect.stringMatching(/^4 Kennzahl: „Haushalte“ ist keine bekannte Kennzahl/),
      "5 Wert: „-3“ ist keine ganze Zahl (erwartet z. B. 18.460 oder 18460).",
      "6 Zeitraum: Für „Bedarfsgemeinschaften“ wird ein einzelnes Jahr erwartet, nicht 2012-2019.",
    ]);
  });

  it("refuses a figure given twice", () => {
    expect(problemsOf(csv("Kennzahl;Zeitraum;Wert", "Personen;2019;1.000", "Personen in Bedarfsgemeinschaften;2019;1.100"))).toEqual([
      "3 Kennzahl: „Personen in Bedarfsgemeinschaften“ für 2019 steht schon in Zeile 2.",
    ]);
  });

  it("explains a missing column, a ragged row and an empty file", () => {
    expect(problemsOf("Kennzahl;Wert\nPersonen;1")[0]).toMatch(/^1 : Die Kopfzeile braucht die Spalten „Kennzahl“, „Zeitraum“ und „Wert“; gefunden: „Kennzahl“, „Wert“\./);
    expect(problemsOf("Kennzahl;Zeitraum;Wert\nPersonen;2019;1;2")[0]).toMatch(/eine Zeile hat mehr oder weniger Spalten als die Kopfzeile/);
    expect(problemsOf("")).toEqual(["- : Die CSV-Datei ist leer."]);
  });
});
