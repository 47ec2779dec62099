import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.js";
import { BUILT_IN_FIGURES, FIXED_SERIES } from "../../src/validate/built-in-figures.js";
import { catalogueFileSchema } from "../../src/validate/catalogue.js";
import { validateCatalogue } from "../../src/validate/validate-catalogue.js";

const FILE = "data/kennzahlen.yaml";
const catalogue = (text: string) => validateCatalogue(FILE, { file: FILE, text });
const problems = (text: string) => {
  const result = catalogue(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};

const OWN = `eigene_quote:
  art: quote
  bezeichnung: Eigene Quote
  satz: { subjekt: die eigene Quote, genus: f, numerus: sg }
  messung: jahreswert
`;

describe("the figure catalogue", () => {
  it("holds built-in definitions that pass the catalogue file's own schema", () => {
    expect(catalogueFileSchema().safeParse(BUILT_IN_FIGURES).success).toBe(true);
    for (const definition of Object.values(FIXED_SERIES)) expect(catalogueFileSchema().safeParse({ beispiel: definition }).success).toBe(true);
  });

  it("is listed in the README as it is built in: key, bezeichnung, art, messung, bound", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z0-9_]+)` \| ([^|]+) \| (\w+) \| (\w+) \| ?(?:`([a-z0-9_]+)`)? ?\|$/gm)].map((match) => [match[1], match[2]?.trim(), match[3], match[4], match[5]]);
    expect(rows).toEqual(Object.entries(BUILT_IN_FIGURES).map(([key, definition]) => [key, definition.bezeichnung, definition.art, definition.messung, definition.hoechstens]));
  });

  it("is the built-in one without a file, and the file's figures first, then the other built-ins", () => {
    const none = validateCatalogue(FILE, undefined);
    expect(none.ok && [...none.value.definitions.keys()].slice(0, 3)).toEqual(["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften", "erwerbsfaehige_leistungsberechtigte"]);
    const own = catalogue(OWN);
    const keys = own.ok ? [...own.value.definitions.keys()] : [];
    expect(keys.slice(0, 3)).toEqual(["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften", "eigene_quote"]);
    expect(keys).toContain("integrationsquote");
  });

  it("lets an entry override a built-in one by key, in the file's place", () => {
    const result = catalogue(`${OWN}integrationsquote:\n  art: quote\n  bezeichnung: Quote der Integrationen\n  satz: { subjekt: die Quote der Integrationen, genus: f, numerus: sg }\n  messung: jahreswert\n`);
    expect(result.ok && result.value.definitions.get("integrationsquote")?.bezeichnung).toBe("Quote der Integrationen");
    expect(result.ok && [...result.value.definitions.keys()].indexOf("integrationsquote")).toBe(3);
  });

  it("takes an empty file (only comments) as no figures of its own", () => {
    expect(catalogue("# noch keine eigenen Kennzahlen\n").ok).toBe(true);
  });

  it("refuses an unknown kind with file, line, column and what it says", () => {
    expect(problems(OWN.replace("art: quote", "art: prozent"))).toEqual([`${FILE}, Zeile 2, Spalte 8 › eigene_quote › art: muss anzahl, euro oder quote sein (gefunden: „prozent“)`]);
  });

  it("refuses missing and unknown keys of an entry", () => {
    expect(problems(OWN.replace("  satz: { subjekt: die eigene Quote, genus: f, numerus: sg }\n", "  farbe: blau\n"))).toEqual([
      `${FILE}, Zeile 2, Spalte 3 › eigene_quote › satz: dieses Feld fehlt`,
      `${FILE}, Zeile 4, Spalte 3 › eigene_quote › farbe: unbekanntes Feld „farbe“ – Tippfehler? Erlaubt sind nur die im README beschriebenen Felder.`,
    ]);
  });

  it("refuses a key for a fixed series, a noun for a non-count and bounds that cannot hold", () => {
    const fixed = problems(OWN.replace("eigene_quote:", "bedarfsgemeinschaften:"));
    expect(fixed).toEqual([`${FILE}, Zeile 1, Spalte 1 › bedarfsgemeinschaften: „bedarfsgemeinschaften“ ist fest eingebaut und lässt sich hier nicht neu beschreiben; bitte einen anderen Schlüssel wählen`]);
    expect(problems(`${OWN}  zaehlwort: { einzahl: Person, mehrzahl: Personen, genus: f }\n`)[0]).toContain("eigene_quote › zaehlwort: gibt es nur bei „art: anzahl“ (hier: art: quote)");
    expect(problems(`${OWN}  hoechstens: eigene_quote\n`)[0]).toContain("verweist auf dieselbe Kennzahl");
    expect(problems(`${OWN}  hoechstens: arbeitslose\n`)[0]).toContain("„arbeitslose“ ist von der Art anzahl, „eigene_quote“ von der Art quote");
    expect(problems(`${OWN}  hoechstens: gibtsnicht\n`)[0]).toContain("„gibtsnicht“ ist keine bekannte Kennzahl");
    const loop = `a:\n  art: anzahl\n  bezeichnung: A\n  satz: { subjekt: A, genus: f, numerus: sg }\n  messung: jahreswert\n  hoechstens: b\nb:\n  art: anzahl\n  bezeichnung: B\n  satz: { subjekt: B, genus: f, numerus: sg }\n  messung: jahreswert\n  hoechstens: a\n`;
    expect(problems(loop)).toEqual([
      `${FILE}, Zeile 6, Spalte 15 › a › hoechstens: die Verweise bilden einen Kreis: a → b → a`,
      `${FILE}, Zeile 12, Spalte 15 › b › hoechstens: die Verweise bilden einen Kreis: b → a → b`,
    ]);
  });

  it("refuses a key that is not lower case with underscores", () => {
    expect(problems(OWN.replace("eigene_quote:", "Eigene-Quote:"))[0]).toContain("muss ein Schlüssel aus Kleinbuchstaben, Ziffern und _ sein");
  });
});
