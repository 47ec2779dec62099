import { describe, expect, it } from "vitest";
import type { Art } from "../../src/german/format.js";
import { barChart, type ChartSeries } from "../../src/render/chart.js";
import { labelWidth, overlap, textBox } from "../../src/render/chart-labels.js";

type Values = Record<string, number>;
const series = (werte: Values, art: Art = "anzahl", bezeichnung = "Reihe"): ChartSeries => ({ bezeichnung, werte, art });

/** Years first…last with values that rise and fall smoothly around `base`: households, and persons 1.7 times as many. */
function rows(first: number, last: number, base: number): [Values, Values] {
  const households: Values = {};
  const persons: Values = {};
  for (let year = first; year <= last; year++) {
    households[year] = Math.round(base * (1 + 0.25 * Math.sin((year - first) / 2.5)));
    persons[year] = Math.round((households[year] ?? 0) * 1.7);
  }
  return [households, persons];
}
const two = ([households, persons]: [Values, Values]) => barChart([series(households, "anzahl", "Bedarfsgemeinschaften"), series(persons, "anzahl", "Personen")]);

const labelled = (chart: ReturnType<typeof barChart>) => chart.werte.map((label) => label.wert);
const barsOf = (chart: ReturnType<typeof barChart>) => chart.jahre.flatMap((year) => year.balken).filter((bar) => bar !== undefined);

describe("barChart", () => {
  it("scales bars to the largest value on a common baseline", () => {
    const chart = two([
      { 2012: 18460, 2018: 9922 },
      { 2012: 31871, 2018: 16726 },
    ]);
    const [first, last] = chart.jahre;
    const bars = [...(first?.balken ?? []), ...(last?.balken ?? [])];
    for (const bar of bars) expect((bar?.y ?? 0) + (bar?.hoehe ?? 0)).toBeCloseTo(chart.grundlinie, 0);
    expect(Math.min(...bars.map((bar) => bar?.y ?? Infinity))).toBe(first?.balken[1]?.y);
    expect(last?.balken[0]?.hoehe).toBeCloseTo(((first?.balken[1]?.hoehe ?? 0) * 9922) / 31871, 0);
  });

  it("gives every bar its value while the values fit side by side, in smaller type if need be", () => {
    const eight = two(rows(2011, 2018, 18460));
    expect(labelled(eight)).toHaveLength(16);
    const long = two(rows(2011, 2018, 1234567));
    expect(labelled(long)).toHaveLength(16);
    expect(long.schrift.wert).toBeLessThan(eight.schrift.wert);
    // Small counts fit even thirty years.
    expect(labelled(two(rows(1990, 2019, 7)))).toHaveLength(60);
  });

  it("labels the report year, the first year and the highest values when not all fit", () => {
    for (const base of [18460, 1234567]) {
      const [households, persons] = rows(1990, 2019, base);
      const chart = two([households, persons]);
      const values = labelled(chart);
      expect(values.length).toBeLessThan(60);
      expect(values).toEqual(expect.arrayContaining([households[2019], persons[2019], households[1990]]));
      expect(values).toContain(Math.max(...Object.values(persons)));
      expect(chart.schrift.wert).toBe(10);
    }
  });

  it("joins a lifted label to its bar with a line", () => {
    const chart = two(rows(1990, 2019, 18460));
    const lifted = chart.werte.filter((label) => label.linie);
    expect(lifted.length).toBeGreaterThan(0);
    const bars = barsOf(chart);
    for (const { linie, wert } of lifted) {
      const bar = bars.find((candidate) => candidate.wert === wert);
      expect(linie?.x).toBeCloseTo((bar?.x ?? 0) + (bar?.breite ?? 0) / 2, 0);
      expect(linie?.y2).toBeLessThan(bar?.y ?? 0);
      expect(linie?.y2).toBeGreaterThan((bar?.y ?? 0) - 2);
    }
  });

  it("labels the report year and every n-th year back from it, never two side by side", () => {
    const chart = two(rows(1990, 2018, 100));
    const years = chart.jahre.filter((year) => year.beschriftung).map((year) => year.jahr);
    expect(years.at(-1)).toBe(2018);
    expect(years.slice(0, 3)).toEqual([1990, 1992, 1994]);
    expect(two(rows(2011, 2018, 100)).jahre.every((year) => year.beschriftung)).toBe(true);
  });

  it("marks missing years on the baseline and keeps every year's label for them, in smaller type", () => {
    const consecutive = two(rows(2001, 2020, 100));
    expect(consecutive.luecken).toEqual([]);
    expect(consecutive.jahre.filter((year) => year.beschriftung).length).toBeLessThan(20);
    const without = (values: Values) => Object.fromEntries(Object.entries(values).filter(([year]) => year !== "2000" && year !== "2002"));
    const gapped = two(rows(1999, 2020, 100).map(without) as [Values, Values]);
    expect(gapped.luecken).toHaveLength(4);
    const [before, after] = [gapped.jahre[0], gapped.jahre[1]];
    // Both strokes stand between the bars of 1999 and 2001.
    for (const mark of gapped.luecken.slice(0, 2)) {
      expect(Math.min(mark.x1, mark.x2)).toBeGreaterThan((before?.balken[1]?.x ?? 0) + (before?.balken[1]?.breite ?? 0));
      expect(Math.max(mark.x1, mark.x2)).toBeLessThan(after?.balken[0]?.x ?? 0);
    }
    expect(gapped.jahre.every((year) => year.beschriftung)).toBe(true);
    expect(gapped.schrift.jahr).toBeLessThan(consecutive.schrift.jahr);
  });

  it("leaves a gap for a missing value and lists every value for the text alternative", () => {
    const [households, persons] = rows(1990, 2018, 1000);
    delete persons[1993];
    const chart = two([households, persons]);
    expect(chart.jahre[3]?.balken[1]).toBeUndefined();
    expect(chart.reihen[1]?.werte.map((entry) => entry.jahr)).not.toContain(1993);
    expect(chart.reihen[1]?.werte).toHaveLength(28);
    expect(chart.reihen[0]?.werte.map((entry) => entry.wert)).toEqual(Object.values(households));
    expect(chart.reihen.map((reihe) => reihe.bezeichnung)).toEqual(["Bedarfsgemeinschaften", "Personen"]);
  });

  it("draws a single year", () => {
    const chart = two([{ 2018: 9922 }, { 2018: 16726 }]);
    expect(labelled(chart)).toEqual([9922, 16726]);
    expect(chart.jahre[0]?.beschriftung).toBeDefined();
  });

  it.each([1, 2, 3])("draws %i bars per year side by side, centred on the year, each series in its own colour", (count) => {
    const base = rows(2011, 2018, 18460)[0];
    const chart = barChart(Array.from({ length: count }, (_, index) => series(Object.fromEntries(Object.entries(base).map(([year, value]) => [year, value * (index + 1)])))));
    expect(barsOf(chart)).toHaveLength(8 * count);
    expect(chart.reihen.map((reihe) => reihe.farbe)).toEqual(["erste", "zweite", "dritte"].slice(0, count));
    const widths = new Set(barsOf(chart).map((bar) => bar.breite));
    expect(widths.size).toBe(1);
    for (const year of chart.jahre) {
      const bars = year.balken.filter((bar) => bar !== undefined);
      expect(bars.map((bar) => bar.farbe)).toEqual(chart.reihen.map((reihe) => reihe.farbe));
      // Left to right in the order of the series, apart from each other.
      bars.slice(1).forEach((bar, index) => expect(bar.x).toBeGreaterThan((bars[index]?.x ?? 0) + (bars[index]?.breite ?? 0)));
      const [first, last] = [bars[0], bars.at(-1)];
      const middle = ((first?.x ?? 0) + (last?.x ?? 0) + (last?.breite ?? 0)) / 2;
      // The year's label stands under the middle of its bars (moved inward only at the chart's edges).
      if (year.beschriftung && year.jahr !== 2011 && year.jahr !== 2018) expect(year.beschriftung.x).toBeCloseTo(middle, 0);
    }
    // The bars of one year stand closer to each other than to the next year's.
    const [a, b] = chart.jahre;
    const within = count > 1 ? (a?.balken[1]?.x ?? 0) - ((a?.balken[0]?.x ?? 0) + (a?.balken[0]?.breite ?? 0)) : 0;
    const between = (b?.balken[0]?.x ?? 0) - ((a?.balken.at(-1)?.x ?? 0) + (a?.balken.at(-1)?.breite ?? 0));
    expect(between).toBeGreaterThan(within);
  });

  it("takes the years of all series together, each bar in its series' place, gaps marked", () => {
    const chart = barChart([series({ 2012: 500, 2014: 700 }), series({ 2013: 600, 2018: 900 }), series({ 2018: 400 })]);
    expect(chart.jahre.map((year) => year.jahr)).toEqual([2012, 2013, 2014, 2018]);
    expect(chart.jahre.map((year) => year.balken.map((bar) => bar?.wert))).toEqual([
      [500, undefined, undefined],
      [undefined, 600, undefined],
      [700, undefined, undefined],
      [undefined, 900, 400],
    ]);
    // A series' bar keeps its place in the year even where the others have none.
    const offset = (index: number, position: number) => (chart.jahre[index]?.balken[position]?.x ?? 0) - (chart.jahre[index]?.beschriftung?.x ?? 0);
    expect(offset(0, 0)).toBeCloseTo(offset(2, 0), 0);
    expect(offset(1, 1)).toBeCloseTo(offset(3, 1), 0);
    // Two strokes between 2014 and 2018.
    expect(chart.luecken).toHaveLength(2);
    expect(chart.reihen.map((reihe) => reihe.werte.map((entry) => entry.jahr))).toEqual([[2012, 2014], [2013, 2018], [2018]]);
  });

  it("estimates a value's width as the template prints it, by its art", () => {
    // "12,4 Mio. €" is wider than "12.400.000" would be; "25,4 %" wider than the digits alone.
    expect(labelWidth(12_400_000, "euro", 10)).toBeGreaterThan(labelWidth(124, "anzahl", 10) + 20);
    expect(labelWidth(25.4, "quote", 10)).toBeGreaterThan(labelWidth(254, "anzahl", 10));
  });

  it("prints the values of one art on one axis, the text alternative with them", () => {
    const chart = barChart([series({ 2018: 24.1, 2019: 25.4 }, "quote"), series({ 2018: 19.0, 2019: 21.5 }, "quote")]);
    expect(chart.art).toBe("quote");
    expect(labelled(chart)).toEqual([24.1, 19.0, 25.4, 21.5]);
    expect(Math.min(...barsOf(chart).map((bar) => bar.y))).toBe(chart.jahre[1]?.balken[0]?.y);
  });

  it("keeps a value wider than its bar off the marks of missing years", () => {
    // Zeros print "0,0 %", far wider than a third of a year's bars, right on the baseline.
    const zeros = (years: number[]) => series(Object.fromEntries(years.map((year) => [year, 0])), "quote");
    const chart = barChart([zeros([1990, 1996, 2000, 2008, 2022, 2027]), zeros([1996, 2000, 2005, 2006, 2008, 2010, 2019, 2022, 2027]), zeros([1990, 2000, 2010, 2016, 2019, 2022, 2026, 2027])]);
    expect(chart.luecken.length).toBeGreaterThan(0);
    expect(chart.werte.length).toBeGreaterThan(0);
    for (const label of chart.werte) {
      const box = textBox(label.x, label.y, labelWidth(label.wert, "quote", chart.schrift.wert), chart.schrift.wert);
      for (const mark of chart.luecken) {
        const stroke = { left: Math.min(mark.x1, mark.x2), right: Math.max(mark.x1, mark.x2), top: mark.y2, bottom: mark.y1 };
        expect(overlap(box, stroke), `label at ${label.x} on the mark at ${mark.x1}`).toBe(false);
      }
    }
  });

  it("refuses more series than it has colours", () => {
    expect(() => barChart([1, 2, 3, 4].map(() => series({ 2018: 1 })))).toThrow(RangeError);
  });
});
