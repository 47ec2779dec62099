import { describe, expect, it } from "vitest";
import { classifyChange } from "../../src/derive/classify-change.js";

describe("classifyChange", () => {
  it.each([
    [18460, 9922, { richtung: "gesunken", stufe: "halbiert", nahezu: true }],
    [31871, 16726, { richtung: "gesunken", stufe: "halbiert", nahezu: true }],
    [1000, 500, { richtung: "gesunken", stufe: "halbiert", nahezu: false }],
    [1000, 2000, { richtung: "gestiegen", stufe: "verdoppelt", nahezu: false }],
    [1000, 1950, { richtung: "gestiegen", stufe: "verdoppelt", nahezu: true }],
    [1000, 1015, { richtung: "gleich", stufe: "unveraendert", nahezu: false }],
    [1000, 1000, { richtung: "gleich", stufe: "unveraendert", nahezu: false }],
    [1000, 950, { richtung: "gesunken", stufe: "leicht", nahezu: false }],
    [1000, 1300, { richtung: "gestiegen", stufe: "deutlich", nahezu: false }],
    [1000, 400, { richtung: "gesunken", stufe: "deutlich", nahezu: false }],
    [0, 10, { richtung: "gestiegen", stufe: "deutlich", nahezu: false }],
  ])("%i → %i", (from, to, expected) => {
    expect(classifyChange(from, to)).toEqual(expected);
  });

  it("draws the line between unchanged and slight at 2 %", () => {
    expect(classifyChange(1000, 1019).stufe).toBe("unveraendert");
    expect(classifyChange(1000, 1020).stufe).toBe("leicht");
  });
});
