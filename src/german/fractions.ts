import type { Naeherung } from "../derive/nearest-landmark.js";
import { numberWord } from "./format.js";

const DENOMINATOR_NOUNS: Record<number, string> = { 3: "Drittel", 4: "Viertel", 5: "Fünftel", 10: "Zehntel" };

export interface Fraction {
  zaehler: number;
  nenner: number;
  /** "genau" prints the fraction alone: 25 % is "ein Viertel", 25,3 % "rund ein Viertel". */
  naeherung: Naeherung;
}

/** { 1, 4, gut } → "gut ein Viertel"; { 1, 2, knapp } → "knapp die Hälfte"; { 3, 4, genau } → "drei Viertel". */
export function fractionWords(fraction: Fraction): string {
  const { zaehler, nenner, naeherung } = fraction;
  const amount = nenner === 2 ? "die Hälfte" : `${numberWord(zaehler)} ${DENOMINATOR_NOUNS[nenner] ?? `${nenner}tel`}`;
  return naeherung === "genau" ? amount : `${naeherung} ${amount}`;
}
