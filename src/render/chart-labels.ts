import { formatFigure, type Art } from "../german/format.js";

/**
 * Source Sans 3 as Chromium lays it out, in em, rounded up from getBBox: a label's box runs from
 * ascent above its baseline to descent below; its digits are tabular, the thousands point narrow.
 */
const FONT = { ascent: 1.05, descent: 0.45, digit: 0.5, boldDigit: 0.52 };
/**
 * The other glyphs a value label can hold ("12,4 Mio. €", "2,1 Mrd. €", "25,4 %"), in em, each
 * rounded up from getBBox of ten in a row; the text's boxes add up (the font's kerning only narrows).
 */
const GLYPHS: Record<string, number> = { ".": 0.25, ",": 0.25, "\u00a0": 0.2, "€": 0.5, "%": 0.83, M: 0.73, i: 0.25, o: 0.55, r: 0.35, d: 0.56, "\u2212": 0.5 };
/** A glyph not measured counts as wide as the widest measured: too wide leaves space, too narrow overlaps. */
const WIDEST = Math.max(...Object.values(GLYPHS));
/** Space between a label and the bar it stands on, in SVG units. */
const GAP = 1.5;
/** Least space between any two boxes: the font's boxes come out a little smaller, never larger. */
const CLEARANCE = 0.5;
/** Each label stands on its own bar: between a year's two, or in a full row, a thin space (in em) suffices. */
const ROW_GAP = 0.1;
/** Scattered labels of different years keep half an em apart, so that two values never read as one. */
const SCATTERED_GAP = 0.5;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a bar stands among its year's bars: its label grows away from the others. */
export type Seite = "links" | "mitte" | "rechts";

/** A bar as the template draws it, its year, its series (by position) and its place in the year. */
export interface Bar {
  jahr: number;
  x: number;
  y: number;
  breite: number;
  hoehe: number;
  wert: number;
  reihe: number;
  seite: Seite;
}

export interface ValueLabel {
  x: number;
  y: number;
  wert: number;
  /** A line down to the bar, for a label lifted above a taller neighbour. */
  linie?: { x: number; y1: number; y2: number };
}

interface Area {
  width: number;
  bars: readonly Bar[];
  /** What else a label must keep clear of, as a bar: the marks of missing years on the baseline. */
  marks: readonly Box[];
  /** What the values count: the template prints them by it. */
  art: Art;
}

/** The width of a value as the template prints it, `{{kennwert wert art tabelle=true}}`. */
export function labelWidth(value: number, art: Art, size: number): number {
  const glyphs = [...formatFigure(value, art, { table: true })];
  return size * glyphs.reduce((sum, glyph) => sum + (/\d/.test(glyph) ? FONT.digit : (GLYPHS[glyph] ?? WIDEST)), 0);
}

export function yearWidth(size: number): number {
  return size * 4 * FONT.boldDigit;
}

/** The box of a text of this width centred on x, its baseline at y. */
export function textBox(x: number, y: number, width: number, size: number): Box {
  return { left: x - width / 2, right: x + width / 2, top: y - FONT.ascent * size, bottom: y + FONT.descent * size };
}

/** The baseline that puts a label's box just above `floor`. */
function baselineOver(floor: number, size: number): number {
  return floor - GAP - FONT.descent * size;
}

/** Closer than `space` (at least CLEARANCE) to each other. */
export function overlap(a: Box, b: Box, space = 0): boolean {
  const apart = CLEARANCE + space;
  return a.left < b.right + apart && b.left < a.right + apart && a.top < b.bottom + apart && b.top < a.bottom + apart;
}

function barBox(bar: Bar): Box {
  return { left: bar.x, right: bar.x + bar.breite, top: bar.y, bottom: bar.y + bar.hoehe };
}

/** Every box a label keeps clear of: the bars, and the marks of missing years between them. */
function obstacles(area: Area): Box[] {
  return [...area.bars.map(barBox), ...area.marks];
}

/**
 * Every bar's value when all fit side by side, in the largest of `sizes` that lets them: a label
 * wider than its bar grows away from the other bar of its year. Otherwise only the values a reader
 * looks for first – report year, first year, each series' highest and lowest – at the largest
 * size, each centred above its bar or, where a taller neighbour is in the way, lifted above it
 * with a line down to its bar, and only where it touches nothing. The text alternative gives
 * every value either way.
 */
export function placeValueLabels(area: Area, sizes: readonly number[]): { size: number; labels: ValueLabel[] } {
  for (const size of sizes) {
    const labels = placeAll(area, size);
    if (labels) return { size, labels };
  }
  const size = sizes[0] ?? 10;
  return { size, labels: placeSome(area, size) };
}

function placeAll(area: Area, size: number): ValueLabel[] | undefined {
  const placed: Placed[] = [];
  for (const bar of area.bars) {
    const width = labelWidth(bar.wert, area.art, size);
    const label = direct(bar, outward(bar, width)[0] ?? 0, width, size);
    if (!fits(area, placed, label, () => ROW_GAP * size)) return undefined;
    placed.push(label);
  }
  return placed.map((entry) => entry.label);
}

function placeSome(area: Area, size: number): ValueLabel[] {
  const gap = (a: Placed, b: Placed) => (a.jahr === b.jahr ? ROW_GAP : SCATTERED_GAP) * size;
  const placed: Placed[] = [];
  const series = Math.max(0, ...area.bars.map((bar) => bar.reihe));
  const first = area.bars.find((bar) => bar.reihe === 0);
  const last = area.bars.findLast((bar) => bar.reihe === series);
  const place = (bar: Bar, lifted: boolean) => {
    const width = labelWidth(bar.wert, area.art, size);
    // At the chart's edges a label may grow outward, into the margin kept for it.
    const xs = bar === first || bar === last ? outward(bar, width) : centred(bar, width);
    const options = xs.map((x) => (lifted ? lift(bar, x, width, size, area, placed, gap) : direct(bar, x, width, size)));
    // Of the lifted places, the lowest: the shortest line.
    const label = options.sort((a, b) => b.label.y - a.label.y).find((option) => fits(area, placed, option, gap));
    if (label) placed.push(label);
    return label !== undefined;
  };
  for (const group of highlights(area.bars)) {
    // A group's labels right above their bars first; lifted ones only where room is left.
    const rest = group.filter((bar) => !place(bar, false));
    for (const bar of rest) place(bar, true);
  }
  return placed.map((entry) => entry.label);
}

/** The bars whose values matter most, by importance: the last year's, the first year's, the highest, the lowest. */
function highlights(bars: readonly Bar[]): Bar[][] {
  const series = [...new Set(bars.map((bar) => bar.reihe))].sort((a, b) => a - b).map((reihe) => bars.filter((bar) => bar.reihe === reihe));
  const highest = (values: Bar[]) => values.reduce<Bar | undefined>((best, bar) => (best === undefined || bar.wert > best.wert ? bar : best), undefined);
  const lowest = (values: Bar[]) => values.reduce<Bar | undefined>((best, bar) => (best === undefined || bar.wert < best.wert ? bar : best), undefined);
  const seen = new Set<Bar>();
  return [(values: Bar[]) => values.at(-1), (values: Bar[]) => values[0], highest, lowest].map((choose) =>
    series.flatMap((values) => {
      const bar = choose(values);
      if (bar === undefined || seen.has(bar)) return [];
      seen.add(bar);
      return [bar];
    }),
  );
}

/** Where a label may be centred, preferring it to grow away from the other bars of its year; in the middle, to either side alike. */
function outward(bar: Bar, width: number): number[] {
  const centre = bar.x + bar.breite / 2;
  if (width <= bar.breite) return [centre];
  const leftAligned = bar.x + width / 2;
  const rightAligned = bar.x + bar.breite - width / 2;
  if (bar.seite === "mitte") return [centre, rightAligned, leftAligned];
  return bar.seite === "links" ? [rightAligned, centre, leftAligned] : [leftAligned, centre, rightAligned];
}

/** The same places, preferring the label centred on its bar, where it reads as that bar's. */
function centred(bar: Bar, width: number): number[] {
  const centre = bar.x + bar.breite / 2;
  return [centre, ...outward(bar, width).filter((x) => x !== centre)];
}

interface Placed {
  jahr: number;
  label: ValueLabel;
  /** The label's box, and its line's if it has one. */
  boxes: Box[];
}

function direct(bar: Bar, x: number, width: number, size: number): Placed {
  const y = baselineOver(bar.y, size);
  return { jahr: bar.jahr, label: { x: round(x), y: round(y), wert: bar.wert }, boxes: [textBox(x, y, width, size)] };
}

/** The label raised until it clears every bar and label beneath it, with a line down to its own bar. */
function lift(bar: Bar, x: number, width: number, size: number, area: Area, placed: readonly Placed[], gap: Spacing): Placed {
  const span = direct(bar, x, width, size);
  const [own = textBox(x, 0, width, size)] = span.boxes;
  const near = (box: Box, room: number) => box.left < own.right + room && own.left - room < box.right;
  const tops = [
    ...obstacles(area).filter((box) => near(box, GAP)).map((box) => box.top),
    ...placed.flatMap((entry) => {
      const room = gap(span, entry) + CLEARANCE;
      return entry.boxes.filter((box) => near(box, room)).map((box) => box.top - room + GAP);
    }),
  ];
  const y = baselineOver(Math.min(bar.y, ...tops), size);
  const box = textBox(x, y, width, size);
  const label = { x: round(x), y: round(y), wert: bar.wert };
  if (y >= span.label.y) return { ...span, label, boxes: [box] };
  const line = { x: round(bar.x + bar.breite / 2), y1: round(box.bottom), y2: round(bar.y - GAP / 2) };
  return { jahr: bar.jahr, label: { ...label, linie: line }, boxes: [box, { left: line.x - GAP / 2, right: line.x + GAP / 2, top: line.y1, bottom: line.y2 }] };
}

/** The space a label keeps from another. */
type Spacing = (candidate: Placed, other: Placed) => number;

/** Inside the chart, clear of every bar, and `gap` clear of every label placed before. */
function fits(area: Area, placed: readonly Placed[], candidate: Placed, gap: Spacing): boolean {
  const [box] = candidate.boxes;
  if (!box || box.left < 0 || box.right > area.width || box.top < 0) return false;
  const bars = obstacles(area);
  // Only the text keeps its gap from other labels; its line may pass close by them.
  return candidate.boxes.every(
    (own, index) => !bars.some((bar) => overlap(own, bar)) && !placed.some((entry) => entry.boxes.some((other) => overlap(own, other, index === 0 ? gap(candidate, entry) : 0))),
  );
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
