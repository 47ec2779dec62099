import { milestone, printedSize, type Development, type SeriesFigures } from "./compare-series.js";

/** The two series the headline may lead with. */
export type Reihe = "bedarfsgemeinschaften" | "personen";

/**
 * What the headline and the opening paragraph lead with (README, "Welche Nachricht vorn steht"):
 * - erstes_jahr: the job centre began in the report year;
 * - marke: a long-term landmark (halved, doubled …) that the previous year had not reached;
 * - vorjahr: the larger change against the previous year, households first on a tie;
 * - langfrist: without a previous year, the change since the comparison base;
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
    const reached = milestone(langfrist);
    if (langfrist && vorjahr && reached !== null && reached !== milestone(langfristVorjahr)) return { art: "marke", reihe, entwicklung: langfrist };
  }
  const yearly = order.flatMap((reihe) => (series[reihe].vorjahr ? [{ reihe, entwicklung: series[reihe].vorjahr! }] : []));
  // Stable sort: on equal printed sizes the households, listed first, stay first.
  const largest = yearly.sort((a, b) => larger(printedSize(b.entwicklung), printedSize(a.entwicklung)))[0];
  if (largest) return { art: "vorjahr", ...largest };
  const { langfrist } = series.bedarfsgemeinschaften;
  return langfrist ? { art: "langfrist", reihe: "bedarfsgemeinschaften", entwicklung: langfrist } : { art: "jahr", reihe: "bedarfsgemeinschaften", entwicklung: null };
}

/** A comparator that keeps two changes from or to zero (both infinitely large) in their order. */
function larger(a: number, b: number): number {
  return a === b ? 0 : a - b;
}
