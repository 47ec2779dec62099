/**
 * The simple fraction nearest to a share, and how it relates to it:
 * "rund" within ±0,5 percentage points, otherwise "knapp" (share below the fraction) or "gut" (above).
 * A fraction fits only within a tenth of itself and at most 3 points: 12,4 % is no "gut ein Zehntel"
 * (the template then shows a percentage).
 */
export type Naeherung = "rund" | "knapp" | "gut";

export interface ShareFraction {
  zaehler: number;
  nenner: number;
  naeherung: Naeherung;
}

/** Fractions a reader grasps at once; of the tenths only "ein Zehntel" and "neun Zehntel". */
const CANDIDATES = [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [3, 5], [4, 5], [1, 10], [9, 10]] as const;
const ROUND_TOLERANCE = 0.005;
const MAX_DISTANCE = 0.03;
const MAX_RELATIVE_DISTANCE = 0.1;

export function approximateShare(share: number): ShareFraction | undefined {
  let best: { zaehler: number; nenner: number; distance: number } | undefined;
  for (const [zaehler, nenner] of CANDIDATES) {
    // Rounded so that 25,5 % lies exactly 0,5 points above a quarter.
    const distance = Math.round((share - zaehler / nenner) * 1e9) / 1e9;
    // Strictly better only: smaller denominators come first and win ties.
    if (!best || Math.abs(distance) < Math.abs(best.distance)) best = { zaehler, nenner, distance };
  }
  if (!best || Math.abs(best.distance) > Math.min(MAX_DISTANCE, (MAX_RELATIVE_DISTANCE * best.zaehler) / best.nenner)) return undefined;
  const naeherung: Naeherung = Math.abs(best.distance) <= ROUND_TOLERANCE ? "rund" : best.distance < 0 ? "knapp" : "gut";
  return { zaehler: best.zaehler, nenner: best.nenner, naeherung };
}
