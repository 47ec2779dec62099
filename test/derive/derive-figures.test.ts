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
  it("computes the change of households 2012 → 2018, and none against 2017, which the data lacks", () => {
    const { langfrist, vorjahr, bis } = figures.bedarfsgemeinschaften;
    expect(langfrist?.von).toEqual({ jahr: 2012, wert: 18460 });
    expect(bis).toEqual({ jahr: 2018, wert: 9922 });
    expect(langfrist?.differenz).toBe(-8538);
    expect(langfrist?.rate).toBeCloseTo(-0.4625, 4);
    expect(langfrist?.klasse).toMatchObject({ stufe: "bruch", halbiert: true, marke: { naeherung: "knapp" } });
    expect(vorjahr).toBeNull();
    expect(figures.vergleich).toEqual({ vorjahr: null, basis: { jahr: 2012, gruendung: true } });
    expect(figures.aufmacher).toMatchObject({ art: "langfrist", reihe: "bedarfsgemeinschaften" });
  });

  it("computes persons per household and the municipal share", () => {
    expect(figures.personen.langfrist?.rate).toBeCloseTo(16726 / 31871 - 1, 10);
    expect(figures.personenJeBedarfsgemeinschaft.basis).toBeCloseTo(1.7265, 4);
    expect(figures.personenJeBedarfsgemeinschaft.vorjahr).toBeNull();
    expect(figures.personenJeBedarfsgemeinschaft.bis).toBeCloseTo(1.6857, 4);
    expect(figures.kommunal.anteil).toBeCloseTo(0.2555, 4);
    expect(figures.kommunal.bruch).toEqual({ zaehler: 1, nenner: 4, naeherung: "gut" });
  });
});
