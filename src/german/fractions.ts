import type { ShareFraction } from "../derive/approximate-share.js";
import { numberWord } from "./format.js";

const DENOMINATOR_NOUNS: Record<number, string> = { 3: "Drittel", 4: "Viertel", 5: "Fünftel", 10: "Zehntel" };

/** { 1, 4, gut } → "gut ein Viertel"; { 1, 2, knapp } → "knapp die Hälfte". */
export function fractionWords(fraction: ShareFraction): string {
  const { zaehler, nenner, naeherung } = fraction;
  const amount = nenner === 2 ? "die Hälfte" : `${numberWord(zaehler)} ${DENOMINATOR_NOUNS[nenner] ?? `${nenner}tel`}`;
  return `${naeherung} ${amount}`;
}
