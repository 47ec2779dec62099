import type { Kasus } from "./article.js";
import type { Genus } from "../validate/schema.js";
import { countWord, formatInteger } from "./format.js";

/** "ein"/"kein" in each case and gender, singular; the plural of "kein" is "keine"/"keinen". */
const ONE: Record<Kasus, Record<Genus, string>> = {
  nominativ: { f: "eine", m: "ein", n: "ein" },
  akkusativ: { f: "eine", m: "einen", n: "ein" },
  dativ: { f: "einer", m: "einem", n: "einem" },
};

/**
 * A count with the noun that agrees with it, in the case of its sentence: "eine Person",
 * "mit einer Person", "16.726 Personen", "keine Personen" (dative "keinen"). Counts up to twelve
 * are words in running text ("zwölf Jahre"), as newspapers write them; `digits` keeps digits.
 * `plural` is the plural in the sentence's case ("Fällen" in the dative).
 */
export function countPhrase(
  count: number,
  singular: string,
  plural: string,
  options: { genus?: Genus; kasus?: Kasus; digits?: boolean } = {},
): string {
  const kasus = options.kasus ?? "nominativ";
  if (count === 1) return `${ONE[kasus][options.genus ?? "n"]} ${singular}`;
  if (count === 0) return `${kasus === "dativ" ? "keinen" : "keine"} ${plural}`;
  return `${options.digits ? formatInteger(count) : countWord(count)} ${plural}`;
}

/** The dative plural: an -n is added unless the plural ends in -n or -s ("Kindern", "Fällen", but "Personen", "Autos"). */
export function dativePlural(plural: string): string {
  return /[ns]$/.test(plural) ? plural : `${plural}n`;
}
