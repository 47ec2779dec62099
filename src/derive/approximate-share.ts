import { nearestLandmark, type Naeherung } from "./nearest-landmark.js";

/**
 * The simple fraction nearest to a share: "gut ein Viertel" for 104 of 407 (25,6 %).
 * A fraction fits only within a tenth of itself and at most 3 points: 12,4 % is no "gut ein Zehntel"
 * (the template then shows a percentage).
 */
export interface ShareFraction {
  zaehler: number;
  nenner: number;
  naeherung: Naeherung;
}

/** Fractions a reader grasps at once; of the tenths only "ein Zehntel" and "neun Zehntel". */
const CANDIDATES = [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [3, 5], [4, 5], [1, 10], [9, 10]]
  .map(([zaehler = 0, nenner = 1]) => ({ zaehler, nenner, value: zaehler / nenner }));
const MAX_DISTANCE = 0.03;
const MAX_RELATIVE_DISTANCE = 0.1;

export function approximateShare(share: number): ShareFraction | undefined {
  const { landmark, distance, naeherung } = nearestLandmark(share, CANDIDATES);
  if (Math.abs(distance) > Math.min(MAX_DISTANCE, MAX_RELATIVE_DISTANCE * landmark.value)) return undefined;
  return { zaehler: landmark.zaehler, nenner: landmark.nenner, naeherung };
}
