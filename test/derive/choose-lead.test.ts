import { describe, expect, it } from "vitest";
import { chooseLead } from "../../src/derive/choose-lead.js";
import { compareSeries, comparisonBase } from "../../src/derive/compare-series.js";

/** Households and persons by year, compared as deriveFigures compares them. */
function lead(households: Record<number, number>, persons: Record<number, number>, berichtsjahr: number, erstesJahr = false) {
  const basis = comparisonBase(households, berichtsjahr);
  return chooseLead({ bedarfsgemeinschaften: compareSeries(households, berichtsjahr, basis), personen: compareSeries(persons, berichtsjahr, basis) }, erstesJahr);
}

describe("chooseLead", () => {
  it("leads with the larger change against the previous year", () => {
    expect(lead({ 2012: 18460, 2018: 9922, 2019: 9410 }, { 2012: 31871, 2018: 16726, 2019: 15900 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
    expect(lead({ 2018: 9922, 2019: 9900 }, { 2018: 16726, 2019: 18000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "personen" });
  });

  it("keeps the households first when both changes print the same", () => {
    expect(lead({ 2018: 1000, 2019: 1100 }, { 2018: 2000, 2019: 2200 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
    expect(lead({ 2018: 1000, 2019: 1000 }, { 2018: 2000, 2019: 2000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
  });

  it("leads with a long-term landmark only in the year it is reached", () => {
    // 2018 is two fifths below 2012, 2019 half: halved since 2012 is the news.
    const reached = lead({ 2012: 10000, 2018: 6000, 2019: 5000 }, { 2012: 20000, 2018: 12000, 2019: 10400 }, 2019);
    expect(reached).toMatchObject({ art: "marke", reihe: "bedarfsgemeinschaften", entwicklung: { von: { jahr: 2012 } } });
    // Already nearly halved a year ago: the change against the previous year leads.
    expect(lead({ 2012: 10000, 2018: 5300, 2019: 5000 }, { 2012: 20000, 2018: 10600, 2019: 10000 }, 2019)).toMatchObject({ art: "vorjahr" });
    // A doubling newly reached counts as well.
    expect(lead({ 2012: 1000, 2018: 1700, 2019: 2000 }, { 2012: 2000, 2018: 3400, 2019: 3900 }, 2019)).toMatchObject({ art: "marke", reihe: "bedarfsgemeinschaften" });
  });

  it("falls back to the long-term change without a previous year, and to the year alone without any", () => {
    expect(lead({ 2012: 18460, 2018: 9922 }, { 2012: 31871, 2018: 16726 }, 2018)).toMatchObject({ art: "langfrist", entwicklung: { von: { jahr: 2012 } } });
    expect(lead({ 2019: 9410 }, { 2019: 15900 }, 2019)).toEqual({ art: "jahr", reihe: "bedarfsgemeinschaften", entwicklung: null });
    expect(lead({ 2019: 9410 }, { 2019: 15900 }, 2019, true)).toMatchObject({ art: "erstes_jahr" });
  });

  it("counts a change from or to zero as the largest", () => {
    expect(lead({ 2018: 0, 2019: 10 }, { 2018: 0, 2019: 20 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
  });
});

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
