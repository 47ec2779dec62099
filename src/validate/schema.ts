import { z } from "zod";

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
const text = z
  .string()
  .trim()
  .min(1, "darf nicht leer sein")
  .refine((value) => !BIDI_CONTROLS.test(value), "enthält unsichtbare Steuerzeichen für die Schreibrichtung (Unicode-Bidi); bitte den Text neu tippen");
const jahr = z.number().int("muss eine ganze Jahreszahl sein").min(1990, "muss 1990 oder später sein").max(2100, "muss 2100 oder früher sein");
const anzahl = z.number().int("muss eine ganze Zahl sein").nonnegative("darf nicht negativ sein");
const datum = z.iso.date("muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2019-01-15");

/** Year → yearly average. YAML keys arrive as text ("2018"). */
const jahresreihe = z.record(z.string().regex(/^\d{4}$/, "muss eine vierstellige Jahreszahl sein"), anzahl);

const zeitraumMitAnzahl = z
  .strictObject({ von: jahr, bis: jahr, anzahl })
  .refine((z) => z.von <= z.bis, { message: "„von“ liegt nach „bis“", path: ["von"] });

export const publisherSchema = z.strictObject({
  name: text,
  ort: text,
  pressestelle: z.strictObject({
    name: text,
    /** A named contact person, printed with the press office. */
    ansprechpartner: text.optional(),
    telefon: text,
    email: z.email("muss eine E-Mail-Adresse sein"),
    /** Postal address on one line: "Paulus-Jenisius-Straße 24, 09456 Annaberg-Buchholz". */
    anschrift: text.optional(),
    website: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "muss eine Webadresse sein, die mit https:// oder http:// beginnt, z. B. https://www.kreis-musterland.de" }).optional(),
  }),
  /** Boilerplate about the job centre, Markdown. */
  ueber: text,
  /**
   * The benefit's name as running text uses it ("bezogen … Bürgergeld"), from a report year on: a
   * reform renames it for later editions and leaves the earlier ones as they were. Without an entry
   * for a year the name follows the law of that year as the program knows it.
   */
  leistung: z
    .array(z.strictObject({ ab: jahr, name: text }), "muss eine Liste sein, je Eintrag „- ab: 2026“ und „name: …“")
    .superRefine((entries, ctx) => {
      entries.forEach((entry, index) => {
        if (entries.findIndex((other) => other.ab === entry.ab) < index) ctx.addIssue({ code: "custom", path: [index, "ab"], message: `das Jahr ${entry.ab} steht schon in einem früheren Eintrag` });
      });
    })
    .optional(),
  /** Optional letterhead logo: an SVG file in the data folder, by name only. */
  logo: z
    .string()
    .regex(/^[\w-]+(\.[\w-]+)*\.svg$/, "muss der Name einer SVG-Datei im Datenordner sein, z. B. logo.svg (ohne Ordner)")
    .optional(),
});

const MAX_EMBARGO_DAYS = 30;

/** Grammatical gender of a name's head noun: die (f), der (m), das (n). */
const genus = z.enum(["f", "m", "n"], "muss f, m oder n sein (die, der oder das)");

const zitat = z.strictObject({
  name: text,
  funktion: text,
  text,
  /** The verb of the attribution: „…“, betont Landrätin Rita Muster. */
  verb: z
    .string()
    .trim()
    .regex(/^\p{Ll}+$/u, "muss ein Verb in einem Wort sein, klein geschrieben, z. B. sagt, betont, erklärt, ergänzt")
    .optional(),
  /** The function as a title before the name ("Landrätin Rita Muster") instead of after it. */
  funktion_voran: z.boolean().optional(),
});

const editionFields = z.strictObject({
  berichtsjahr: jahr,
  veroeffentlichung: datum,
  sperrfrist: z.iso.datetime({ local: true, error: "muss Datum und Uhrzeit sein, z. B. 2019-01-15T11:00" }).nullable(),
  nummer: z.string("muss Text sein, in Anführungszeichen, z. B. \"12/2019\"").trim().min(1).nullable(),
  /** An own headline instead of the one chosen from the figures. */
  schlagzeile: text.optional(),
  jobcenter: z.strictObject({
    name: text,
    gegruendet: jahr,
    /** The gender of the name's head noun: die Arbeitsförderung (f), der Arbeitsmarktservice (m), das Jobcenter (n). */
    genus: genus.optional(),
  }),
  /** All job centres in Germany; an edition without it leaves the federal comparison out. */
  bundesvergleich: z.strictObject({ stand: jahr, jobcenter: anzahl, kommunale_jobcenter: anzahl }).optional(),
  kennzahlen: z.strictObject({
    bedarfsgemeinschaften: jahresreihe,
    personen_in_bedarfsgemeinschaften: jahresreihe,
    /** Periods a press office may not have figures for: the documents then leave them out. */
    integrationen: zeitraumMitAnzahl.optional(),
    gefoerderte: zeitraumMitAnzahl.optional(),
  }),
  quelle: z.strictObject({ name: text, stand: datum, status: z.enum(["vorlaeufig", "endgueltig"], "muss vorlaeufig oder endgueltig sein") }),
  zitate: z.array(zitat),
  absaetze: z.array(text).default([]),
});

type EditionFields = z.infer<typeof editionFields>;
type Path = readonly PropertyKey[];

/**
 * The edition schema for a file of this name. Checks across fields run in order, each only once
 * the fields it reads are valid: one mistake is reported at its cause, and neither hides another
 * mistake nor brings follow-on messages (a wrong `berichtsjahr` gives one message, not six).
 */
export function editionFileSchema(fileName?: string) {
  return editionFields.superRefine((edition, ctx) => crossCheck(edition, fileName, ctx), { when: (payload) => isRecord(payload.value) });
}

function crossCheck(edition: EditionFields, fileName: string | undefined, ctx: z.core.$RefinementCtx<EditionFields>): void {
  const valid = (...paths: Path[]) => paths.every((path) => !ctx.issues.some((issue) => affected(issue).some((at) => overlaps(at, path))));
  const add = (path: Path, message: string) => ctx.addIssue({ code: "custom", path: [...path], message });
  const { berichtsjahr, jobcenter, kennzahlen, bundesvergleich } = edition;

  if (fileName !== undefined && valid(["berichtsjahr"]) && fileName !== `${berichtsjahr}.yaml`) {
    const fileYear = /^(\d{4})\.yaml$/.exec(fileName)?.[1];
    // Renaming could overwrite another year's file: offered only with that warning.
    add(["berichtsjahr"], fileYear
      ? `Berichtsjahr ${berichtsjahr} passt nicht zum Dateinamen ${fileName}. Gehört die Datei zu ${fileYear}, hier ${fileYear} eintragen; gehört sie zu ${berichtsjahr}, sie unter ${berichtsjahr}.yaml speichern, ohne eine vorhandene Datei zu überschreiben`
      : `Berichtsjahr ${berichtsjahr} passt nicht zum Dateinamen ${fileName}; die Datei muss ${berichtsjahr}.yaml heißen`);
  }
  if (valid(["berichtsjahr"], ["jobcenter", "gegruendet"]) && jobcenter.gegruendet > berichtsjahr) {
    add(["jobcenter", "gegruendet"], `liegt nach dem Berichtsjahr ${berichtsjahr}`);
  }
  // From the founding year to the reporting year: the span every series and period must lie in.
  const period = valid(["berichtsjahr"], ["jobcenter", "gegruendet"]);
  const von = period ? jobcenter.gegruendet : 0;
  for (const reihe of ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"] as const) {
    if (!period || !valid(["kennzahlen", reihe])) continue;
    // Only the report year is needed: earlier years are compared where the data has them.
    if (kennzahlen[reihe][berichtsjahr] === undefined) {
      add(["kennzahlen", reihe, String(berichtsjahr)], `der Wert für das Berichtsjahr ${berichtsjahr} fehlt`);
    }
    for (const key of Object.keys(kennzahlen[reihe])) {
      if (Number(key) < von || Number(key) > berichtsjahr) add(["kennzahlen", reihe, key], `das Jahr ${key} liegt außerhalb von ${von} (Gründung) bis ${berichtsjahr} (Berichtsjahr)`);
    }
  }
  const series = (reihe: keyof typeof kennzahlen): Record<string, unknown> => (isRecord(kennzahlen?.[reihe]) ? kennzahlen[reihe] : {});
  for (const [key, haushalte] of Object.entries(series("bedarfsgemeinschaften"))) {
    const personen = series("personen_in_bedarfsgemeinschaften")[key];
    const readable = valid(["kennzahlen", "bedarfsgemeinschaften", key], ["kennzahlen", "personen_in_bedarfsgemeinschaften", key]);
    if (readable && typeof personen === "number" && typeof haushalte === "number" && haushalte === 0 && personen > 0) {
      add(
        ["kennzahlen", "bedarfsgemeinschaften", key],
        `keine Bedarfsgemeinschaft, aber ${personen} Personen in Bedarfsgemeinschaften im Jahr ${key}; jede dieser Personen gehört zu einer (Wert vergessen?)`,
      );
    }
    if (readable && typeof personen === "number" && typeof haushalte === "number" && personen < haushalte) {
      add(
        ["kennzahlen", "personen_in_bedarfsgemeinschaften", key],
        `${personen} Personen sind weniger als ${haushalte} Bedarfsgemeinschaften im Jahr ${key}; jede Bedarfsgemeinschaft hat mindestens eine Person (Spalten vertauscht?)`,
      );
    }
  }
  for (const zeitraum of ["integrationen", "gefoerderte"] as const) {
    if (!period || !valid(["kennzahlen", zeitraum, "von"], ["kennzahlen", zeitraum, "bis"])) continue;
    const given = kennzahlen[zeitraum];
    if (given === undefined) continue;
    const { von: start, bis: ende } = given;
    if (start < von || ende > berichtsjahr) add(["kennzahlen", zeitraum], `der Zeitraum ${start} bis ${ende} muss innerhalb von ${von} bis ${berichtsjahr} liegen`);
  }
  if (bundesvergleich !== undefined && valid(["bundesvergleich", "kommunale_jobcenter"]) && bundesvergleich.kommunale_jobcenter === 0) {
    add(["bundesvergleich", "kommunale_jobcenter"], "muss mindestens 1 sein: das eigene Jobcenter zählt dazu");
  }
  if (bundesvergleich !== undefined && valid(["bundesvergleich", "jobcenter"], ["bundesvergleich", "kommunale_jobcenter"]) && bundesvergleich.kommunale_jobcenter > bundesvergleich.jobcenter) {
    add(["bundesvergleich", "kommunale_jobcenter"], `${bundesvergleich.kommunale_jobcenter} kommunale Jobcenter sind mehr als ${bundesvergleich.jobcenter} Jobcenter insgesamt`);
  }
  if (valid(["berichtsjahr"], ["veroeffentlichung"]) && Number(edition.veroeffentlichung.slice(0, 4)) < berichtsjahr) {
    add(["veroeffentlichung"], `liegt vor dem Berichtsjahr ${berichtsjahr}`);
  }
  // An embargo guards the publication: it cannot end before the release exists, and one
  // weeks later is almost always a mistyped date.
  if (valid(["sperrfrist"], ["veroeffentlichung"]) && edition.sperrfrist !== null) {
    const days = (Date.parse(`${edition.sperrfrist.slice(0, 10)}T00:00Z`) - Date.parse(`${edition.veroeffentlichung}T00:00Z`)) / 86_400_000;
    if (days < 0) add(["sperrfrist"], `liegt vor der Veröffentlichung am ${edition.veroeffentlichung}`);
    else if (days > MAX_EMBARGO_DAYS) add(["sperrfrist"], `liegt mehr als ${MAX_EMBARGO_DAYS} Tage nach der Veröffentlichung am ${edition.veroeffentlichung}`);
  }
  // A release cannot report figures newer than itself; one of the dates is usually last year's.
  if (valid(["quelle", "stand"], ["veroeffentlichung"]) && edition.quelle.stand > edition.veroeffentlichung) {
    add(["quelle", "stand"], `der Stand ${edition.quelle.stand} liegt nach der Veröffentlichung am ${edition.veroeffentlichung}; die Zahlen können nicht neuer sein als die Pressemitteilung. Ist eines der beiden Daten aus der Datei des Vorjahres stehen geblieben?`);
  }
}

/** The field paths an issue is about: an unknown key is about that key, not its whole object. */
function affected(issue: z.core.$ZodRawIssue): Path[] {
  return issue.code === "unrecognized_keys" ? issue.keys.map((key: string) => [...(issue.path ?? []), key]) : [issue.path ?? []];
}

/** One path lies within the other: a problem there makes the other unreadable. */
function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((segment, i) => String(segment) === String(b[i]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type Publisher = z.infer<typeof publisherSchema>;
export type EditionFile = EditionFields;
export type Zitat = z.infer<typeof zitat>;
export type Genus = z.infer<typeof genus>;
/** The one validated object every later stage works on; `logo` is the logo file as a data: URL. */
export type Edition = EditionFile & { herausgeber: Publisher; logo?: string };
