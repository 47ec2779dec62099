import { z } from "zod";

// Field rules every data file shares: the edition file, the publisher file and the figure catalogue.

// zod's German locale words the generic messages; type mismatches get the user's terms
// (a YAML author knows "Zahl" and "Text", not "string"); the domain rules word their own.
z.config(z.locales.de());
z.config({ customError: (issue) => (issue.code === "invalid_type" && issue.input !== undefined ? `erwartet ${typeName(issue.expected)}` : undefined) });

const TYPE_NAMES: Record<string, string> = {
  number: "eine Zahl",
  int: "eine ganze Zahl",
  string: "Text",
  object: "Felder der Form „name: wert“",
  record: "Zeilen der Form „2018: 9922“ (Jahr: Wert)",
  array: "eine Liste (Zeilen mit „- “)",
  boolean: "ja oder nein (true/false)",
  null: "null",
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

// Bidirectional overrides make text read differently from how it is stored: a name could hide another.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
export const text = z
  .string()
  .trim()
  .min(1, "darf nicht leer sein")
  .refine((value) => !BIDI_CONTROLS.test(value), "enthält unsichtbare Steuerzeichen für die Schreibrichtung (Unicode-Bidi); bitte den Text neu tippen");
export const jahr = z.number().int("muss eine ganze Jahreszahl sein").min(1990, "muss 1990 oder später sein").max(2100, "muss 2100 oder früher sein");
export const anzahl = z.number().int("muss eine ganze Zahl sein").nonnegative("darf nicht negativ sein");
export const datum = z.iso.date("muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2019-01-15");

/** Grammatical gender of a name's head noun: die (f), der (m), das (n). */
export const genus = z.enum(["f", "m", "n"], "muss f, m oder n sein (die, der oder das)");
