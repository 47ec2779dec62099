import type { Genus } from "./schema.js";

/**
 * Endings of the head nouns that institutions' names are built on, by gender. The first word of a
 * name that ends so is its head noun: "Kommunale Arbeitsförderung Musterkreis" → "Arbeitsförderung".
 */
const HEAD_NOUNS: readonly [Genus, RegExp][] = [
  ["n", /(center|zentrum|amt|büro|werk|haus|institut|referat|netzwerk|bündnis|team)$/iu],
  ["f", /(ung|heit|keit|schaft|ion|tät|agentur|anstalt|stelle|arbeit|behörde|initiative|kommune|stadt|gmbh)$/iu],
  ["m", /(service|dienst|betrieb|verbund|träger|verband|bereich|kreis)$/iu],
];

/** A word that names an institution's kind ("Initiative", "Jobcenter"), never an adjective before it. */
export function isHeadNoun(word: string): boolean {
  return HEAD_NOUNS.some(([, ending]) => ending.test(word));
}

/** The head noun of an institution's name and the gender it suggests; undefined when none is known. */
export function guessGenus(name: string): { genus: Genus; noun: string } | undefined {
  // A compound with a hyphen is one word named by its last part: "Jobcenter-Verbund" is der Verbund.
  for (const word of name.split(/[^\p{L}-]+/u).filter(Boolean)) {
    for (const [genus, ending] of HEAD_NOUNS) if (ending.test(word)) return { genus, noun: word };
  }
  return undefined;
}
