import { describe, expect, it } from "vitest";
import { chooseLead } from "../../src/derive/choose-lead.js";
import { compareSeries, comparisonBase } from "../../src/derive/compare-series.js";

/** Households and persons by year, compared as deriveFigures compares them. */
function lead(households: Record<number, number>, persons: Record<number, number>, berichtsjahr: number, erstesJahr = false) {
  const basis = comparisonBase(households, berichtsjahr);
  return chooseLead({ bedarfsgemeinschaften: compareSeries(households, berichtsjahr, basis), personen: compareSeries(persons, berichtsjahr, basis) }, erstesJahr);
}

describe("chooseLead", () => {
  it("leads with the change against the previous year, the persons' only where it is larger and worded otherwise", () => {
    expect(lead({ 2012: 18460, 2018: 9922, 2019: 9410 }, { 2012: 31871, 2018: 16726, 2019: 16000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
    // With persons down to 15.900 they cross half of 2012's 31.871 in the report year: that leads.
    expect(lead({ 2012: 18460, 2018: 9922, 2019: 9410 }, { 2012: 31871, 2018: 16726, 2019: 15900 }, 2019)).toMatchObject({ art: "marke", reihe: "personen" });
    expect(lead({ 2018: 9922, 2019: 9900 }, { 2018: 16726, 2019: 18000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "personen" });
    // −5,2 % and −5,5 % are both "leicht gesunken": the households stay the subject.
    expect(lead({ 2018: 10000, 2019: 9480 }, { 2018: 20000, 2019: 18900 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
  });

  it("keeps the households first when both changes print the same", () => {
    expect(lead({ 2018: 1000, 2019: 1100 }, { 2018: 2000, 2019: 2200 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
    expect(lead({ 2018: 1000, 2019: 1000 }, { 2018: 2000, 2019: 2000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
  });

  it("leads with a long-term landmark only in the year the series crosses it", () => {
    // 2018 is two fifths below 2012, 2019 half: halved since 2012 is the news.
    const reached = lead({ 2012: 10000, 2018: 6000, 2019: 5000 }, { 2012: 20000, 2018: 12000, 2019: 10400 }, 2019);
    expect(reached).toMatchObject({ art: "marke", reihe: "bedarfsgemeinschaften", entwicklung: { von: { jahr: 2012 } } });
    // Nearly halved a year ago (−46 %), halved now (−51 %): crossed in the report year.
    expect(lead({ 2012: 10000, 2018: 5400, 2019: 4900 }, { 2012: 20000, 2018: 10800, 2019: 9800 }, 2019)).toMatchObject({ art: "marke" });
    // Nearly halved a year ago and still nearly halved: the change against the previous year leads.
    expect(lead({ 2012: 10000, 2018: 5600, 2019: 5300 }, { 2012: 20000, 2018: 11200, 2019: 10600 }, 2019)).toMatchObject({ art: "vorjahr" });
    // A doubling newly reached counts as well.
    expect(lead({ 2012: 1000, 2018: 1700, 2019: 2000 }, { 2012: 2000, 2018: 3400, 2019: 3900 }, 2019)).toMatchObject({ art: "marke", reihe: "bedarfsgemeinschaften" });
    // Past the mark already and falling back towards it: the fall of the year is the news.
    expect(lead({ 2012: 1000, 2018: 3200, 2019: 2100 }, { 2012: 2000, 2018: 6400, 2019: 4200 }, 2019)).toMatchObject({ art: "vorjahr", entwicklung: { klasse: { richtung: "ab" } } });
    expect(lead({ 2012: 10000, 2018: 4000, 2019: 5000 }, { 2012: 20000, 2018: 8000, 2019: 10000 }, 2019)).toMatchObject({ art: "vorjahr", entwicklung: { klasse: { richtung: "auf" } } });
  });

  it("leads with the long-term change when the year hardly changed anything", () => {
    expect(lead({ 2012: 18460, 2018: 9922, 2019: 9922 }, { 2012: 31871, 2018: 16726, 2019: 16726 }, 2019)).toMatchObject({ art: "langfrist" });
    expect(lead({ 2012: 18460, 2018: 9922, 2019: 9900 }, { 2012: 31871, 2018: 16726, 2019: 16700 }, 2019)).toMatchObject({ art: "langfrist" });
    // Without an earlier year, "as many as last year" is the news.
    expect(lead({ 2018: 9922, 2019: 9922 }, { 2018: 16726, 2019: 16726 }, 2019)).toMatchObject({ art: "vorjahr" });
  });

  it("falls back to the long-term change without a previous year, and to the year alone without any", () => {
    expect(lead({ 2012: 18460, 2018: 9922 }, { 2012: 31871, 2018: 16726 }, 2018)).toMatchObject({ art: "langfrist", entwicklung: { von: { jahr: 2012 } } });
    expect(lead({ 2019: 9410 }, { 2019: 15900 }, 2019)).toEqual({ art: "jahr", reihe: "bedarfsgemeinschaften", entwicklung: null });
    expect(lead({ 2019: 9410 }, { 2019: 15900 }, 2019, true)).toMatchObject({ art: "erstes_jahr" });
  });

  it("leads with the households where both start from zero, and where only they have the previous year", () => {
    expect(lead({ 2018: 0, 2019: 10 }, { 2018: 0, 2019: 20 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften", entwicklung: { klasse: { stufe: "ab_null" } } });
    expect(lead({ 2018: 9000, 2019: 9900 }, { 2019: 18000 }, 2019)).toMatchObject({ art: "vorjahr", reihe: "bedarfsgemeinschaften" });
  });
});
