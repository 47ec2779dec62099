/** Plot area of the fact sheet's bar chart, in SVG user units (the template scales it to the column). */
const WIDTH = 480;
const HEIGHT = 118;
const AXIS = 18;
const TOP = 16;

interface Row {
  jahr: number;
  bedarfsgemeinschaften: number | undefined;
  personen: number | undefined;
}

/**
 * Geometry of a grouped bar chart: per year one bar for households and one for persons, scaled to
 * the largest value. Only arithmetic; labels, colours and wording live in partials/diagramm.hbs.
 */
export function barChart(rows: readonly Row[]) {
  const max = Math.max(1, ...rows.flatMap((row) => [row.bedarfsgemeinschaften ?? 0, row.personen ?? 0]));
  const slot = WIDTH / Math.max(1, rows.length);
  const barWidth = Math.min(36, slot * 0.32);
  const plotHeight = HEIGHT - AXIS - TOP;
  // Beyond eight years the value labels would collide; beyond twelve, so would the year labels.
  const showValues = rows.length <= 8;
  const labelEvery = Math.ceil(rows.length / 12);
  const bar = (value: number | undefined, x: number) => {
    if (value === undefined) return undefined;
    const height = round((value / max) * plotHeight);
    const y = TOP + plotHeight - height;
    return { x: round(x), y: round(y), breite: round(barWidth), hoehe: height, wert: value, textX: round(x + barWidth / 2), textY: round(y - 4), zeigeWert: showValues };
  };
  return {
    breite: WIDTH,
    hoehe: HEIGHT,
    grundlinie: TOP + plotHeight,
    jahre: rows.map((row, index) => {
      const center = slot * index + slot / 2;
      return {
        jahr: row.jahr,
        beschriftet: index % labelEvery === 0 || index === rows.length - 1,
        x: round(center),
        textY: HEIGHT - 4,
        bedarfsgemeinschaften: bar(row.bedarfsgemeinschaften, center - barWidth - 1),
        personen: bar(row.personen, center + 1),
      };
    }),
  };
}

export type BarChart = ReturnType<typeof barChart>;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
