import { isHeadNoun } from "../validate/head-noun.js";
import type { Genus } from "../validate/schema.js";

/**
 * An institution's name with its definite article, declined by the name's grammatical gender:
 * "Kommunales Jobcenter X" → "das Kommunale Jobcenter X", "dem Kommunalen Jobcenter X";
 * "Kommunale Arbeitsförderung X" → "die Kommunale Arbeitsförderung X", "der Kommunalen …";
 * "Kommunaler Arbeitsmarktservice X" → "der Kommunale Arbeitsmarktservice X".
 * Leading adjectives in their strong form (the form a name has without article) take the weak
 * ending after it; the head noun and everything after it stay as written.
 */
export type Kasus = "nominativ" | "akkusativ" | "dativ";

const ARTICLES: Record<Kasus, Record<Genus, string>> = {
  nominativ: { f: "die", m: "der", n: "das" },
  akkusativ: { f: "die", m: "den", n: "das" },
  dativ: { f: "der", m: "dem", n: "dem" },
};
const STRONG_ENDING: Record<Genus, string> = { f: "e", m: "er", n: "es" };
const WEAK_ENDING: Record<Kasus, Record<Genus, string>> = {
  nominativ: { f: "e", m: "e", n: "e" },
  akkusativ: { f: "e", m: "en", n: "e" },
  dativ: { f: "en", m: "en", n: "en" },
};

export function withArticle(name: string, kasus: Kasus = "nominativ", genus: Genus = "n", capital = false): string {
  const text = `${ARTICLES[kasus][genus]} ${declineAdjectives(name, kasus, genus)}`;
  return capital ? text[0]?.toUpperCase() + text.slice(1) : text;
}

/** Every form the name takes in the texts, as written and declined, for words that must never be hyphenated. */
export function nameForms(name: string, genus: Genus = "n"): string[] {
  return [name, ...(["nominativ", "akkusativ", "dativ"] as const).map((kasus) => declineAdjectives(name, kasus, genus))];
}

function declineAdjectives(name: string, kasus: Kasus, genus: Genus): string {
  const words = name.trim().split(/\s+/);
  const ending = STRONG_ENDING[genus];
  const head = words.findIndex((word) => isHeadNoun(word));
  // Only words before the head noun (or, without one, before the last word) can be adjectives.
  const end = head >= 0 ? head : words.length - 1;
  for (let index = 0; index < end; index++) {
    const word = words[index] ?? "";
    if (!word.endsWith(ending) || !isAdjective(word.slice(0, -ending.length), genus, head >= 0)) break;
    words[index] = `${word.slice(0, -ending.length)}${WEAK_ENDING[kasus][genus]}`;
  }
  return words.join(" ");
}

/**
 * Stems that make an adjective or participle, capitalised in a name or not ("Kommunal-",
 * "kommunal-", "Neu-", "Zugelassen-", "Optierend-", "Rheinisch-Bergisch-").
 */
const ADJECTIVE_STEM = /^[\p{L}-]*(al|el|isch|lich|ig|iv|är|ar|sam|bar|haft|neu|ell|ier|ert|igt|end|zugelassen)$/iu;

/**
 * Before a known head noun, any word in the strong ending is an adjective ("Große Kreisstadt",
 * "Kreisfreie Stadt") – except "-er" words, which may be places ("Hagener"), and need an adjective's
 * stem; without a head noun every word needs one, so that a noun ("Träger") is left as it is.
 */
function isAdjective(stem: string, genus: Genus, beforeHead: boolean): boolean {
  return (beforeHead && genus !== "m") || ADJECTIVE_STEM.test(stem);
}
