/**
 * A neuter institution name with its definite article, declined: "Kommunales Jobcenter X" →
 * "das Kommunale Jobcenter X" (nominative/accusative) or "dem Kommunalen Jobcenter X" (dative).
 * Leading adjectives in their strong form ("-es") take the weak ending after the article.
 */
export type Kasus = "nominativ" | "dativ";

export function withArticle(name: string, kasus: Kasus = "nominativ", capital = false): string {
  const article = kasus === "dativ" ? "dem" : "das";
  const weakEnding = kasus === "dativ" ? "en" : "e";
  const words = name.trim().split(/\s+/);
  let index = 0;
  while (index < words.length - 1 && /^\p{Lu}\p{Ll}+es$/u.test(words[index] ?? "")) {
    words[index] = `${(words[index] ?? "").slice(0, -2)}${weakEnding}`;
    index++;
  }
  const text = `${article} ${words.join(" ")}`;
  return capital ? text[0]?.toUpperCase() + text.slice(1) : text;
}
