/**
 * The landmark nearest to a value ("ein Viertel" for 0,253) and how the value relates to it, for
 * shares and for changes alike, so that both are worded by one rule.
 */
export type Naeherung = "genau" | "rund" | "knapp" | "gut";

/** Within half a percentage point: "rund". */
const ROUND = 0.005;

/**
 * `genau` when the value, rounded to a tenth of a percent as the texts print it, is the landmark's;
 * `rund` within half a point; otherwise `knapp` (below) or `gut` (above). On a tie the first
 * candidate wins, so list the smaller ones first: the words never overstate.
 */
export function nearestLandmark<T extends { value: number }>(value: number, candidates: readonly T[]): { landmark: T; distance: number; naeherung: Naeherung } {
  const printed = roundPercent(value);
  let landmark = candidates[0] as T;
  for (const candidate of candidates) if (Math.abs(printed - candidate.value) < Math.abs(printed - landmark.value) - 1e-9) landmark = candidate;
  const distance = Math.round((printed - landmark.value) * 1e9) / 1e9;
  const naeherung: Naeherung = printed === roundPercent(landmark.value) ? "genau" : Math.abs(distance) <= ROUND ? "rund" : distance < 0 ? "knapp" : "gut";
  return { landmark, distance, naeherung };
}

/**
 * 0.17496 → 0.175: the value as a percentage with one decimal shows it; halves round up. Rounded
 * first to nine places, so that 0.6335 (2000 → 733, stored as 0.63349999…) counts as the half it is.
 * The texts print exactly this value (german/format.ts).
 */
export function roundPercent(value: number): number {
  return Math.round(Math.round(value * 1e9) / 1e6) / 1000;
}
