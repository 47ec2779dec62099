import { describe, expect, it } from "vitest";
import { renderVariant, type Changes } from "../helpers/variant.js";
import { nextYear } from "./variant-cases.js";

/** The 2019 edition after the example, with households and persons for 2018 and 2019, plus `figures` under kennzahlen. */
const edition2019 = (figures: Changes, more: Changes = {}): Changes => ({
  ...nextYear,
  "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9405 },
  "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 15890 },
  ...Object.fromEntries(Object.entries(figures).map(([key, value]) => [`kennzahlen.${key}`, value])),
  ...more,
});

const paragraphOf = (figures: Changes, start: string, more?: Changes) => renderVariant(edition2019(figures, more)).paragraphs.find((paragraph) => paragraph.startsWith(start));

describe("sentences for the catalogue's figures", () => {
  it.each([
    ["a count against the previous year", { langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870 } }, "Die Zahl der Langzeitleistungsbeziehenden ist gegenüber dem Vorjahr leicht um 4,9 Prozent auf 4.870 gesunken."],
    ["a quote against the previous year", { integrationsquote: { 2018: 24.1, 2019: 25.4 } }, "Die Integrationsquote ist gegenüber dem Vorjahr um 1,3 Prozentpunkte auf 25,4 Prozent gestiegen."],
    ["a quote one point lower", { integrationsquote: { 2018: 25.4, 2019: 24.4 } }, "Die Integrationsquote ist gegenüber dem Vorjahr um einen Prozentpunkt auf 24,4 Prozent gesunken."],
    ["a quote unchanged", { integrationsquote: { 2018: 25.4, 2019: 25.4 } }, "Die Integrationsquote ist gegenüber dem Vorjahr mit 25,4 Prozent unverändert geblieben."],
    ["a euro amount alone", { eingliederungsmittel: { 2019: 12_400_000 } }, "Die Ausgaben für Eingliederungsleistungen lagen im Jahr 2019 bei 12,4 Millionen Euro."],
    ["a plural subject against the previous year", { eingliederungsmittel: { 2018: 11_000_000, 2019: 12_400_000 } }, "Die Ausgaben für Eingliederungsleistungen sind gegenüber dem Vorjahr deutlich um 12,7 Prozent auf 12,4 Millionen Euro gestiegen."],
    ["a count alone, with its noun in the dative", { kinder_unter_15: { 2019: 3120 } }, "Die Zahl der Kinder unter 15 Jahren in Bedarfsgemeinschaften lag im Jahresdurchschnitt 2019 bei 3.120 Kindern."],
    ["one person", { langzeitleistungsbeziehende: { 2019: 1 } }, "Die Zahl der Langzeitleistungsbeziehenden lag im Jahresdurchschnitt 2019 bei einer Person."],
    ["a count since the founding year only", { arbeitslose: { 2012: 9000, 2019: 4500 } }, "Seit 2012 ist die Zahl der Arbeitslosen im SGB II um 50 Prozent auf 4.500 gesunken und hat sich damit halbiert."],
  ])("%s", (_name, figures, expected) => {
    const start = expected.split(" ").slice(0, 4).join(" ");
    expect(paragraphOf(figures, start)).toBe(expected);
  });

  it("tells the previous year first, then the comparison year, by pronoun", () => {
    expect(paragraphOf({ langzeitleistungsbeziehende: { 2012: 7000, 2018: 5120, 2019: 4870 } }, "Die Zahl der Langzeit")).toBe(
      "Die Zahl der Langzeitleistungsbeziehenden ist gegenüber dem Vorjahr leicht um 4,9 Prozent auf 4.870 gesunken. Seit 2012 ist sie um 30,4 Prozent gesunken, also um knapp ein Drittel.",
    );
    expect(paragraphOf({ eingliederungsmittel: { 2012: 6_000_000, 2018: 11_000_000, 2019: 12_400_000 } }, "Die Ausgaben")).toBe(
      "Die Ausgaben für Eingliederungsleistungen sind gegenüber dem Vorjahr deutlich um 12,7 Prozent auf 12,4 Millionen Euro gestiegen. Seit 2012 sind sie um 106,7 Prozent gestiegen und haben sich damit mehr als verdoppelt.",
    );
  });

  it("follows the catalogue's order, after the fixed figures and before the quotes", () => {
    const { paragraphs } = renderVariant(edition2019({ eingliederungsmittel: { 2019: 12_400_000 }, langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870 }, integrationsquote: { 2018: 24.1, 2019: 25.4 } }));
    const at = (start: string) => paragraphs.findIndex((paragraph) => paragraph.startsWith(start));
    expect(at("Von 2012 bis 2019 verzeichnete")).toBeLessThan(at("Die Zahl der Langzeit"));
    expect(at("Die Zahl der Langzeit")).toBeLessThan(at("Die Integrationsquote"));
    expect(at("Die Integrationsquote")).toBeLessThan(at("Die Ausgaben"));
    expect(at("Die Ausgaben")).toBeLessThan(at("„Das Jobcenter"));
  });
});

describe("the fact sheet with catalogue figures", () => {
  const sheet = renderVariant(edition2019({ langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870 }, integrationsquote: { 2018: 24.1, 2019: 25.4 }, eingliederungsmittel: { 2019: 12_400_000 } })).factSheet;

  it("lists every figure in the table with its values by kind and its change", () => {
    expect(sheet).toContain("Langzeitleistungsbeziehende – 5.120 4.870 −4,9 % –");
    expect(sheet).toContain("Integrationsquote (Jahreswert) – 24,1 % 25,4 % +1,3 Pp. –");
    expect(sheet).toContain("Ausgaben für Eingliederungsleistungen (Jahressumme) – – 12,4 Mio. € – –");
    expect(sheet).toContain("Ohne Zusatz in Klammern: Jahresdurchschnitt.");
  });

  it("shows the tiles and table rows the edition chooses", () => {
    const chosen = renderVariant(
      edition2019({ integrationsquote: { 2018: 24.1, 2019: 25.4 } }, { faktenblatt: { kacheln: ["bedarfsgemeinschaften", "integrationsquote"], tabelle: ["integrationsquote", "bedarfsgemeinschaften"] } }),
    ).factSheet;
    expect(chosen).toContain("25,4 % Integrationsquote im Jahr 2019");
    expect(chosen).not.toContain("Personen in diesen Bedarfsgemeinschaften");
    expect(chosen).not.toContain("31.775 Integrationen");
    expect(chosen.indexOf("Integrationsquote – 24,1 %")).toBeLessThan(chosen.indexOf("Bedarfsgemeinschaften 18.460"));
    expect(chosen).not.toContain("Personen je Bedarfsgemeinschaft");
  });
});
