/**
 * Sorts a change between two values into the rows of the wording table (README, "Wann eine
 * Entwicklung wie heißt"). Ratio = new / old, rate = ratio − 1:
 *
 * | stufe               | when                                                  |
 * |---------------------|-------------------------------------------------------|
 * | unveraendert        | new = old                                             |
 * | nahezu_unveraendert | |rate| < 2 %                                           |
 * | leicht              | 2 % ≤ |rate| < 10 %                                   |
 * | deutlich            | 10 % ≤ |rate| < 17,5 %                                |
 * | bruch               | |rate| ≥ 17,5 %: the nearest simple fraction of change |
 * | faktor              | ratio nearer to 2, 3 … 10 than to any fraction        |
 * | ab_null / auf_null  | old = 0 (no rate exists) / new = 0                    |
 *
 * From 17,5 % on, every ratio takes its nearest landmark, so neighbouring values never fall on
 * either side of a gap ("nahezu verdoppelt" at +92 %, but no word at +90 %).
 */
export type Stufe = "unveraendert" | "nahezu_unveraendert" | "leicht" | "deutlich" | "bruch" | "faktor" | "ab_null" | "auf_null";
export type Richtung = "gesunken" | "gestiegen" | "gleich";
/** How the value relates to its landmark: "genau" when the rounded percentage is the landmark's. */
export type Naeherung = "genau" | "rund" | "knapp" | "gut";

export interface Landmark {
  /** A fraction of the old value ("um ein Viertel") … */
  zaehler: number;
  nenner: number;
  /** … or a multiple (2 = verdoppelt, 10 = verzehnfacht); 0 for a fraction. */
  faktor: number;
  /** Below the landmark ("knapp ein Viertel", "nahezu verdoppelt") or above ("gut", "mehr als"). */
  naeherung: Naeherung;
}

export interface ChangeClass {
  richtung: Richtung;
  stufe: Stufe;
  /** For `bruch` and `faktor`: the landmark the change is worded by. */
  marke?: Landmark;
  /** `bruch` with the fraction one half of a fall: "halbiert". */
  halbiert: boolean;
}

const FRACTIONS = [[1, 5], [1, 4], [1, 3], [2, 5], [1, 2], [3, 5], [2, 3], [3, 4], [4, 5], [9, 10]] as const;
/** Rises beyond three quarters are multiples: a rise of 9/10 reads "nahezu verdoppelt". */
const RISE_FRACTIONS = FRACTIONS.filter(([z, n]) => z / n <= 0.75);
const FACTORS = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const NOISE = 0.02;
const SLIGHT = 0.1;
const LANDMARKS_FROM = 0.175;
/** "rund" within half a percentage point of the landmark (of the old value). */
const ROUND = 0.005;

export function classifyChange(alt: number, neu: number): ChangeClass {
  const richtung: Richtung = neu < alt ? "gesunken" : neu > alt ? "gestiegen" : "gleich";
  const plain = (stufe: Stufe, direction = richtung): ChangeClass => ({ richtung: direction, stufe, halbiert: false });
  if (neu === alt) return plain("unveraendert");
  if (alt === 0) return plain("ab_null");
  if (neu === 0) return plain("auf_null");
  const rate = neu / alt - 1;
  const size = round9(Math.abs(rate));
  // Below the threshold the direction is noise: texts must not say "also fell" of it.
  if (size < NOISE) return plain("nahezu_unveraendert", "gleich");
  if (size < SLIGHT) return plain("leicht");
  if (size < LANDMARKS_FROM) return plain("deutlich");
  const candidates: { value: number; zaehler: number; nenner: number; faktor: number }[] =
    rate < 0
      ? FRACTIONS.map(([zaehler, nenner]) => ({ value: zaehler / nenner, zaehler, nenner, faktor: 0 }))
      : [
          ...RISE_FRACTIONS.map(([zaehler, nenner]) => ({ value: zaehler / nenner, zaehler, nenner, faktor: 0 })),
          ...FACTORS.map((faktor) => ({ value: faktor - 1, zaehler: 0, nenner: 0, faktor })),
        ];
  // Strictly nearer only: on a tie the smaller change wins, so the words never overstate.
  let best = candidates[0]!;
  for (const candidate of candidates) if (Math.abs(size - candidate.value) < Math.abs(size - best.value) - 1e-12) best = candidate;
  const distance = round9(size - best.value);
  const exact = Math.round(size * 1000) === Math.round(best.value * 1000);
  const naeherung: Naeherung = exact ? "genau" : Math.abs(distance) <= ROUND ? "rund" : distance < 0 ? "knapp" : "gut";
  const marke: Landmark = { zaehler: best.zaehler, nenner: best.nenner, faktor: best.faktor, naeherung };
  return { richtung, stufe: best.faktor > 0 ? "faktor" : "bruch", marke, halbiert: rate < 0 && best.zaehler === 1 && best.nenner === 2 };
}

/** Rounded to nine places, so that 0.9 lies exactly 10 % below 1, as the table says. */
function round9(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
