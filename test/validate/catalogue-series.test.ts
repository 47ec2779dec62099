import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.js";
import { validateCatalogue } from "../../src/validate/validate-catalogue.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";

const publisher = { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") };
const example = await readExample("2018.yaml");
/** The example with further series under kennzahlen, one per line after the persons. */
const withSeries = (lines: string, more = "") =>
  example.replace("  integrationen:", `${lines}  integrationen:`) + more;
const lineOf = (text: string, start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;

const validate = (text: string, catalogueText?: string) => {
  const catalogue = validateCatalogue("data/kennzahlen.yaml", catalogueText === undefined ? undefined : { file: "data/kennzahlen.yaml", text: catalogueText });
  if (!catalogue.ok) throw new Error("catalogue invalid");
  return validateEdition(publisher, { file: "data/2018.yaml", text }, catalogue.value);
};
const problems = (text: string, catalogueText?: string) => {
  const result = validate(text, catalogueText);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("series of catalogue figures in an edition", () => {
  it("accepts the built-in figures by key, each by its kind", () => {
    const result = validate(withSeries("  langzeitleistungsbeziehende: { 2012: 7000, 2018: 5120 }\n  integrationsquote: { 2018: 24.1 }\n  eingliederungsmittel: { 2018: 12400000.5 }\n"));
    expect(result.ok).toBe(true);
  });

  it("refuses a quote above 100, with its line", () => {
    const text = withSeries("  integrationsquote: { 2018: 120 }\n");
    expect(problems(text)).toEqual([`data/2018.yaml, Zeile ${lineOf(text, "  integrationsquote")}, Spalte 30 › kennzahlen › integrationsquote › 2018: darf höchstens 100 sein: eine Quote in Prozent, von 0 bis 100 (gefunden: 120)`]);
  });

  it("reads a count with a thousands point as the mistake it is", () => {
    const text = withSeries("  langzeitleistungsbeziehende: { 2018: 4.870 }\n");
    expect(problems(text)).toEqual([
      `data/2018.yaml, Zeile ${lineOf(text, "  langzeit")}, Spalte 40 › kennzahlen › langzeitleistungsbeziehende › 2018: „4.870“ liest das Dateiformat als 4,87, denn der Punkt trennt dort Nachkommastellen. Zahlen bitte ohne Tausenderpunkt schreiben: 4870.`,
    ]);
  });

  it("says how to write a quote with a decimal comma, and refuses a second decimal", () => {
    // In a flow mapping "{ 2018: 25,4 }" the comma would separate entries; a block mapping keeps it as text.
    expect(problems(withSeries("  integrationsquote:\n    2018: 25,4\n"))[0]).toContain("erwartet eine Zahl (gefunden: „25,4“) – Nachkommastellen bitte mit Punkt schreiben: 25.4.");
    expect(problems(withSeries("  integrationsquote: { 2018: 25.45 }\n"))[0]).toContain("darf höchstens eine Nachkommastelle haben, z. B. 25.4 (gefunden: 25.45)");
    expect(problems(withSeries("  eingliederungsmittel: { 2018: 1050.505 }\n"))[0]).toContain("hat mehr als zwei Nachkommastellen (Cent)");
  });

  it("refuses a key no catalogue knows, at the key, naming the catalogue and the nearest key", () => {
    const text = withSeries("  eingliederungsmitel: { 2018: 12400000 }\n");
    expect(problems(text)).toEqual([
      `data/2018.yaml, Zeile ${lineOf(text, "  eingliederungsmitel")}, Spalte 3 › kennzahlen › eingliederungsmitel: „eingliederungsmitel“ ist keine bekannte Kennzahl: weder eingebaut noch in data/kennzahlen.yaml beschrieben. Tippfehler für „eingliederungsmittel“? Eine eigene Kennzahl bitte dort beschreiben (README, „Eigene Kennzahlen“).`,
    ]);
  });

  it("knows the folder's own figures", () => {
    const own = "eigene_zahl:\n  art: anzahl\n  bezeichnung: Eigene Zahl\n  satz: { subjekt: die eigene Zahl, genus: f, numerus: sg }\n  messung: dezember\n";
    expect(validate(withSeries("  eigene_zahl: { 2018: 12 }\n"), own).ok).toBe(true);
    expect(problems(withSeries("  eigene_zahl: { 2018: 12 }\n"))[0]).toContain("„eigene_zahl“ ist keine bekannte Kennzahl");
  });

  it("needs the report year and years from the founding year on", () => {
    expect(problems(withSeries("  arbeitslose: { 2017: 4000 }\n"))).toEqual([expect.stringContaining("arbeitslose › 2018: der Wert für das Berichtsjahr 2018 fehlt")]);
    expect(problems(withSeries("  arbeitslose: { 2011: 5000, 2018: 4000 }\n"))[0]).toContain("arbeitslose › 2011: das Jahr 2011 liegt außerhalb von 2012 (Gründung) bis 2018 (Berichtsjahr)");
  });

  it("checks `hoechstens` in every year, against the nearest bound up the chain that has the year", () => {
    // Langzeitleistungsbeziehende ≤ erwerbsfähige Leistungsberechtigte ≤ Personen in Bedarfsgemeinschaften.
    const direct = problems(withSeries("  erwerbsfaehige_leistungsberechtigte: { 2018: 12000 }\n  langzeitleistungsbeziehende: { 2018: 12500 }\n"));
    expect(direct).toEqual([expect.stringContaining("langzeitleistungsbeziehende › 2018: 12.500 Langzeitleistungsbeziehende sind mehr als 12.000 Erwerbsfähige Leistungsberechtigte im Jahr 2018")]);
    const throughChain = problems(withSeries("  langzeitleistungsbeziehende: { 2012: 40000, 2018: 5000 }\n"));
    expect(throughChain).toEqual([expect.stringContaining("langzeitleistungsbeziehende › 2012: 40.000 Langzeitleistungsbeziehende sind mehr als 31.871 Personen in Bedarfsgemeinschaften im Jahr 2012")]);
  });

  it("warns of a change of more than 30 % in a year in a catalogue series too", () => {
    const result = validate(withSeries("  arbeitslose: { 2017: 4000, 2018: 6000 }\n"));
    expect(result.ok && result.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining("+50 % gegenüber 2017 (4.000 → 6.000)"));
  });
});

describe("the fact sheet's lists", () => {
  const lists = (yaml: string) => problems(withSeries("  integrationsquote: { 2018: 24.1 }\n  eingliederungsmittel: { 2018: 12400000 }\n", yaml));
  it("accept series of the edition, and periods as tiles", () => {
    expect(lists("faktenblatt:\n  kacheln: [bedarfsgemeinschaften, integrationen, integrationsquote]\n  tabelle: [integrationsquote]\n  diagramm: [bedarfsgemeinschaften]\n")).toEqual([]);
  });
  it("refuse a figure without values, a repeated entry, a period outside tiles and a chart of mixed kinds", () => {
    expect(lists("faktenblatt:\n  kacheln: [arbeitslose]\n")[0]).toContain("faktenblatt › kacheln › 0: „arbeitslose“ hat in dieser Datei keine Werte unter kennzahlen; möglich sind: bedarfsgemeinschaften, personen_in_bedarfsgemeinschaften");
    expect(lists("faktenblatt:\n  tabelle: [integrationsquote, integrationsquote]\n")[0]).toContain("tabelle › 1: „integrationsquote“ steht schon weiter oben in der Liste");
    expect(lists("faktenblatt:\n  diagramm: [integrationen]\n")[0]).toContain("„integrationen“ ist ein Zeitraum, keine Reihe von Jahreswerten; er kann nur als Kachel erscheinen");
    expect(lists("faktenblatt:\n  diagramm: [bedarfsgemeinschaften, integrationsquote]\n")[0]).toContain(
      "faktenblatt › diagramm: mischt Kennzahlen verschiedener Art (anzahl: bedarfsgemeinschaften; quote: integrationsquote); ein Diagramm hat eine Achse und zeigt nur eine Art",
    );
    expect(lists("faktenblatt:\n  diagramm: [bedarfsgemeinschaften, personen_in_bedarfsgemeinschaften, bedarfsgemeinschaften, personen_in_bedarfsgemeinschaften]\n")[0]).toContain("höchstens drei Kennzahlen passen in das Diagramm");
  });
});
