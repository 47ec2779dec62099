import { nearestLandmark, roundPercent, type Naeherung } from "./nearest-landmark.js";

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
 * | punkte              | a quote that changed: worded in percentage points     |
 *
 * From 17,5 % on, every ratio takes its nearest landmark, so neighbouring values never fall on
 * either side of a gap ("nahezu verdoppelt" at +92 %, but no word at +90 %). Below a multiple of
 * three or more, "nahezu" needs to be within a twentieth of it; further below, the multiple beneath
 * it is "mehr als".
 */
export type Stufe = "unveraendert" | "nahezu_unveraendert" | "leicht" | "deutlich" | "bruch" | "faktor" | "ab_null" | "auf_null" | "punkte";
/** The direction as a code; the templates word it ("gestiegen", "gesunken"). */
export type Richtung = "auf" | "ab" | "gleich";

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
/** "nahezu verdreifacht" only within a twentieth of three; 2,5-fold is "mehr als verdoppelt". */
const NEARLY_MULTIPLE = 0.05;

const fraction = ([zaehler, nenner]: readonly [number, number]) => ({ value: zaehler / nenner, zaehler, nenner, faktor: 0 });
const FALL_CANDIDATES = FRACTIONS.map(fraction);
const RISE_CANDIDATES = [...RISE_FRACTIONS.map(fraction), ...FACTORS.map((faktor) => ({ value: faktor - 1, zaehler: 0, nenner: 0, faktor }))];

/** Classified on the rate as the texts print it (one decimal), so one printed figure has one wording. */
export function classifyChange(alt: number, neu: number): ChangeClass {
  const richtung: Richtung = neu < alt ? "ab" : neu > alt ? "auf" : "gleich";
  const plain = (stufe: Stufe, direction = richtung): ChangeClass => ({ richtung: direction, stufe, halbiert: false });
  if (neu === alt) return plain("unveraendert");
  if (alt === 0) return plain("ab_null");
  if (neu === 0) return plain("auf_null");
  const rate = neu / alt - 1;
  const size = roundPercent(Math.abs(rate));
  // Below the threshold the direction is noise: texts must not say "also fell" of it.
  if (size < NOISE) return plain("nahezu_unveraendert", "gleich");
  if (size < SLIGHT) return plain("leicht");
  if (size < LANDMARKS_FROM) return plain("deutlich");
  let found = nearestLandmark(size, rate < 0 ? FALL_CANDIDATES : RISE_CANDIDATES);
  const { faktor } = found.landmark;
  // Far below a multiple, the one beneath it is the true statement ("mehr als verdoppelt").
  if (faktor > 2 && found.naeherung === "knapp" && -found.distance > NEARLY_MULTIPLE * faktor) {
    found = { landmark: RISE_CANDIDATES.find((candidate) => candidate.faktor === faktor - 1)!, distance: 1, naeherung: "gut" };
  }
  const { zaehler, nenner } = found.landmark;
  const marke: Landmark = { zaehler, nenner, faktor: found.landmark.faktor, naeherung: found.naeherung };
  return { richtung, stufe: marke.faktor > 0 ? "faktor" : "bruch", marke, halbiert: rate < 0 && zaehler === 1 && nenner === 2 };
}
