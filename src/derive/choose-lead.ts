import { milestoneLevel, printedSize, type Development, type SeriesFigures } from "./compare-series.js";

/** The two series the headline may lead with. */
export type Reihe = "bedarfsgemeinschaften" | "personen";

/**
 * What the headline and the opening paragraph lead with (README, "Welche Nachricht vorn steht"):
 * - erstes_jahr: the job centre began in the report year;
 * - marke: a long-term landmark (halved, doubled …) crossed in the report year;
 * - vorjahr: the change against the previous year, the households' unless the persons' is larger
 *   and of another row of the wording table or another direction;
 * - langfrist: without a previous year, or with one that hardly changed, the change since the
 *   comparison base;
 * - jahr: the report year alone, where the data holds nothing to compare with.
 */
export type Lead =
  | { art: "erstes_jahr" | "jahr"; reihe: "bedarfsgemeinschaften"; entwicklung: null }
  | { art: "marke" | "vorjahr" | "langfrist"; reihe: Reihe; entwicklung: Development };

export function chooseLead(series: Record<Reihe, SeriesFigures>, erstesJahr: boolean): Lead {
  const order: Reihe[] = ["bedarfsgemeinschaften", "personen"];
  if (erstesJahr) return { art: "erstes_jahr", reihe: "bedarfsgemeinschaften", entwicklung: null };
  for (const reihe of order) {
    const { langfrist, langfristVorjahr, vorjahr } = series[reihe];
    if (langfrist && vorjahr && milestoneLevel(langfrist) > milestoneLevel(langfristVorjahr)) return { art: "marke", reihe, entwicklung: langfrist };
  }
  const { bedarfsgemeinschaften: households, personen: persons } = series;
  const yearly =
    persons.vorjahr && (!households.vorjahr || (printedSize(persons.vorjahr) > printedSize(households.vorjahr) && differs(persons.vorjahr, households.vorjahr)))
      ? { reihe: "personen" as const, entwicklung: persons.vorjahr }
      : households.vorjahr && { reihe: "bedarfsgemeinschaften" as const, entwicklung: households.vorjahr };
  const { langfrist } = households;
  // "As many as last year" is news only where nothing longer can be told.
  if (yearly && !(langfrist && hardlyChanged(yearly.entwicklung))) return { art: "vorjahr", ...yearly };
  return langfrist ? { art: "langfrist", reihe: "bedarfsgemeinschaften", entwicklung: langfrist } : { art: "jahr", reihe: "bedarfsgemeinschaften", entwicklung: null };
}

/** Another row of the wording table or another direction: a change worth its own headline. */
function differs(a: Development, b: Development): boolean {
  return a.klasse.stufe !== b.klasse.stufe || a.klasse.richtung !== b.klasse.richtung;
}

function hardlyChanged(change: Development): boolean {
  return change.klasse.stufe === "unveraendert" || change.klasse.stufe === "nahezu_unveraendert";
}
