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
    telefon: text,
    email: z.email("muss eine E-Mail-Adresse sein"),
  }),
  /** Boilerplate about the job centre, Markdown. */
  ueber: text,
  /** Optional letterhead logo: an SVG file in the data folder, by name only. */
  logo: z
    .string()
    .regex(/^[\w-]+(\.[\w-]+)*\.svg$/, "muss der Name einer SVG-Datei im Datenordner sein, z. B. logo.svg (ohne Ordner)")
    .optional(),
});

const MAX_EMBARGO_DAYS = 30;

const zitat = z.strictObject({ name: text, funktion: text, text });

export const editionFileSchema = z
  .strictObject({
    berichtsjahr: jahr,
    veroeffentlichung: datum,
    sperrfrist: z.iso.datetime({ local: true, error: "muss Datum und Uhrzeit sein, z. B. 2019-01-15T11:00" }).nullable(),
    nummer: z.string("muss Text sein, in Anführungszeichen, z. B. \"12/2019\"").trim().min(1).nullable(),
    jobcenter: z.strictObject({ name: text, gegruendet: jahr }),
    bundesvergleich: z.strictObject({ stand: jahr, jobcenter: anzahl, kommunale_jobcenter: anzahl }),
    kennzahlen: z.strictObject({
      bedarfsgemeinschaften: jahresreihe,
      personen_in_bedarfsgemeinschaften: jahresreihe,
      integrationen: zeitraumMitAnzahl,
      gefoerderte: zeitraumMitAnzahl,
    }),
    quelle: z.strictObject({ name: text, stand: datum, status: z.enum(["vorlaeufig", "endgueltig"]) }),
    zitate: z.array(zitat),
    absaetze: z.array(text).default([]),
  })
  .superRefine((edition, ctx) => {
    const { berichtsjahr, jobcenter, kennzahlen, bundesvergleich } = edition;
    const von = jobcenter.gegruendet;
    if (von > berichtsjahr) {
      ctx.addIssue({ code: "custom", path: ["jobcenter", "gegruendet"], message: `liegt nach dem Berichtsjahr ${berichtsjahr}` });
      return;
    }
    for (const reihe of ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"] as const) {
      for (const needed of [von, berichtsjahr]) {
        if (kennzahlen[reihe][needed] === undefined) {
          ctx.addIssue({ code: "custom", path: ["kennzahlen", reihe], message: `der Wert für ${needed} fehlt (gebraucht werden das Gründungsjahr ${von} und das Berichtsjahr ${berichtsjahr})` });
        }
      }
      for (const key of Object.keys(kennzahlen[reihe])) {
        if (Number(key) < von || Number(key) > berichtsjahr) {
          ctx.addIssue({ code: "custom", path: ["kennzahlen", reihe, key], message: `das Jahr ${key} liegt außerhalb von ${von} bis ${berichtsjahr}` });
        }
      }
    }
    for (const [key, haushalte] of Object.entries(kennzahlen.bedarfsgemeinschaften)) {
      const personen = kennzahlen.personen_in_bedarfsgemeinschaften[key];
      if (personen !== undefined && personen < haushalte) {
        ctx.addIssue({
          code: "custom",
          path: ["kennzahlen", "personen_in_bedarfsgemeinschaften", key],
          message: `${personen} Personen sind weniger als ${haushalte} Bedarfsgemeinschaften im Jahr ${key}; jede Bedarfsgemeinschaft hat mindestens eine Person (Spalten vertauscht?)`,
        });
      }
    }
    for (const zeitraum of ["integrationen", "gefoerderte"] as const) {
      const { von: start, bis: ende } = kennzahlen[zeitraum];
      if (start < von || ende > berichtsjahr) {
        ctx.addIssue({ code: "custom", path: ["kennzahlen", zeitraum], message: `der Zeitraum ${start} bis ${ende} muss innerhalb von ${von} bis ${berichtsjahr} liegen` });
      }
    }
    if (bundesvergleich.kommunale_jobcenter > bundesvergleich.jobcenter) {
      ctx.addIssue({ code: "custom", path: ["bundesvergleich", "kommunale_jobcenter"], message: `${bundesvergleich.kommunale_jobcenter} kommunale Jobcenter sind mehr als ${bundesvergleich.jobcenter} Jobcenter insgesamt` });
    }
    if (Number(edition.veroeffentlichung.slice(0, 4)) < berichtsjahr) {
      ctx.addIssue({ code: "custom", path: ["veroeffentlichung"], message: `liegt vor dem Berichtsjahr ${berichtsjahr}` });
    }
    // An embargo guards the publication: it cannot end before the release exists, and one
    // weeks later is almost always a mistyped date.
    if (edition.sperrfrist !== null) {
      const days = (Date.parse(`${edition.sperrfrist.slice(0, 10)}T00:00Z`) - Date.parse(`${edition.veroeffentlichung}T00:00Z`)) / 86_400_000;
      if (days < 0) ctx.addIssue({ code: "custom", path: ["sperrfrist"], message: `liegt vor der Veröffentlichung am ${edition.veroeffentlichung}` });
      else if (days > MAX_EMBARGO_DAYS) {
        ctx.addIssue({ code: "custom", path: ["sperrfrist"], message: `liegt mehr als ${MAX_EMBARGO_DAYS} Tage nach der Veröffentlichung am ${edition.veroeffentlichung}` });
      }
    }
  });

export type Publisher = z.infer<typeof publisherSchema>;
export type EditionFile = z.infer<typeof editionFileSchema>;
export type Zitat = z.infer<typeof zitat>;
/** The one validated object every later stage works on; `logo` is the logo file as a data: URL. */
export type Edition = EditionFile & { herausgeber: Publisher; logo?: string };
