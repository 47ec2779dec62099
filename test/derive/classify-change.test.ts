import { describe, expect, it } from "vitest";
import { classifyChange } from "../../src/derive/classify-change.js";

/** Old 1000 → new: the row of the wording table and its landmark (fraction z/n or factor, and how near). */
const ROWS: [number, string, string, string?][] = [
  [1000, "unveraendert", "gleich"],
  [1019, "nahezu_unveraendert", "gleich"],
  [981, "nahezu_unveraendert", "gleich"],
  [1020, "leicht", "gestiegen"],
  [980, "leicht", "gesunken"],
  [1099, "leicht", "gestiegen"],
  [1100, "deutlich", "gestiegen"],
  [900, "deutlich", "gesunken"],
  [1174, "deutlich", "gestiegen"],
  [1175, "bruch", "gestiegen", "1/5 knapp"],
  [810, "bruch", "gesunken", "1/5 knapp"],
  [750, "bruch", "gesunken", "1/4 genau"],
  [747, "bruch", "gesunken", "1/4 rund"],
  [740, "bruch", "gesunken", "1/4 gut"],
  [660, "bruch", "gesunken", "1/3 gut"],
  [580, "bruch", "gesunken", "2/5 gut"],
  [540, "bruch", "gesunken", "1/2 knapp"],
  [500, "bruch", "gesunken", "1/2 genau"],
  [470, "bruch", "gesunken", "1/2 gut"],
  [250, "bruch", "gesunken", "3/4 genau"],
  [100, "bruch", "gesunken", "9/10 genau"],
  [1500, "bruch", "gestiegen", "1/2 genau"],
  [1700, "bruch", "gestiegen", "2/3 gut"],
  [1860, "bruch", "gestiegen", "3/4 gut"],
  [1880, "faktor", "gestiegen", "2 knapp"],
  [1898, "faktor", "gestiegen", "2 knapp"],
  [1923, "faktor", "gestiegen", "2 knapp"],
  [2000, "faktor", "gestiegen", "2 genau"],
  [2050, "faktor", "gestiegen", "2 gut"],
  [4000, "faktor", "gestiegen", "4 genau"],
  [12000, "faktor", "gestiegen", "10 gut"],
  [0, "auf_null", "gesunken"],
];

describe("classifyChange: the rows of the wording table", () => {
  it.each(ROWS)("1000 → %i is %s %s %s", (to, stufe, richtung, marke) => {
    const change = classifyChange(1000, to);
    expect([change.stufe, change.richtung]).toEqual([stufe, richtung]);
    const landmark = change.marke && `${change.marke.faktor || `${change.marke.zaehler}/${change.marke.nenner}`} ${change.marke.naeherung}`;
    expect(landmark).toBe(marke);
  });

  it("starts from zero without a rate", () => {
    expect(classifyChange(0, 10)).toMatchObject({ stufe: "ab_null", richtung: "gestiegen" });
    expect(classifyChange(0, 0)).toMatchObject({ stufe: "unveraendert", richtung: "gleich" });
  });

  it("calls only a fall to one half halved", () => {
    expect(classifyChange(18460, 9922)).toMatchObject({ stufe: "bruch", halbiert: true, marke: { naeherung: "knapp" } });
    expect(classifyChange(1000, 1500).halbiert).toBe(false);
    expect(classifyChange(1000, 250).halbiert).toBe(false);
  });

  it("leaves no gap between neighbouring rows: every rise from 17,5 % on has a landmark", () => {
    for (let to = 1175; to <= 12000; to += 5) expect(classifyChange(1000, to).marke, `1000 → ${to}`).toBeDefined();
    for (let to = 825; to >= 1; to -= 5) expect(classifyChange(1000, to).marke, `1000 → ${to}`).toBeDefined();
  });

  it("draws the line between nearly unchanged and slight at 2 %", () => {
    expect(classifyChange(1000, 1019).stufe).toBe("nahezu_unveraendert");
    expect(classifyChange(1000, 1020).stufe).toBe("leicht");
  });
});
