import { formatInteger, numberWord } from "./format.js";

export type Genus = "f" | "m" | "n";

/**
 * A count with the noun that agrees with it: "eine Person", "16.726 Personen", "0 Personen"
 * ("keine" would need the case of the sentence);
 * with `words`, 2–12 are spelled out ("zwölf Jahre"). `genus` picks "eine" or "ein" for one.
 */
export function countPhrase(count: number, singular: string, plural: string, options: { genus?: Genus; words?: boolean } = {}): string {
  if (count === 1) return `${options.genus === "f" ? "eine" : "ein"} ${singular}`;
  const number = options.words && count <= 12 ? numberWord(count) : formatInteger(count);
  return `${number} ${plural}`;
}
