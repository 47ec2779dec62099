/**
 * The simple fraction nearest to a share, and how it relates to it:
 * "rund" within ±0,5 percentage points, otherwise "knapp" (share below the fraction) or "gut" (above).
 * Shares further than 3 points from every candidate get no fraction (the template then shows a percentage).
 */
export type Naeherung = "rund" | "knapp" | "gut";

export interface ShareFraction {
  zaehler: number;
  nenner: number;
  naeherung: Naeherung;
}

const DENOMINATORS = [2, 3, 4, 5, 10] as const;
const ROUND_TOLERANCE = 0.005;
const MAX_DISTANCE = 0.03;

export function approximateShare(share: number): ShareFraction | undefined {
  let best: { zaehler: number; nenner: number; distance: number } | undefined;
  for (const nenner of DENOMINATORS) {
    for (let zaehler = 1; zaehler < nenner; zaehler++) {
      if (gcd(zaehler, nenner) !== 1) continue;
      const distance = share - zaehler / nenner;
      // Strictly better only: smaller denominators come first and win ties.
      if (!best || Math.abs(distance) < Math.abs(best.distance) - 1e-12) best = { zaehler, nenner, distance };
    }
  }
  if (!best || Math.abs(best.distance) > MAX_DISTANCE) return undefined;
  const naeherung: Naeherung = Math.abs(best.distance) <= ROUND_TOLERANCE ? "rund" : best.distance < 0 ? "knapp" : "gut";
  return { zaehler: best.zaehler, nenner: best.nenner, naeherung };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
