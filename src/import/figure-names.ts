import { closest, distance } from "fastest-levenshtein";
import type { Catalogue, Definition } from "../validate/catalogue.js";

/** What a row of the CSV fills: a year of a series, a period, or a federal figure. */
export type Target =
  | { kind: "reihe"; key: string; definition: Definition }
  | { kind: "zeitraum"; field: "integrationen" | "gefoerderte" }
  | { kind: "bund"; field: "jobcenter" | "kommunale_jobcenter" };

type Found = { ok: true; target: Target } | { ok: false; message: string };

/** Names of what is no catalogue figure, as a table heads its rows. */
const OTHERS: Record<string, Exclude<Target, { kind: "reihe" }>> = {
  Integrationen: { kind: "zeitraum", field: "integrationen" },
  "Integrationen in Arbeit und Ausbildung": { kind: "zeitraum", field: "integrationen" },
  Geförderte: { kind: "zeitraum", field: "gefoerderte" },
  "Jobcenter bundesweit": { kind: "bund", field: "jobcenter" },
  "Jobcenter in Deutschland": { kind: "bund", field: "jobcenter" },
  "Kommunale Jobcenter": { kind: "bund", field: "kommunale_jobcenter" },
};
/** A shorter name tables use for a series, by its key. */
const SHORT: Record<string, string> = { Personen: "personen_in_bedarfsgemeinschaften" };

/**
 * Finds what the "Kennzahl" column names: a figure of the catalogue by its key
 * (`langzeitleistungsbeziehende`) or its `bezeichnung`, or a period or federal figure. Names are
 * compared without case, umlauts or extra spaces. The names that came before the catalogue win, so
 * an older CSV reads as it always did.
 */
export function figureNames(catalogue: Catalogue): (name: string) => Found {
  const series = (key: string): Target | undefined => {
    const definition = catalogue.definitions.get(key);
    return definition === undefined ? undefined : { kind: "reihe", key, definition };
  };
  const byName = new Map<string, Target>();
  for (const [name, target] of Object.entries(OTHERS)) byName.set(normalise(name), target);
  for (const [name, key] of Object.entries(SHORT)) {
    const target = series(key);
    if (target) byName.set(normalise(name), target);
  }
  const written = [...new Set([...[...catalogue.definitions.values()].map((definition) => definition.bezeichnung), "Personen", ...Object.keys(OTHERS)])];
  return (name) => {
    const wanted = normalise(name);
    const target = series(wanted) ?? byName.get(wanted);
    if (target) return { ok: true, target };
    const named = [...catalogue.definitions].filter(([, definition]) => normalise(definition.bezeichnung) === wanted).map(([key]) => key);
    const [only, ...more] = named;
    if (only !== undefined && more.length === 0) return { ok: true, target: series(only) as Target };
    if (only !== undefined) {
      return { ok: false, message: `„${name}“ ist die Bezeichnung mehrerer Kennzahlen (${named.join(", ")}); bitte statt ihrer den Schlüssel der gemeinten schreiben, z. B. „${only}“.` };
    }
    const known = [...written, ...catalogue.definitions.keys()];
    const nearest = closest(wanted, known.map(normalise));
    const shown = known.find((candidate) => normalise(candidate) === nearest);
    if (shown !== undefined && distance(wanted, nearest) <= Math.max(2, Math.floor(wanted.length / 5))) {
      return { ok: false, message: `„${name}“ ist keine bekannte Kennzahl – Tippfehler für „${shown}“?` };
    }
    return {
      ok: false,
      message: `„${name}“ ist keine bekannte Kennzahl. Erlaubt: ${written.map((known) => `„${known}“`).join(", ")}, oder der Schlüssel einer Kennzahl, z. B. „langzeitleistungsbeziehende“. Eine eigene Kennzahl bitte in ${catalogue.file} beschreiben (README, „Eigene Kennzahlen“).`,
    };
  };
}

/** "Geförderte  " and "gefoerderte" are one name. */
export function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/\s+/g, " ");
}
