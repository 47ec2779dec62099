import { describe, expect, it } from "vitest";
import { classifyChange } from "../../src/derive/classify-change.js";
import { formatPercent } from "../../src/german/format.js";

/** Old 1000 → new: the row of the wording table and its landmark (fraction z/n or factor, and how near). */
const ROWS: [number, string, string, string?][] = [
  [1000, "unveraendert", "gleich"],
  [1019, "nahezu_unveraendert", "gleich"],
  [981, "nahezu_unveraendert", "gleich"],
  [1020, "leicht", "auf"],
  [980, "leicht", "ab"],
  [1099, "leicht", "auf"],
  [1100, "deutlich", "auf"],
  [900, "deutlich", "ab"],
  [1174, "deutlich", "auf"],
  [1175, "bruch", "auf", "1/5 knapp"],
  [810, "bruch", "ab", "1/5 knapp"],
  [750, "bruch", "ab", "1/4 genau"],
  [747, "bruch", "ab", "1/4 rund"],
  [740, "bruch", "ab", "1/4 gut"],
  [660, "bruch", "ab", "1/3 gut"],
  [580, "bruch", "ab", "2/5 gut"],
  [540, "bruch", "ab", "1/2 knapp"],
  [500, "bruch", "ab", "1/2 genau"],
  [470, "bruch", "ab", "1/2 gut"],
  [250, "bruch", "ab", "3/4 genau"],
  [100, "bruch", "ab", "9/10 genau"],
  [1500, "bruch", "auf", "1/2 genau"],
  [1700, "bruch", "auf", "2/3 gut"],
  [1860, "bruch", "auf", "3/4 gut"],
  [1880, "faktor", "auf", "2 knapp"],
  [1898, "faktor", "auf", "2 knapp"],
  [1923, "faktor", "auf", "2 knapp"],
  [2000, "faktor", "auf", "2 genau"],
  [2050, "faktor", "auf", "2 gut"],
  [4000, "faktor", "auf", "4 genau"],
  [12000, "faktor", "auf", "10 gut"],
  [0, "auf_null", "ab"],
  [2500, "faktor", "auf", "2 gut"],
  [2600, "faktor", "auf", "2 gut"],
  [2750, "faktor", "auf", "2 gut"],
  [2860, "faktor", "auf", "3 knapp"],
  [5500, "faktor", "auf", "5 gut"],
  [9000, "faktor", "auf", "9 genau"],
];

describe("classifyChange: the rows of the wording table", () => {
  it.each(ROWS)("1000 → %i is %s %s %s", (to, stufe, richtung, marke) => {
    const change = classifyChange(1000, to);
    expect([change.stufe, change.richtung]).toEqual([stufe, richtung]);
    const landmark = change.marke && `${change.marke.faktor || `${change.marke.zaehler}/${change.marke.nenner}`} ${change.marke.naeherung}`;
    expect(landmark).toBe(marke);
  });

  it("starts from zero without a rate", () => {
    expect(classifyChange(0, 10)).toMatchObject({ stufe: "ab_null", richtung: "auf" });
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

  it.each([
    [10999, 11000, "deutlich"],
    [11749, 11750, "bruch"],
    [18749, 18751, "bruch"],
    [5250, 5249, "bruch"],
    [10196, 10204, "leicht"],
    [10194, 10186, "nahezu_unveraendert"],
  ])("words %i and %i from 10.000 alike: both print the same rate", (a, b, stufe) => {
    expect(classifyChange(10000, a)).toEqual(classifyChange(10000, b));
    expect(classifyChange(10000, a).stufe).toBe(stufe);
  });

  it("gives every printed rate one wording, whatever the values behind it", () => {
    const seen = new Map<string, string>();
    for (const alt of [1000, 2000, 3000, 7000]) {
      for (let neu = 0; neu <= alt * 12; neu++) {
        // Unchanged and down to zero are rows of their own, told by the values, not the rate.
        if (neu === alt || neu === 0) continue;
        const printed = `${neu > alt ? "+" : "−"}${formatPercent(neu / alt - 1)}`;
        const words = JSON.stringify(classifyChange(alt, neu));
        expect(seen.get(printed) ?? words, `${alt} → ${neu} (${printed})`).toBe(words);
        seen.set(printed, words);
      }
    }
    expect(seen.size).toBeGreaterThan(2000);
  });

  it("calls a rise to 2,5 times more than doubled, never nearly tripled", () => {
    for (let to = 2000; to < 2850; to += 10) expect(classifyChange(1000, to).marke, `1000 → ${to}`).toMatchObject({ faktor: 2 });
  });

  it("draws the line between nearly unchanged and slight at 2 %", () => {
    expect(classifyChange(1000, 1019).stufe).toBe("nahezu_unveraendert");
    expect(classifyChange(1000, 1020).stufe).toBe("leicht");
  });
});
