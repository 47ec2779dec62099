import { z } from "zod";
import { BUILT_IN_FIGURES, FIXED_SERIES } from "./built-in-figures.js";
import { genus, text } from "./fields.js";

/** Keys of figures: what an edition writes under `kennzahlen:`, lower case with underscores. */
const KEY = /^[a-z][a-z0-9_]*$/;
const key = z.string().regex(KEY, "muss ein Schlüssel aus Kleinbuchstaben, Ziffern und _ sein, z. B. langzeitleistungsbeziehende");

/** One figure: what it counts, how the documents name it, and what it can be at most. */
export const definitionSchema = z.strictObject({
  art: z.enum(["anzahl", "euro", "quote"], "muss anzahl, euro oder quote sein"),
  /** Table row, tile and chart legend. */
  bezeichnung: text,
  /** The noun a count agrees with: "eine Person", "4.870 Personen". Counts only. */
  zaehlwort: z.strictObject({ einzahl: text, mehrzahl: text, genus }).optional(),
  /** The subject of the figure's sentences, and what the verb and pronoun agree with. */
  satz: z.strictObject({ subjekt: text, genus, numerus: z.enum(["sg", "pl"], "muss sg (Einzahl) oder pl (Mehrzahl) sein") }),
  messung: z.enum(["jahresdurchschnitt", "dezember", "jahressumme", "jahreswert"], "muss jahresdurchschnitt, dezember, jahressumme oder jahreswert sein"),
  /** Another figure this one never exceeds in a year (long-term recipients ≤ persons in households). */
  hoechstens: key.optional(),
});

export type Definition = z.infer<typeof definitionSchema>;
export type Messung = Definition["messung"];

/** The figures in force: built in and from `kennzahlen.yaml`, in the order the documents list them. */
export interface Catalogue {
  /** The catalogue file as messages name it, e.g. "data/kennzahlen.yaml", whether it exists or not. */
  file: string;
  definitions: ReadonlyMap<string, Definition>;
}

/** Periods, not series: valid keys of an edition that no catalogue describes. */
export const PERIODS = ["integrationen", "gefoerderte"] as const;

/** The built-in catalogue, as a data folder without `kennzahlen.yaml` has it. */
export function builtInCatalogue(file: string): Catalogue {
  return { file, definitions: new Map(Object.entries({ ...FIXED_SERIES, ...BUILT_IN_FIGURES })) };
}

/** The figures a catalogue file adds to the built-in ones, or overrides. */
export function catalogueFileSchema() {
  return z.preprocess((value) => value ?? {}, z.record(key, definitionSchema)).superRefine((entries, ctx) => {
    const add = (path: (string | number)[], message: string, atKey = false) => ctx.addIssue({ code: "custom", path, message, params: atKey ? { key: true } : undefined });
    const known = { ...FIXED_SERIES, ...BUILT_IN_FIGURES, ...entries };
    for (const [name, definition] of Object.entries(entries)) {
      if (name in FIXED_SERIES || (PERIODS as readonly string[]).includes(name)) {
        add([name], `„${name}“ ist fest eingebaut und lässt sich hier nicht neu beschreiben; bitte einen anderen Schlüssel wählen`, true);
      }
      if (definition.zaehlwort !== undefined && definition.art !== "anzahl") {
        add([name, "zaehlwort"], `gibt es nur bei „art: anzahl“ (hier: art: ${definition.art})`, true);
      }
      const target = definition.hoechstens;
      if (target === undefined) continue;
      const other = known[target];
      if (target === name) add([name, "hoechstens"], "verweist auf dieselbe Kennzahl; bitte eine andere nennen oder die Zeile löschen");
      else if (other === undefined) add([name, "hoechstens"], `„${target}“ ist keine bekannte Kennzahl (weder eingebaut noch in dieser Datei)`);
      else if (other.art !== definition.art) add([name, "hoechstens"], `„${target}“ ist von der Art ${other.art}, „${name}“ von der Art ${definition.art}; verglichen werden nur Kennzahlen derselben Art`);
      else {
        const chain = chainFrom(name, known);
        if (chain.at(-1) === name) add([name, "hoechstens"], `die Verweise bilden einen Kreis: ${chain.join(" → ")}`);
      }
    }
  });
}

/** Built-in and file entries merged: the file's entries in its order (overriding built-ins), then the other built-ins. */
export function mergeCatalogue(file: string, entries: Readonly<Record<string, Definition>>): Catalogue {
  return { file, definitions: new Map(Object.entries({ ...FIXED_SERIES, ...entries, ...omit(BUILT_IN_FIGURES, Object.keys(entries)) })) };
}

/** `hoechstens` from `start` onwards: start → its bound → that one's bound …, stopping where it repeats. */
export function chainFrom(start: string, definitions: Readonly<Record<string, Definition>> | ReadonlyMap<string, Definition>): string[] {
  const lookup = (name: string) => (definitions instanceof Map ? definitions.get(name) : (definitions as Record<string, Definition>)[name]);
  const chain = [start];
  for (let next = lookup(start)?.hoechstens; next !== undefined; next = lookup(next)?.hoechstens) {
    chain.push(next);
    if (chain.indexOf(next) < chain.length - 1) break;
  }
  return chain;
}

function omit<T>(record: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !keys.includes(name)));
}
