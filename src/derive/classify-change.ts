/**
 * Sorts a change between two values into the classes the templates word.
 * Thresholds (ratio = new / old, rate = ratio − 1):
 *
 * | class         | when                                   | nahezu when          |
 * |---------------|----------------------------------------|----------------------|
 * | unveraendert  | |rate| < 2 %                           | –                    |
 * | halbiert      | |ratio − 0,5| ≤ 0,05                   | |ratio − 0,5| > 0,005 |
 * | verdoppelt    | |ratio − 2| ≤ 0,1                      | |ratio − 2| > 0,01   |
 * | leicht        | 2 % ≤ |rate| < 10 %                    | –                    |
 * | deutlich      | |rate| ≥ 10 %, none of the above       | –                    |
 */
export type Stufe = "unveraendert" | "leicht" | "deutlich" | "halbiert" | "verdoppelt";
export type Richtung = "gesunken" | "gestiegen" | "gleich";

export interface ChangeClass {
  richtung: Richtung;
  stufe: Stufe;
  /** The halving or doubling is approximate ("nahezu halbiert"). */
  nahezu: boolean;
}

export function classifyChange(alt: number, neu: number): ChangeClass {
  const richtung: Richtung = neu < alt ? "gesunken" : neu > alt ? "gestiegen" : "gleich";
  if (alt === 0) return { richtung, stufe: neu === 0 ? "unveraendert" : "deutlich", nahezu: false };
  const ratio = neu / alt;
  const rate = distance(ratio, 1);
  // Below the threshold the direction is noise: texts must not say "also fell" of it.
  if (rate < 0.02) return { richtung: "gleich", stufe: "unveraendert", nahezu: false };
  if (distance(ratio, 0.5) <= 0.05) return { richtung, stufe: "halbiert", nahezu: distance(ratio, 0.5) > 0.005 };
  if (distance(ratio, 2) <= 0.1) return { richtung, stufe: "verdoppelt", nahezu: distance(ratio, 2) > 0.01 };
  return { richtung, stufe: rate < 0.1 ? "leicht" : "deutlich", nahezu: false };
}

/** |a − b| rounded to nine places, so that 0.9 lies exactly 10 % below 1, as the table says. */
function distance(a: number, b: number): number {
  return Math.round(Math.abs(a - b) * 1e9) / 1e9;
}
