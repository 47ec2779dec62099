import { describe, expect, it } from "vitest";
import { renderVariant } from "../helpers/variant.js";
import { CASES, households, realContact, WORDING, yearOnYear } from "./variant-cases.js";

describe("the wording table, row by row", () => {
  it.each(WORDING)("10.000 in 2012 → %i in 2018", (to, sentence, headline) => {
    const { release } = renderVariant(households(10000, to), realContact);
    expect(release).toContain(`Die Zahl der Bedarfsgemeinschaften ${sentence.replace(/^ist /, "ist seitdem ")}`);
    expect(release).toContain(`Zahl der Bedarfsgemeinschaften seit 2012 ${headline} Bilanz`);
    expect(release).toMatch(/Auch die Zahl der Menschen, die in diesen Haushalten leben, ist seitdem (mit|um|leicht|deutlich|von)/);
  });

  it.each(WORDING)("10.000 in 2017 → %i in 2018", (to, sentence, _, headline) => {
    const { release, headline: shown } = renderVariant(yearOnYear(10000, to), realContact);
    const yearly = /gegenüber [\d.]+ nahezu/.test(sentence) ? sentence.replace(" nahezu", " im Vorjahr nahezu") : sentence.replace(/^ist /, "ist gegenüber dem Vorjahr ");
    expect(release).toContain(`Die Zahl der Bedarfsgemeinschaften ${yearly}`);
    expect(shown).toBe(headline);
    expect(release).toMatch(/Auch die Zahl der Menschen, die in diesen Haushalten leben, ist (gegenüber dem Vorjahr|mit)/);
    expect(release).not.toContain("seitdem");
  });
});

const ALL = [
  ...CASES.map(({ edition, publisher }) => renderVariant(edition, publisher ?? realContact)),
  ...WORDING.map(([to]) => renderVariant(households(10000, to), realContact)),
  ...WORDING.map(([to]) => renderVariant(yearOnYear(10000, to), realContact)),
];

describe("in every variant", () => {
  it("renders at least 25 variants", () => expect(ALL.length).toBeGreaterThanOrEqual(25));
  it("chooses a headline of at most 75 characters that leads with the news, not the sender", () => {
    for (const variant of ALL.filter((v) => !/Kommunales Jobcenter Erzgebirgskreis: Zahl/.test(v.headline))) {
      expect([...variant.headline].length, variant.headline).toBeGreaterThan(20);
      expect([...variant.headline].length, variant.headline).toBeLessThanOrEqual(75);
      expect(variant.headline).not.toMatch(/Jobcenter|Arbeitsförderung|Arbeitsmarktservice|Pro Arbeit/);
    }
  });
  it.each([
    ["no sentence starts with a digit", /(?<!Nr)[.!?]\s+\d/],
    ["no placements counted as people", /(Menschen|Personen)[^.;]*(vermittelt|in Arbeit oder Ausbildung)/],
    ["no „0 Personen“", /\b0 Personen/],
    ["no doubled or stray quote marks", /„„|““|„‚|‘“|”“|’“|["”»«›‹]/],
    ["no „,0 Prozent“", /,0 Prozent/],
    ["no sign beside the word Prozent", /[−+]\d[\d.,]* Prozent/],
    ["no period from a year to the same year", /\b(\d{4}) bis \1\b|\b(\d{4})–\2\b/],
  ])("%s", (_, pattern) => {
    for (const variant of ALL) {
      expect(variant.release).not.toMatch(pattern);
      // The fact sheet's tiles and tables are no sentences: its paragraphs are.
      expect(variant.paragraphs.join("\n")).not.toMatch(pattern);
      expect(variant.plainText).not.toMatch(pattern);
    }
  });

  it("starts no paragraph with a digit, in either document", () => {
    for (const variant of ALL) for (const paragraph of variant.paragraphs) expect(paragraph).not.toMatch(/^\d/);
  });
});

describe("print and e-mail", () => {
  it("never hyphenates the job centre's name, declined or not", () => {
    // "Das Kommunale Jobcenter …" declines the name "Kommunales Jobcenter …": both forms are the name.
    const printed = renderVariant({}, realContact).printRelease();
    expect(printed).toContain("\u00ad"); // the body text is hyphenated …
    for (const word of ["Kommunale", "Kommunales", "Erzgebirgskreis", "Reißmann"]) {
      // The word as printed, with or without soft hyphens between its letters.
      const printedForms = printed.match(new RegExp(`(?<![\\p{L}\u00ad])${[...word].join("\u00ad?")}(?![\\p{L}\u00ad])`, "gu")) ?? [];
      expect(printedForms.length, word).toBeGreaterThan(0);
      expect(printedForms.filter((form) => form !== word), word).toEqual([]);
    }
  });

  it("keeps E-Mail and Telefon on the line of their address and number in the e-mail text", () => {
    const long = { ...realContact, "pressestelle.name": "Pressestelle und Öffentlichkeitsarbeit des Landratsamtes", "pressestelle.email": "pressestelle.oeffentlichkeitsarbeit@landratsamt-kreis-musterland.de" };
    const { plainText } = renderVariant({}, long);
    expect(plainText).toContain("\nE-Mail pressestelle.oeffentlichkeitsarbeit@landratsamt-kreis-musterland.de");
    for (const variant of [...ALL, renderVariant({}, long)]) expect(variant.plainText).not.toMatch(/(E-Mail|Telefon)\s*\n/);
  });
});

describe("the texts for any data: sentences an editor expects", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, { edition, publisher, release = [], factSheet = [], absent = [], warning }) => {
    const variant = renderVariant(edition, publisher ?? realContact);
    for (const sentence of release) expect(variant.release).toContain(sentence);
    for (const sentence of factSheet) expect(variant.factSheet).toContain(sentence);
    for (const pattern of absent) expect(`${variant.release}\n${variant.factSheet}`).not.toMatch(pattern);
    const warnings = variant.warnings.map((problem) => problem.message).join("\n");
    if (warning) expect(warnings).toMatch(warning);
    else expect(warnings).toBe("");
  });
});
