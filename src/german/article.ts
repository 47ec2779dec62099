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
  // Only words before the last one can be adjectives: a name ends in a noun or a place.
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index] ?? "";
    if (!word.endsWith(ending) || isHeadNoun(word) || !ADJECTIVE_STEM.test(word.slice(0, -ending.length))) break;
    words[index] = `${word.slice(0, -ending.length)}${WEAK_ENDING[kasus][genus]}`;
  }
  return words.join(" ");
}

/**
 * Stems that make an adjective or participle, capitalised in a name or not ("Kommunal-", "kommunal-",
 * "Neu-", "Zugelassen-", "Optierend-"): a noun that only ends like one ("Träger", "Initiative",
 * "Jobcenter") is left as it is.
 */
const ADJECTIVE_STEM = /^\p{L}*(al|el|isch|lich|ig|iv|är|ar|sam|bar|haft|neu|ell|ier|ert|igt|en|end)$/iu;
