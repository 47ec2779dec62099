import { describe, expect, it } from "vitest";
import { deriveFigures } from "../../src/derive/derive-figures.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";

const result = validateEdition(
  { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") },
  { file: "data/2018.yaml", text: await readExample("2018.yaml") },
);
if (!result.ok) throw new Error("example must be valid");
const figures = deriveFigures(result.value);

describe("deriveFigures", () => {
  it("computes the change of households 2012 → 2018", () => {
    expect(figures.bedarfsgemeinschaften.von).toEqual({ jahr: 2012, wert: 18460 });
    expect(figures.bedarfsgemeinschaften.bis).toEqual({ jahr: 2018, wert: 9922 });
    expect(figures.bedarfsgemeinschaften.differenz).toBe(-8538);
    expect(figures.bedarfsgemeinschaften.rate).toBeCloseTo(-0.4625, 4);
    expect(figures.bedarfsgemeinschaften.klasse).toMatchObject({ stufe: "bruch", halbiert: true, marke: { naeherung: "knapp" } });
  });

  it("computes persons per household and the municipal share", () => {
    expect(figures.personen.rate).toBeCloseTo(16726 / 31871 - 1, 10);
    expect(figures.personenJeBedarfsgemeinschaft.von).toBeCloseTo(1.7265, 4);
    expect(figures.personenJeBedarfsgemeinschaft.bis).toBeCloseTo(1.6857, 4);
    expect(figures.kommunal.anteil).toBeCloseTo(0.2555, 4);
    expect(figures.kommunal.bruch).toEqual({ zaehler: 1, nenner: 4, naeherung: "gut" });
  });

  it("lists the series by year", () => {
    expect(figures.reihe.map((row) => row.jahr)).toEqual([2012, 2018]);
    expect(figures.zeitraum).toEqual({ von: 2012, bis: 2018, jahre: 6 });
  });
});
