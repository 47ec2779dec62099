import { describe, expect, it } from "vitest";
import { compareSeries, comparisonBase, milestoneLevel, printedSize } from "../../src/derive/compare-series.js";

describe("compareSeries", () => {
  it("compares only with years the series holds", () => {
    const series = compareSeries({ 2011: 500, 2012: 450 }, 2012, comparisonBase({ 2011: 500, 2012: 450 }, 2012));
    expect(series.vorjahr?.von).toEqual({ jahr: 2011, wert: 500 });
    expect(series.langfrist).toBeNull();
    expect(compareSeries({ 2012: 450 }, 2012, null)).toMatchObject({ vorjahr: null, langfrist: null, bis: { jahr: 2012, wert: 450 } });
  });

  it("takes the earliest year before the previous one as the base", () => {
    expect(comparisonBase({ 2005: 1, 2010: 2, 2018: 3, 2019: 4 }, 2019)).toBe(2005);
    expect(comparisonBase({ 2018: 3, 2019: 4 }, 2019)).toBeNull();
  });
});

describe("milestoneLevel", () => {
  const change = (from: number, to: number) => compareSeries({ 2012: from, 2019: to }, 2019, 2012).langfrist;
  it("counts a halving from the printed −50,0 % on, and multiples from the printed rise on", () => {
    expect(milestoneLevel(change(10000, 5010))).toBe(0);
    // −49,99 % prints as 50 Prozent: halved, as the text says.
    expect(milestoneLevel(change(10000, 5001))).toBe(1);
    expect(milestoneLevel(change(10000, 5000))).toBe(1);
    expect(milestoneLevel(change(10000, 2000))).toBe(1);
    expect(milestoneLevel(change(1000, 1999))).toBe(0);
    expect(milestoneLevel(change(1000, 2000))).toBe(2);
    expect(milestoneLevel(change(1000, 3999))).toBe(3);
    expect(milestoneLevel(change(1000, 25000))).toBe(10);
    expect(milestoneLevel(change(0, 500))).toBe(0);
    expect(milestoneLevel(null)).toBe(0);
  });
});

describe("printedSize", () => {
  it("measures a change as printed, and a start from zero as none", () => {
    const change = (from: number, to: number) => compareSeries({ 2018: from, 2019: to }, 2019, null).vorjahr!;
    expect(printedSize(change(10000, 9480))).toBe(0.052);
    expect(printedSize(change(10000, 10520))).toBe(0.052);
    expect(printedSize(change(0, 10))).toBe(0);
  });
});
