import type { EditionFile } from "./schema.js";

export interface Warning {
  field: (string | number)[];
  message: string;
}

/** Household size outside this range is possible, but more often a typo or swapped columns. */
const PERSONS_PER_HOUSEHOLD = { min: 1.2, max: 3.0 };
const MAX_YEARLY_CHANGE = 0.3;

/**
 * Figures that are allowed but suspicious. Printed as warnings; `--strict` makes them errors.
 * Counts are grouped as a German reads them (9.922); the wording rules of the documents do not apply.
 */
export function findWarnings(edition: EditionFile): Warning[] {
  const { kennzahlen, quelle, berichtsjahr } = edition;
  const warnings: Warning[] = [];
  for (const [jahr, haushalte] of Object.entries(kennzahlen.bedarfsgemeinschaften)) {
    const personen = kennzahlen.personen_in_bedarfsgemeinschaften[jahr];
    if (personen === undefined || haushalte === 0) continue;
    const ratio = personen / haushalte;
    if (ratio < PERSONS_PER_HOUSEHOLD.min || ratio > PERSONS_PER_HOUSEHOLD.max) {
      warnings.push({
        field: ["kennzahlen", "personen_in_bedarfsgemeinschaften", jahr],
        message: `${ratio.toFixed(2).replace(".", ",")} Personen je Bedarfsgemeinschaft im Jahr ${jahr} – üblich sind ${PERSONS_PER_HOUSEHOLD.min.toFixed(1).replace(".", ",")} bis ${PERSONS_PER_HOUSEHOLD.max.toFixed(1).replace(".", ",")}. Bitte prüfen.`,
      });
    }
  }
  for (const reihe of ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"] as const) {
    const values = kennzahlen[reihe];
    for (const [jahr, wert] of Object.entries(values)) {
      const vorjahr = values[Number(jahr) - 1];
      if (vorjahr === undefined || vorjahr === 0) continue;
      const change = wert / vorjahr - 1;
      if (Math.abs(change) > MAX_YEARLY_CHANGE) {
        warnings.push({
          field: ["kennzahlen", reihe, jahr],
          message: `${change > 0 ? "+" : "−"}${Math.round(Math.abs(change) * 100)} % gegenüber ${Number(jahr) - 1} (${grouped(vorjahr)} → ${grouped(wert)}) – mehr als ${MAX_YEARLY_CHANGE * 100} % in einem Jahr. Bitte prüfen.`,
        });
      }
    }
  }
  if (quelle.status === "vorlaeufig") {
    warnings.push({ field: ["quelle", "status"], message: "Die Zahlen sind vorläufig; beide Dokumente weisen das aus." });
  }
  if (Number(quelle.stand.slice(0, 4)) < berichtsjahr) {
    warnings.push({ field: ["quelle", "stand"], message: `Der Stand ${quelle.stand} liegt vor dem Berichtsjahr ${berichtsjahr} – sind es die Zahlen dieses Jahres?` });
  }
  return warnings;
}

function grouped(count: number): string {
  return count.toLocaleString("de-DE");
}
