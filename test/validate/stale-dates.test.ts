import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample, withRealContact } from "../helpers/data-folder.js";

const publisher = { file: "data/herausgeber.yaml", text: withRealContact(await readExample("herausgeber.yaml")) };
const example = await readExample("2018.yaml");
const lineOf = (text: string, start: string, from = 0) => text.split("\n").findIndex((line, index) => index >= from && line.startsWith(start)) + 1;
const warningsOf = (text: string, file: string) => {
  const result = validateEdition(publisher, { file, text });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.warnings.map(formatProblem);
};
/** The copy: 2018.yaml saved as 2019.yaml, `berichtsjahr` changed and the 2019 values added, nothing else. */
const copied = example.replace("berichtsjahr: 2018", "berichtsjahr: 2019").replace("    2018: 9922", "    2018: 9922\n    2019: 9410").replace("    2018: 16726", "    2018: 16726\n    2019: 15900");

describe("stale dates of a copied edition file", () => {
  it("warns of the release date, both periods and the federal comparison left at last year's", () => {
    const integrationen = lineOf(copied, "  integrationen:");
    expect(warningsOf(copied, "data/2019.yaml")).toEqual([
      `data/2019.yaml, Zeile ${lineOf(copied, "veroeffentlichung:")}, Spalte 20 › veroeffentlichung: Die Veröffentlichung am 2019-01-15 liegt im Berichtsjahr 2019; die Bilanz eines Jahres erscheint erst nach dessen Ende. Vermutlich ist das Datum aus der Datei des Vorjahres stehen geblieben: bitte das Datum dieser Pressemitteilung eintragen und auch sperrfrist, nummer und quelle › stand prüfen.`,
      `data/2019.yaml, Zeile ${lineOf(copied, "  stand: 2018")}, Spalte 10 › bundesvergleich › stand: Der Bundesvergleich hat den Stand 2018, vor dem Berichtsjahr 2019. Vermutlich aus der Datei des Vorjahres stehen geblieben: dann bitte die Zahl der Jobcenter und der kommunalen Jobcenter mit dem neuesten Stand eintragen.`,
      `data/2019.yaml, Zeile ${lineOf(copied, "    bis: 2018", integrationen)}, Spalte 10 › kennzahlen › integrationen › bis: Der Zeitraum 2012 bis 2018 endet vor dem Berichtsjahr 2019. Vermutlich aus der Datei des Vorjahres stehen geblieben: dann bitte „bis: 2019“ und die Anzahl bis einschließlich 2019 eintragen.`,
      `data/2019.yaml, Zeile ${lineOf(copied, "    bis: 2018", lineOf(copied, "  gefoerderte:"))}, Spalte 10 › kennzahlen › gefoerderte › bis: Der Zeitraum 2012 bis 2018 endet vor dem Berichtsjahr 2019. Vermutlich aus der Datei des Vorjahres stehen geblieben: dann bitte „bis: 2019“ und die Anzahl bis einschließlich 2019 eintragen.`,
    ]);
  });

  it("has nothing to say once the dates are this year's", () => {
    const updated = copied.replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: 2020-01-14").replaceAll("    bis: 2018", "    bis: 2019").replace("  stand: 2018", "  stand: 2019").replace("  stand: 2019-01-15", "  stand: 2020-01-10");
    expect(warningsOf(updated, "data/2019.yaml")).toEqual([]);
    expect(warningsOf(example, "data/2018.yaml")).toEqual([]);
  });

  it("takes a release on the last day of the report year as inside it, and the first day after as fine", () => {
    const at = (date: string) => warningsOf(example.replace("veroeffentlichung: 2019-01-15", `veroeffentlichung: ${date}`).replace("  stand: 2019-01-15", "  stand: 2018-12-01"), "data/2018.yaml");
    expect(at("2018-12-31")).toEqual([expect.stringContaining("› veroeffentlichung: Die Veröffentlichung am 2018-12-31 liegt im Berichtsjahr 2018")]);
    expect(at("2019-01-01")).toEqual([]);
  });
});
