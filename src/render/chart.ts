import type { Art } from "../german/format.js";
import { yearAxis } from "./chart-axis.js";
import { labelWidth, placeValueLabels, round, type Bar, type Seite } from "./chart-labels.js";

/** Plot area of the fact sheet's bar chart, in SVG user units (the template scales it to the column). */
const WIDTH = 480;
const HEIGHT = 118;
const AXIS = 18;
const TOP = 18;
/** Font sizes for the values, largest first: smaller ones only so that every bar keeps its value. */
const VALUE_SIZES = [10, 9, 8];
/** The bars of a year together take this share of its width, however many there are; none wider than BAR_MAX. */
const BARS_SHARE = 0.64;
const BAR_MAX = 36;
/**
 * The space between the bars of one year, all gaps together: the same for two bars or three, so
 * that the space between two years stays as wide, and a year's bars read as one group.
 */
const BAR_GAPS = 2;
/** The template's colours by position of the series: as many as the chart can tell apart. */
const FARBEN = ["erste", "zweite", "dritte"] as const;

export interface ChartSeries {
  /** Legend and text alternative: the figure's bezeichnung, e.g. "Bedarfsgemeinschaften". */
  bezeichnung: string;
  /** Year → value, as the edition holds it (keys are year strings). */
  werte: Readonly<Record<string, number>>;
  art: Art;
}

/**
 * Geometry of a grouped bar chart: per year one bar for each series (one to three, of one art,
 * sharing one axis), side by side and centred on the year, scaled to the largest value, with value
 * and year labels placed so that none touches another or a bar. Years are every year any series
 * holds. Only arithmetic; colours and wording live in partials/diagramm*.hbs.
 */
export function barChart(reihen: readonly ChartSeries[]) {
  if (reihen.length > FARBEN.length) throw new RangeError(`barChart: ${reihen.length} series, colours for ${FARBEN.length}`);
  const art = reihen[0]?.art ?? "anzahl";
  const jahre = [...new Set(reihen.flatMap((reihe) => Object.keys(reihe.werte)))].map(Number).sort((a, b) => a - b);
  const value = (reihe: ChartSeries, jahr: number) => reihe.werte[String(jahr)];
  const max = Math.max(1, ...reihen.flatMap((reihe) => Object.values(reihe.werte)));
  const { left, slot, barWidth } = columns(jahre, reihen, art);
  const count = reihen.length;
  const plotHeight = HEIGHT - AXIS - TOP;
  const years = jahre.map((jahr, index) => {
    const centre = left + slot * index + slot / 2;
    const balken = reihen.map((reihe, position) => {
      const wert = value(reihe, jahr);
      if (wert === undefined) return undefined;
      const height = round((wert / max) * plotHeight);
      // Written so that two bars stand exactly where the chart of two fixed series put them.
      const x = centre + (position - count / 2) * barWidth + (position - (count - 1) / 2) * gap(count);
      const bar: Bar = { jahr, x: round(x), y: round(TOP + plotHeight - height), breite: round(barWidth), hoehe: height, wert, reihe: position, seite: seite(position, count) };
      return { ...bar, farbe: FARBEN[position] };
    });
    return { jahr, centre, balken };
  });
  const bars = years.flatMap((year) => year.balken).filter((entry) => entry !== undefined);
  const axis = yearAxis({ width: WIDTH, height: HEIGHT, baseline: TOP + plotHeight, slot, space: space(slot, barWidth, count), years });
  // A value wider than its bar (a zero's "0,0 %") may reach over the marks between years.
  const marks = axis.breaks.map((mark) => ({ left: Math.min(mark.x1, mark.x2), right: Math.max(mark.x1, mark.x2), top: Math.min(mark.y1, mark.y2), bottom: Math.max(mark.y1, mark.y2) }));
  const values = placeValueLabels({ width: WIDTH, bars, marks, art }, VALUE_SIZES);
  return {
    breite: WIDTH,
    hoehe: HEIGHT,
    grundlinie: TOP + plotHeight,
    art,
    schrift: { wert: values.size, jahr: axis.size },
    /** Per year its bars in the order of the series, none where a series lacks the year. */
    jahre: years.map(({ jahr, balken }, index) => ({ jahr, balken, beschriftung: axis.labels[index] })),
    werte: values.labels,
    /** Marks on the baseline where years are missing between two bars. */
    luecken: axis.breaks,
    /** Each series with its colour and every value it holds, for the legend and the text alternative. */
    reihen: reihen.map((reihe, position) => ({
      bezeichnung: reihe.bezeichnung,
      farbe: FARBEN[position],
      werte: jahre.flatMap((jahr) => {
        const wert = value(reihe, jahr);
        return wert === undefined ? [] : [{ jahr, wert }];
      }),
    })),
  };
}

export type BarChart = ReturnType<typeof barChart>;

function seite(position: number, count: number): Seite {
  if (count === 1 || (position > 0 && position < count - 1)) return "mitte";
  return position === 0 ? "links" : "rechts";
}

/** The space between two bars of a year. */
function gap(count: number): number {
  return count > 1 ? BAR_GAPS / (count - 1) : 0;
}

/** The empty width between the bars of two neighbouring years. */
function space(slot: number, barWidth: number, count: number): number {
  return slot - count * barWidth - (count - 1) * gap(count);
}

/**
 * The width per year and of a bar. The first year's first bar and the report year's last get
 * room at the chart's edges for their labels, standing outward (or, alone in their year, centred)
 * when wider than their bar.
 */
function columns(jahre: readonly number[], reihen: readonly ChartSeries[], art: Art) {
  const count = Math.max(1, jahre.length);
  const bars = Math.max(1, reihen.length);
  const width = (slot: number) => Math.min(BAR_MAX, slot * (BARS_SHARE / bars));
  // How far such a label reaches past the half gap beside its bar, plus a unit to spare.
  const overhang = (value: number | undefined, side: Seite, slot: number, barWidth: number) => {
    if (value === undefined) return 0;
    const beyond = labelWidth(value, art, VALUE_SIZES[0] ?? 0) - barWidth;
    return Math.max(0, (side === "mitte" ? beyond / 2 : beyond) - space(slot, barWidth, bars) / 2 + 1);
  };
  const [first, last] = [reihen[0], reihen.at(-1)];
  const [firstYear, lastYear] = [jahre[0], jahre.at(-1)];
  const at = (reihe: ChartSeries | undefined, jahr: number | undefined) => (reihe === undefined || jahr === undefined ? undefined : reihe.werte[String(jahr)]);
  let left = 0;
  let right = 0;
  // Three rounds settle the margins: each narrows the bars a little less than the one before.
  for (let pass = 0; pass < 3; pass++) {
    const slot = (WIDTH - left - right) / count;
    const barWidth = width(slot);
    left = overhang(at(first, firstYear), seite(0, bars), slot, barWidth);
    right = overhang(at(last, lastYear), seite(bars - 1, bars), slot, barWidth);
  }
  const slot = (WIDTH - left - right) / count;
  return { left, slot, barWidth: width(slot) };
}
