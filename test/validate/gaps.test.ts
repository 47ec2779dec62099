import { describe, expect, it } from "vitest";
import { GAP_MESSAGE } from "../../src/validate/gaps.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";

const publisher = { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") };
const example = await readExample("2018.yaml");
const problemsOf = (text: string) => {
  const result = validateEdition(publisher, { file: "data/2018.yaml", text });
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};
const lineOf = (text: string, start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;

describe("gaps", () => {
  it("refuses a gap where any text would pass, at its line", () => {
    const text = example.replace("nummer: null", "nummer: ???");
    expect(problemsOf(text)).toEqual([
      { file: "data/2018.yaml", field: ["nummer"], line: lineOf(text, "nummer:"), column: 9, message: `${GAP_MESSAGE} (oder null)`, gap: true },
    ]);
  });

  it("gives one message for a gap, saying what the field takes, and none of the checks that need it", () => {
    // Without the value the series lacks its report year and the persons cannot be compared: no word of either.
    const text = example.replace("    2018: 9922", "    2018: ???");
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: ["kennzahlen", "bedarfsgemeinschaften", "2018"], line: lineOf(text, "    2018: ???"), message: `${GAP_MESSAGE} – erwartet eine Zahl` });
  });

  it("names each gap and every other mistake, in file order", () => {
    const text = example.replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: ???").replace("status: endgueltig", 'status: "???"').replace("anzahl: 9664", "anzahl: -1");
    expect(problemsOf(text).map((problem) => [problem.line, problem.field.join(" › "), problem.gap ?? false])).toEqual([
      [lineOf(text, "veroeffentlichung:"), "veroeffentlichung", true],
      [lineOf(text, "    anzahl: -1"), "kennzahlen › gefoerderte › anzahl", false],
      [lineOf(text, "  status:"), "quelle › status", true],
    ]);
    expect(problemsOf(text)[0]?.message).toBe(`${GAP_MESSAGE} – muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2019-01-15`);
  });

  it("is only the marker on its own, not question marks in a text", () => {
    const result = validateEdition(publisher, { file: "data/2018.yaml", text: example.replace("# schlagzeile: …", "schlagzeile: Wie geht es weiter???") });
    expect(result.ok).toBe(true);
  });
});
