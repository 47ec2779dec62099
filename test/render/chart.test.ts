import { describe, expect, it } from "vitest";
import { barChart } from "../../src/render/chart.js";

/** Years first…last with values that rise and fall smoothly around `base`; persons 1.7 times households. */
function rows(first: number, last: number, base: number) {
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const households = Math.round(base * (1 + 0.25 * Math.sin(index / 2.5)));
    return { jahr: first + index, bedarfsgemeinschaften: households, personen: Math.round(households * 1.7) };
  });
}

const labelled = (chart: ReturnType<typeof barChart>) => chart.werte.map((label) => label.wert);

describe("barChart", () => {
  it("scales bars to the largest value on a common baseline", () => {
    const chart = barChart([
      { jahr: 2012, bedarfsgemeinschaften: 18460, personen: 31871 },
      { jahr: 2018, bedarfsgemeinschaften: 9922, personen: 16726 },
    ]);
    const [first, last] = chart.jahre;
    const bars = [first?.bedarfsgemeinschaften, first?.personen, last?.bedarfsgemeinschaften, last?.personen];
    for (const bar of bars) expect((bar?.y ?? 0) + (bar?.hoehe ?? 0)).toBeCloseTo(chart.grundlinie, 0);
    expect(Math.min(...bars.map((bar) => bar?.y ?? Infinity))).toBe(first?.personen?.y);
    expect(last?.bedarfsgemeinschaften?.hoehe).toBeCloseTo(((first?.personen?.hoehe ?? 0) * 9922) / 31871, 0);
  });

  it("gives every bar its value while the values fit side by side, in smaller type if need be", () => {
    const eight = barChart(rows(2011, 2018, 18460));
    expect(labelled(eight)).toHaveLength(16);
    const long = barChart(rows(2011, 2018, 1234567));
    expect(labelled(long)).toHaveLength(16);
    expect(long.schrift.wert).toBeLessThan(eight.schrift.wert);
    // Small counts fit even thirty years.
    expect(labelled(barChart(rows(1990, 2019, 7)))).toHaveLength(60);
  });

  it("labels the report year, the first year and the highest values when not all fit", () => {
    for (const base of [18460, 1234567]) {
      const data = rows(1990, 2019, base);
      const chart = barChart(data);
      const values = labelled(chart);
      expect(values.length).toBeLessThan(60);
      const last = data.at(-1);
      expect(values).toEqual(expect.arrayContaining([last?.bedarfsgemeinschaften, last?.personen, data[0]?.bedarfsgemeinschaften]));
      expect(values).toContain(Math.max(...data.map((row) => row.personen)));
      expect(chart.schrift.wert).toBe(10);
    }
  });

  it("joins a lifted label to its bar with a line", () => {
    const chart = barChart(rows(1990, 2019, 18460));
    const lifted = chart.werte.filter((label) => label.linie);
    expect(lifted.length).toBeGreaterThan(0);
    const bars = chart.jahre.flatMap((year) => [year.bedarfsgemeinschaften, year.personen]);
    for (const { linie, wert } of lifted) {
      const bar = bars.find((candidate) => candidate?.wert === wert);
      expect(linie?.x).toBeCloseTo((bar?.x ?? 0) + (bar?.breite ?? 0) / 2, 0);
      expect(linie?.y2).toBeLessThan(bar?.y ?? 0);
      expect(linie?.y2).toBeGreaterThan((bar?.y ?? 0) - 2);
    }
  });

  it("labels the report year and every n-th year back from it, never two side by side", () => {
    const chart = barChart(rows(1990, 2018, 100));
    const years = chart.jahre.filter((year) => year.beschriftung).map((year) => year.jahr);
    expect(years.at(-1)).toBe(2018);
    expect(years.slice(0, 3)).toEqual([1990, 1992, 1994]);
    expect(barChart(rows(2011, 2018, 100)).jahre.every((year) => year.beschriftung)).toBe(true);
  });

  it("marks missing years on the baseline and keeps every year's label for them, in smaller type", () => {
    const consecutive = barChart(rows(2001, 2020, 100));
    expect(consecutive.luecken).toEqual([]);
    expect(consecutive.jahre.filter((year) => year.beschriftung).length).toBeLessThan(20);
    const gapped = barChart(rows(1999, 2020, 100).filter((row) => row.jahr !== 2000 && row.jahr !== 2002));
    expect(gapped.luecken).toHaveLength(4);
    const [before, after] = [gapped.jahre[0], gapped.jahre[1]];
    // Both strokes stand between the bars of 1999 and 2001.
    for (const mark of gapped.luecken.slice(0, 2)) {
      expect(Math.min(mark.x1, mark.x2)).toBeGreaterThan((before?.personen?.x ?? 0) + (before?.personen?.breite ?? 0));
      expect(Math.max(mark.x1, mark.x2)).toBeLessThan(after?.bedarfsgemeinschaften?.x ?? 0);
    }
    expect(gapped.jahre.every((year) => year.beschriftung)).toBe(true);
    expect(gapped.schrift.jahr).toBeLessThan(consecutive.schrift.jahr);
  });

  it("leaves a gap for a missing value and lists every value for the text alternative", () => {
    const data = rows(1990, 2018, 1000).map((row, index) => (index === 3 ? { ...row, personen: undefined } : row));
    const chart = barChart(data);
    expect(chart.jahre[3]?.personen).toBeUndefined();
    expect(chart.reihen.personen.map((entry) => entry.jahr)).not.toContain(1993);
    expect(chart.reihen.personen).toHaveLength(28);
    expect(chart.reihen.bedarfsgemeinschaften.map((entry) => entry.wert)).toEqual(data.map((row) => row.bedarfsgemeinschaften));
  });

  it("draws a single year", () => {
    const chart = barChart([{ jahr: 2018, bedarfsgemeinschaften: 9922, personen: 16726 }]);
    expect(labelled(chart)).toEqual([9922, 16726]);
    expect(chart.jahre[0]?.beschriftung).toBeDefined();
  });
});
