import { overlap, round, textBox, yearWidth } from "./chart-labels.js";

/** Font sizes for the years, largest first: smaller ones only so that years with gaps between them all keep their label. */
const YEAR_SIZES = [11, 10, 9, 8];
/** Clear space between two year labels, in SVG units. */
const YEAR_GAP = 4;
/** The mark for missing years: two strokes this far apart and this slanted, as room allows, and this tall. */
const BREAK = { half: 1.5, height: 5 };

interface Axis {
  width: number;
  height: number;
  baseline: number;
  slot: number;
  /** The empty width between the bars of two years. */
  space: number;
  years: readonly { jahr: number; centre: number }[];
}

/**
 * The year axis: a label under every year when they fit. Consecutive years thin out to every
 * second, third … counted back from the report year, which a reader can fill in; years with gaps
 * between them first try smaller type, since a missing year cannot be guessed. Every gap is marked
 * on the baseline. Labels at the edges move inside the chart.
 */
export function yearAxis({ width, height, baseline, slot, space, years }: Axis) {
  const gaps = years.flatMap((year, index) => (index > 0 && year.jahr - (years[index - 1]?.jahr ?? 0) > 1 ? [year.centre - slot / 2] : []));
  const sizes = gaps.length === 0 ? YEAR_SIZES.slice(0, 1) : YEAR_SIZES;
  const labelled = (size: number, every: number) => {
    const label = yearWidth(size);
    const y = height - textBox(0, 0, label, size).bottom - 1;
    const last = years.length - 1;
    const labels = years.map(({ centre }, index) => ((last - index) % every === 0 ? { x: round(Math.min(width - label / 2, Math.max(label / 2, centre))), y: round(y) } : undefined));
    const boxes = labels.flatMap((entry) => (entry ? [textBox(entry.x, entry.y, label, size)] : []));
    return boxes.every((box, index) => index === 0 || !overlap(boxes[index - 1] ?? box, box, YEAR_GAP)) ? labels : undefined;
  };
  const attempts = [...sizes.map((size) => ({ size, every: 1 })), ...years.map((_, index) => ({ size: sizes[0] ?? 0, every: index + 2 }))];
  for (const { size, every } of attempts) {
    const labels = labelled(size, every);
    if (labels) return { size, labels, breaks: gaps.flatMap((x) => marks(x, baseline, space)) };
  }
  return { size: sizes[0] ?? 0, labels: years.map(() => undefined), breaks: gaps.flatMap((x) => marks(x, baseline, space)) };
}

/** Two slanted strokes across the baseline where years are missing, as on a broken axis. */
function marks(x: number, baseline: number, space: number) {
  // Both strokes together stay a unit clear of the bars on either side.
  const half = Math.max(0, Math.min(BREAK.half, (space - 2) / 4));
  return [-half, half].map((offset) => ({
    x1: round(x + offset - half),
    y1: round(baseline),
    x2: round(x + offset + half),
    y2: round(baseline - BREAK.height),
  }));
}
