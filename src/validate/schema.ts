import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { builtInCatalogue, chainFrom, PERIODS, type Catalogue, type Definition } from "./catalogue.js";
import { anzahl, datum, genus, jahr, text } from "./fields.js";
import { grouped } from "./warnings.js";

/** YAML keys arrive as text ("2018"). */
const yearKey = z.string().regex(/^\d{4}$/, "muss eine vierstellige Jahreszahl sein");
/** Year → yearly average. */
const jahresreihe = z.record(yearKey, anzahl);

const decimalsAtMost = (digits: number) => (value: number) => Math.abs(value * 10 ** digits - Math.round(value * 10 ** digits)) < 1e-6;
/** What a year's value of a catalogue figure may be, by its kind. */
const VALUES = {
  anzahl,
  // `value`: the message shows what the file says, as zod's own checks do.
  euro: z.number().nonnegative("darf nicht negativ sein").refine(decimalsAtMost(2), { message: "hat mehr als zwei Nachkommastellen (Cent)", params: { value: true } }),
  quote: z
    .number()
    .min(0, "darf nicht negativ sein")
    .max(100, "darf höchstens 100 sein: eine Quote in Prozent, von 0 bis 100")
    .refine(decimalsAtMost(1), { message: "darf höchstens eine Nachkommastelle haben, z. B. 25.4", params: { value: true } }),
} satisfies Record<Definition["art"], z.ZodType<number>>;

/** A catalogue figure's series, year → value. */
export const seriesSchema = (art: Definition["art"]) => z.record(yearKey, VALUES[art]);

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
  /** The fixed figures, and series of the catalogue's figures by key: checked against the catalogue. */
  kennzahlen: z.looseObject({
    bedarfsgemeinschaften: jahresreihe,
    personen_in_bedarfsgemeinschaften: jahresreihe,
    /** Periods a press office may not have figures for: the documents then leave them out. */
    integrationen: zeitraumMitAnzahl.optional(),
    gefoerderte: zeitraumMitAnzahl.optional(),
  }),
  /** Which figures the fact sheet shows where; without a list, what it showed before the catalogue. */
  faktenblatt: z
    .strictObject({
      kacheln: z.array(z.string(), "muss eine Liste von Kennzahlen sein, z. B. [bedarfsgemeinschaften, integrationsquote]").min(1, "darf nicht leer sein").optional(),
      tabelle: z.array(z.string(), "muss eine Liste von Kennzahlen sein").min(1, "darf nicht leer sein").optional(),
      diagramm: z.array(z.string(), "muss eine Liste von Kennzahlen sein").min(1, "darf nicht leer sein").max(3, "höchstens drei Kennzahlen passen in das Diagramm").optional(),
    })
    .optional(),
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
export function editionFileSchema(fileName?: string, catalogue: Catalogue = builtInCatalogue("kennzahlen.yaml")) {
  return editionFields.superRefine(
    (edition, ctx) => {
      checkCatalogueSeries(edition, catalogue, ctx);
      crossCheck(edition, fileName, catalogue, ctx);
    },
    { when: (payload) => isRecord(payload.value) },
  );
}

/** The series of catalogue figures, each by the rules of its kind; a key no catalogue knows is refused at the key. */
function checkCatalogueSeries(edition: EditionFields, catalogue: Catalogue, ctx: z.core.$RefinementCtx<EditionFields>): void {
  if (!isRecord(edition.kennzahlen)) return;
  for (const [name, values] of Object.entries(edition.kennzahlen)) {
    if (name in FIXED_SHAPE) continue;
    const definition = catalogue.definitions.get(name);
    if (definition === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["kennzahlen", name],
        params: { key: true },
        message: `„${name}“ ist keine bekannte Kennzahl: weder eingebaut noch in ${catalogue.file} beschrieben.${suggestion(name, [...catalogue.definitions.keys(), ...PERIODS])} Eine eigene Kennzahl bitte dort beschreiben (README, „Eigene Kennzahlen“).`,
      });
      continue;
    }
    const result = seriesSchema(definition.art).safeParse(values, { reportInput: true });
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ ...issue, path: ["kennzahlen", name, ...issue.path] } as z.core.$ZodRawIssue);
  }
}

const FIXED_SHAPE = editionFields.shape.kennzahlen.shape;

/** A known key a typo is close to: "gefordete" → "gefoerderte". Two edits cover a slip and a missing umlaut spelling. */
function suggestion(name: string, known: readonly string[]): string {
  const nearest = closest(name, [...known]);
  return distance(name, nearest) <= Math.max(2, Math.floor(name.length / 5)) ? ` Tippfehler für „${nearest}“?` : " Tippfehler?";
}

function crossCheck(edition: EditionFields, fileName: string | undefined, catalogue: Catalogue, ctx: z.core.$RefinementCtx<EditionFields>): void {
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
  const reihen = seriesKeys(kennzahlen, catalogue);
  for (const reihe of reihen) {
    if (!period || !valid(["kennzahlen", reihe])) continue;
    const values = kennzahlen[reihe] as Record<string, number>;
    // Only the report year is needed: earlier years are compared where the data has them.
    if (values[berichtsjahr] === undefined) {
      add(["kennzahlen", reihe, String(berichtsjahr)], `der Wert für das Berichtsjahr ${berichtsjahr} fehlt`);
    }
    for (const key of Object.keys(values)) {
      if (Number(key) < von || Number(key) > berichtsjahr) add(["kennzahlen", reihe, key], `das Jahr ${key} liegt außerhalb von ${von} (Gründung) bis ${berichtsjahr} (Berichtsjahr)`);
    }
  }
  for (const reihe of reihen) checkBound(reihe, edition, catalogue, valid, add);
  checkFactSheetLists(edition, reihen, catalogue, valid, add);
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

/** The series this edition gives, fixed and from the catalogue, in catalogue order. */
function seriesKeys(kennzahlen: EditionFields["kennzahlen"], catalogue: Catalogue): string[] {
  if (!isRecord(kennzahlen)) return [];
  return [...catalogue.definitions.keys()].filter((name) => isRecord(kennzahlen[name]));
}

type Valid = (...paths: Path[]) => boolean;
type Add = (path: Path, message: string) => void;

/** `hoechstens`: in each year, at most the value of the nearest figure up its chain that has that year. */
function checkBound(reihe: string, edition: EditionFields, catalogue: Catalogue, valid: Valid, add: Add): void {
  const { kennzahlen } = edition;
  const definition = catalogue.definitions.get(reihe);
  const bounds = chainFrom(reihe, catalogue.definitions).slice(1).filter((name, index, chain) => name !== reihe && chain.indexOf(name) === index);
  if (definition === undefined || bounds.length === 0) return;
  for (const [jahr, wert] of Object.entries(kennzahlen[reihe] as Record<string, unknown>)) {
    if (typeof wert !== "number" || !valid(["kennzahlen", reihe, jahr])) continue;
    const bound = bounds.find((name) => isRecord(kennzahlen[name]) && typeof (kennzahlen[name] as Record<string, unknown>)[jahr] === "number");
    if (bound === undefined || !valid(["kennzahlen", bound, jahr])) continue;
    const limit = (kennzahlen[bound] as Record<string, number>)[jahr] as number;
    const other = catalogue.definitions.get(bound);
    if (wert > limit && other !== undefined) {
      add(
        ["kennzahlen", reihe, jahr],
        `${grouped(wert)} ${definition.bezeichnung} sind mehr als ${grouped(limit)} ${other.bezeichnung} im Jahr ${jahr}; es können höchstens so viele sein (Zahl vertippt oder Spalten vertauscht?)`,
      );
    }
  }
}

/** The fact sheet's lists name series of this edition (tiles also its periods), each once; a chart has one kind of figure. */
function checkFactSheetLists(edition: EditionFields, reihen: readonly string[], catalogue: Catalogue, valid: Valid, add: Add): void {
  const lists = edition.faktenblatt;
  if (lists === undefined) return;
  const periods = PERIODS.filter((name) => edition.kennzahlen[name] !== undefined);
  for (const liste of ["kacheln", "tabelle", "diagramm"] as const) {
    const entries = lists[liste];
    if (entries === undefined || !valid(["faktenblatt", liste])) continue;
    const allowed = liste === "kacheln" ? [...reihen, ...periods] : reihen;
    entries.forEach((name, index) => {
      if (entries.indexOf(name) < index) add(["faktenblatt", liste, index], `„${name}“ steht schon weiter oben in der Liste`);
      else if (!allowed.includes(name)) {
        add(["faktenblatt", liste, index], (PERIODS as readonly string[]).includes(name) && liste !== "kacheln"
          ? `„${name}“ ist ein Zeitraum, keine Reihe von Jahreswerten; er kann nur als Kachel erscheinen`
          : `„${name}“ hat in dieser Datei keine Werte unter kennzahlen; möglich sind: ${allowed.join(", ")}`);
      }
    });
  }
  const chart = (lists.diagramm ?? []).filter((name) => reihen.includes(name));
  const arts = [...new Set(chart.map((name) => catalogue.definitions.get(name)?.art))];
  if (arts.length > 1 && valid(["faktenblatt", "diagramm"])) {
    const byArt = arts.map((art) => `${art}: ${chart.filter((name) => catalogue.definitions.get(name)?.art === art).join(", ")}`);
    add(["faktenblatt", "diagramm"], `mischt Kennzahlen verschiedener Art (${byArt.join("; ")}); ein Diagramm hat eine Achse und zeigt nur eine Art`);
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
/**
 * The one validated object every later stage works on; `logo` is the logo file as a data: URL,
 * `katalog` the figures the edition was checked against.
 */
export type Edition = EditionFile & { herausgeber: Publisher; logo?: string; katalog: Catalogue };
