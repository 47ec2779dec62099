import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { decodeSpreadsheetText } from "../../src/import/decode-text.js";
import { parseStatisticsCsv } from "../../src/import/parse-statistics-csv.js";
import { builtInCatalogue, mergeCatalogue } from "../../src/validate/catalogue.js";
import { exampleDataDir, readExample } from "../helpers/data-folder.js";

const csv = (...rows: string[]) => rows.join("\r\n");
const catalogue = builtInCatalogue("data/kennzahlen.yaml");
const problemsOf = (text: string, within = catalogue) => {
  const result = parseStatisticsCsv("zahlen.csv", text, within);
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
  const values = (text: string, within = catalogue) => {
    const result = parseStatisticsCsv("zahlen.csv", text, within);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.figures.reihen;
  };

  it("reads the shipped Windows-1252 example into the figures of data/2018.yaml", async () => {
    const { text, encoding } = decodeSpreadsheetText(await readFile(join(exampleDataDir, "import-beispiel.csv")));
    expect(encoding).toBe("Windows-1252");
    const result = parseStatisticsCsv("import-beispiel.csv", text, catalogue);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { kennzahlen, bundesvergleich } = parse(await readExample("2018.yaml")) as { kennzahlen: Record<string, unknown>; bundesvergleich: Record<string, unknown> };
    const asText = (series: unknown) => Object.fromEntries(Object.entries(series as object).map(([year, value]) => [String(year), value]));
    expect(result.figures.reihen).toEqual({
      bedarfsgemeinschaften: asText(kennzahlen.bedarfsgemeinschaften),
      personen_in_bedarfsgemeinschaften: asText(kennzahlen.personen_in_bedarfsgemeinschaften),
    });
    expect(result.figures.integrationen).toEqual(kennzahlen.integrationen);
    expect(result.figures.gefoerderte).toEqual(kennzahlen.gefoerderte);
    expect(result.figures.bundesvergleich).toEqual(bundesvergleich);
  });

  it("accepts commas, other column names, BOM, spaces and plain numbers", () => {
    const result = parseStatisticsCsv("z.csv", "\uFEFFMerkmal,Jahr,Anzahl\nPersonen,2019,15 400\nBedarfsgemeinschaften,2019,9100\nIntegrationen,2012 bis 2019,35.900\n", catalogue);
    expect(result).toEqual({
      ok: true,
      figures: {
        reihen: { personen_in_bedarfsgemeinschaften: { "2019": 15400 }, bedarfsgemeinschaften: { "2019": 9100 } },
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

  it("reads catalogue figures by key or by bezeichnung, each value by its kind, in German notation", () => {
    expect(
      values(
        csv(
          "Kennzahl;Zeitraum;Wert",
          "langzeitleistungsbeziehende;2018;5.120",
          "  LANGZEITLEISTUNGSBEZIEHENDE ;2019;4870",
          "Integrationsquote;2018;24,1",
          "integrationsquote;2019;25,4 %",
          "Ausgaben für Eingliederungsleistungen;2016;11.800.000",
          "Ausgaben fuer  Eingliederungsleistungen;2017;12.400.000,50",
          "eingliederungsmittel;2018;12,4 Mio.",
          "eingliederungsmittel;2019;12,45 Mio. €",
          "Kosten der Unterkunft und Heizung;2019;30.500.000 €",
          "Erwerbsfähige Leistungsberechtigte;2019;11.200",
        ),
      ),
    ).toEqual({
      langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870 },
      integrationsquote: { 2018: 24.1, 2019: 25.4 },
      eingliederungsmittel: { 2016: 11800000, 2017: 12400000.5, 2018: 12400000, 2019: 12450000 },
      kosten_der_unterkunft: { 2019: 30500000 },
      erwerbsfaehige_leistungsberechtigte: { 2019: 11200 },
    });
  });

  it("reads a figure of the folder's own catalogue, and names the key where two share a bezeichnung", () => {
    const own = mergeCatalogue("data/kennzahlen.yaml", {
      fluechtlinge: { art: "anzahl", bezeichnung: "Geflüchtete", satz: { subjekt: "die Zahl der Geflüchteten", genus: "f", numerus: "sg" }, messung: "jahresdurchschnitt" },
      arbeitslose_u25: { art: "anzahl", bezeichnung: "Arbeitslose im SGB II", satz: { subjekt: "die Zahl der jungen Arbeitslosen", genus: "f", numerus: "sg" }, messung: "jahresdurchschnitt" },
    });
    expect(values(csv("Kennzahl;Zeitraum;Wert", "Geflüchtete;2019;1.250", "arbeitslose_u25;2019;300"), own)).toEqual({ fluechtlinge: { 2019: 1250 }, arbeitslose_u25: { 2019: 300 } });
    expect(problemsOf(csv("Kennzahl;Zeitraum;Wert", "Geflüchtete;2019;1.250"))).toEqual([expect.stringMatching(/^2 Kennzahl: „Geflüchtete“ ist keine bekannte Kennzahl\. Erlaubt: „Bedarfsgemeinschaften“, „Personen in Bedarfsgemeinschaften“, „Erwerbsfähige Leistungsberechtigte“, .*„Kommunale Jobcenter“, oder der Schlüssel einer Kennzahl, z\. B\. „langzeitleistungsbeziehende“\. Eine eigene Kennzahl bitte in data\/kennzahlen\.yaml beschreiben/)]);
    expect(problemsOf(csv("Kennzahl;Zeitraum;Wert", "Arbeitslose im SGB II;2019;300"), own)).toEqual([
      "2 Kennzahl: „Arbeitslose im SGB II“ ist die Bezeichnung mehrerer Kennzahlen (arbeitslose_u25, arbeitslose); bitte statt ihrer den Schlüssel der gemeinten schreiben, z. B. „arbeitslose_u25“.",
    ]);
  });

  it("suggests the nearest name for a typo", () => {
    expect(problemsOf(csv("Kennzahl;Zeitraum;Wert", "Langzeitleistungsbezieher;2019;4.870", "Integrationsqoute;2019;25,4"))).toEqual([
      "2 Kennzahl: „Langzeitleistungsbezieher“ ist keine bekannte Kennzahl – Tippfehler für „Langzeitleistungsbeziehende“?",
      "3 Kennzahl: „Integrationsqoute“ ist keine bekannte Kennzahl – Tippfehler für „Integrationsquote“?",
    ]);
  });

  it("refuses a value that does not fit its figure's kind, quoting the cell", () => {
    expect(
      problemsOf(
        csv(
          "Kennzahl;Zeitraum;Wert",
          "Langzeitleistungsbeziehende;2019;4,87",
          "Integrationsquote;2018;25.4",
          "Integrationsquote;2019;120",
          "Integrationsquote;2017;25,45 %",
          "Eingliederungsmittel;2019;12,4 Tsd.",
          "Eingliederungsmittel;2018;12.400.000,505",
          "Eingliederungsmittel;2017;-5",
        ),
      ),
    ).toEqual([
      "2 Wert: „4,87“ ist keine ganze Zahl (erwartet z. B. 18.460 oder 18460).",
      "3 Wert: „25.4“ ist keine Quote in Prozent (erwartet z. B. 25,4 oder 25,4 %).",
      "4 Wert: „120“: darf höchstens 100 sein: eine Quote in Prozent, von 0 bis 100.",
      "5 Wert: „25,45 %“: darf höchstens eine Nachkommastelle haben, z. B. 25,4.",
      "6 Wert: „12,4 Tsd.“ ist kein Euro-Betrag (erwartet z. B. 12.400.000, 12.400.000,50 oder 12,4 Mio.).",
      "7 Wert: „12.400.000,505“: hat mehr als zwei Nachkommastellen (Cent).",
      "8 Wert: „-5“ ist kein Euro-Betrag (erwartet z. B. 12.400.000, 12.400.000,50 oder 12,4 Mio.).",
    ]);
  });
});
