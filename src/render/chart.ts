import { yearAxis } from "./chart-axis.js";
import { labelWidth, placeValueLabels, round, type Bar } from "./chart-labels.js";

/** Plot area of the fact sheet's bar chart, in SVG user units (the template scales it to the column). */
const WIDTH = 480;
const HEIGHT = 118;
const AXIS = 18;
const TOP = 18;
/** Font sizes for the values, largest first: smaller ones only so that every bar keeps its value. */
const VALUE_SIZES = [10, 9, 8];

interface Row {
  jahr: number;
  bedarfsgemeinschaften: number | undefined;
  personen: number | undefined;
}

/**
 * Geometry of a grouped bar chart: per year one bar for households and one for persons, scaled to
 * the largest value, with value and year labels placed so that none touches another or a bar.
 * Only arithmetic; colours and wording live in partials/diagramm.hbs.
 */
export function barChart(rows: readonly Row[]) {
  const max = Math.max(1, ...rows.flatMap((row) => [row.bedarfsgemeinschaften ?? 0, row.personen ?? 0]));
  const { left, slot, barWidth } = columns(rows);
  const plotHeight = HEIGHT - AXIS - TOP;
  const bar = (jahr: number, value: number | undefined, x: number, links: boolean): Bar | undefined => {
    if (value === undefined) return undefined;
    const height = round((value / max) * plotHeight);
    return { jahr, x: round(x), y: round(TOP + plotHeight - height), breite: round(barWidth), hoehe: height, wert: value, links };
  };
  const years = rows.map((row, index) => {
    const centre = left + slot * index + slot / 2;
    return {
      jahr: row.jahr,
      centre,
      bedarfsgemeinschaften: bar(row.jahr, row.bedarfsgemeinschaften, centre - barWidth - 1, true),
      personen: bar(row.jahr, row.personen, centre + 1, false),
    };
  });
  const bars = years.flatMap((year) => [year.bedarfsgemeinschaften, year.personen]).filter((entry): entry is Bar => entry !== undefined);
  const values = placeValueLabels({ width: WIDTH, bars }, VALUE_SIZES);
  const axis = yearAxis({ width: WIDTH, height: HEIGHT, baseline: TOP + plotHeight, slot, space: slot - 2 * barWidth - 2, years });
  return {
    breite: WIDTH,
    hoehe: HEIGHT,
    grundlinie: TOP + plotHeight,
    schrift: { wert: values.size, jahr: axis.size },
    jahre: years.map(({ jahr, bedarfsgemeinschaften, personen }, index) => ({ jahr, bedarfsgemeinschaften, personen, beschriftung: axis.labels[index] })),
    werte: values.labels,
    /** Marks on the baseline where years are missing between two bars. */
    luecken: axis.breaks,
    /** Every value of each series, for the text alternative. */
    reihen: {
      bedarfsgemeinschaften: rows.flatMap(({ jahr, bedarfsgemeinschaften: wert }) => (wert === undefined ? [] : [{ jahr, wert }])),
      personen: rows.flatMap(({ jahr, personen: wert }) => (wert === undefined ? [] : [{ jahr, wert }])),
    },
  };
}

export type BarChart = ReturnType<typeof barChart>;

/**
 * The width per year and of a bar. The first year's households and the report year's persons get
 * room at the chart's edges to stand beside their bar, outward, when wider than it.
 */
function columns(rows: readonly Row[]) {
  const count = Math.max(1, rows.length);
  // How far such a label reaches past the half gap beside its bar, plus a unit to spare.
  const overhang = (value: number | undefined, slot: number, barWidth: number) =>
    value === undefined ? 0 : Math.max(0, labelWidth(value, VALUE_SIZES[0] ?? 0) - barWidth - (slot - 2 * barWidth - 2) / 2 + 1);
  let left = 0;
  let right = 0;
  // Three rounds settle the margins: each narrows the bars a little less than the one before.
  for (let pass = 0; pass < 3; pass++) {
    const slot = (WIDTH - left - right) / count;
    const barWidth = Math.min(36, slot * 0.32);
    left = overhang(rows[0]?.bedarfsgemeinschaften, slot, barWidth);
    right = overhang(rows.at(-1)?.personen, slot, barWidth);
  }
  const slot = (WIDTH - left - right) / count;
  return { left, slot, barWidth: Math.min(36, slot * 0.32) };
}
