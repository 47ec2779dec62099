import type { Art } from "../german/format.js";
import { roundPercent } from "./nearest-landmark.js";
import { classifyChange, type ChangeClass } from "./classify-change.js";

/** A change between two years of a series, as the texts and tables tell it. */
export interface Development {
  /** What the values are: a quote changes in percentage points, the others in percent. */
  art: Art;
  von: { jahr: number; wert: number };
  bis: { jahr: number; wert: number };
  differenz: number;
  /** Relative change; null when it starts from zero and no percentage exists. */
  rate: number | null;
  klasse: ChangeClass;
}

/** A series in the report year and the comparisons its data allows. */
export interface SeriesFigures {
  art: Art;
  bis: { jahr: number; wert: number };
  /** Against the year before the report year, when the series holds it. */
  vorjahr: Development | null;
  /** Against the comparison base (`basis` of the edition), when the series holds it. */
  langfrist: Development | null;
  /** Base → previous year: what the long-term comparison said a year ago. */
  langfristVorjahr: Development | null;
}

export function development(values: Record<string, number>, von: number, bis: number, art: Art = "anzahl"): Development {
  const start = values[von] ?? 0;
  const end = values[bis] ?? 0;
  return {
    art,
    von: { jahr: von, wert: start },
    bis: { jahr: bis, wert: end },
    // A quote's change is told in points, to the one decimal quotes have: 25,4 − 24,1 is 1,3, not 1,2999….
    differenz: art === "quote" ? Math.round((end - start) * 10) / 10 : end - start,
    rate: start === 0 ? null : end / start - 1,
    klasse: art === "quote" ? pointsClass(start, end) : classifyChange(start, end),
  };
}

/** A quote rises or falls by any tenth of a point: its wording names the points, not a degree. */
function pointsClass(start: number, end: number): ChangeClass {
  const difference = Math.round((end - start) * 10);
  return { richtung: difference > 0 ? "auf" : difference < 0 ? "ab" : "gleich", stufe: difference === 0 ? "unveraendert" : "punkte", halbiert: false };
}

/** Compares a series with the previous year and with `basis`, each only where the data holds it: never an invented comparison. */
export function compareSeries(values: Record<string, number>, berichtsjahr: number, basis: number | null, art: Art = "anzahl"): SeriesFigures {
  const has = (year: number | null): year is number => year !== null && values[year] !== undefined;
  const vorjahr = berichtsjahr - 1;
  return {
    art,
    bis: { jahr: berichtsjahr, wert: values[berichtsjahr] ?? 0 },
    vorjahr: has(vorjahr) ? development(values, vorjahr, berichtsjahr, art) : null,
    langfrist: has(basis) ? development(values, basis, berichtsjahr, art) : null,
    langfristVorjahr: has(basis) && has(vorjahr) && basis < vorjahr ? development(values, basis, vorjahr, art) : null,
  };
}

/**
 * The base of the long-term comparison: the earliest year of the series before the previous year
 * (the founding year where the data reaches back to it). The previous year is its own comparison.
 */
export function comparisonBase(values: Record<string, number>, berichtsjahr: number): number | null {
  const earlier = Object.keys(values).map(Number).filter((year) => year < berichtsjahr - 1);
  return earlier.length === 0 ? null : Math.min(...earlier);
}

/**
 * The size of a change as the texts print it. A start from zero has no rate; it never competes,
 * since households and persons start from zero together (a person lives in a household).
 */
export function printedSize(change: Development): number {
  return change.rate === null ? 0 : roundPercent(Math.abs(change.rate));
}

const MULTIPLES = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * How far a long-term change has come, as the texts print it: 1 once a fall has halved the base
 * value, the multiple (2 … 10) once a rise has reached it, else 0. A milestone is news in the year
 * this level goes up, never when the series merely stays past it or slips back.
 */
export function milestoneLevel(change: Development | null): number {
  if (change === null || change.rate === null) return 0;
  const rate = roundPercent(change.rate);
  if (rate <= -0.5) return 1;
  return MULTIPLES.find((factor) => rate >= factor - 1) ?? 0;
}
