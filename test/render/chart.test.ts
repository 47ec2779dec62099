import { describe, expect, it } from "vitest";
import { barChart } from "../../src/render/chart.js";

describe("barChart", () => {
  it("scales bars to the largest value on a common baseline", () => {
    const chart = barChart([
      { jahr: 2012, bedarfsgemeinschaften: 18460, personen: 31871 },
      { jahr: 2018, bedarfsgemeinschaften: 9922, personen: 16726 },
    ]);
    const [first, last] = chart.jahre;
    expect(first?.personen?.y).toBe(16); // the largest bar reaches the top of the plot
    for (const bar of [first?.bedarfsgemeinschaften, first?.personen, last?.bedarfsgemeinschaften, last?.personen]) {
      expect((bar?.y ?? 0) + (bar?.hoehe ?? 0)).toBeCloseTo(chart.grundlinie, 0);
    }
    expect(last?.bedarfsgemeinschaften?.hoehe).toBeCloseTo(((first?.personen?.hoehe ?? 0) * 9922) / 31871, 0);
    expect(chart.jahre.every((year) => year.beschriftet && year.personen?.zeigeWert)).toBe(true);
  });

  it("thins out labels for long series and leaves gaps for missing values", () => {
    const rows = Array.from({ length: 29 }, (_, index) => ({ jahr: 1990 + index, bedarfsgemeinschaften: 1000 + index, personen: index === 3 ? undefined : 2000 }));
    const chart = barChart(rows);
    expect(chart.jahre.filter((year) => year.beschriftet).map((year) => year.jahr)).toEqual([1990, 1993, 1996, 1999, 2002, 2005, 2008, 2011, 2014, 2017, 2018]);
    expect(chart.jahre[0]?.bedarfsgemeinschaften?.zeigeWert).toBe(false);
    expect(chart.jahre[3]?.personen).toBeUndefined();
  });
});
