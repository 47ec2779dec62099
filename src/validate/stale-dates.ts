import type { EditionFile } from "./schema.js";
import type { Warning } from "./warnings.js";

/**
 * Dates and periods that still belong to the year before: what a press office leaves behind when it
 * copies last year's file and changes only `berichtsjahr` and the new figures.
 */
export function findStaleDates(edition: EditionFile): Warning[] {
  const { berichtsjahr, veroeffentlichung, kennzahlen, bundesvergleich } = edition;
  const warnings: Warning[] = [];
  // A year's balance is drawn once the year is over.
  if (Number(veroeffentlichung.slice(0, 4)) === berichtsjahr) {
    warnings.push({
      field: ["veroeffentlichung"],
      message: `Die Veröffentlichung am ${veroeffentlichung} liegt im Berichtsjahr ${berichtsjahr}; die Bilanz eines Jahres erscheint erst nach dessen Ende. Vermutlich ist das Datum aus der Datei des Vorjahres stehen geblieben: bitte das Datum dieser Pressemitteilung eintragen und auch sperrfrist, nummer und quelle › stand prüfen.`,
    });
  }
  for (const zeitraum of ["integrationen", "gefoerderte"] as const) {
    const period = kennzahlen[zeitraum];
    if (period?.bis !== undefined && period.bis < berichtsjahr) {
      warnings.push({
        field: ["kennzahlen", zeitraum, "bis"],
        message: `Der Zeitraum ${period.von} bis ${period.bis} endet vor dem Berichtsjahr ${berichtsjahr}. Vermutlich aus der Datei des Vorjahres stehen geblieben: dann bitte „bis: ${berichtsjahr}“ und die Anzahl bis einschließlich ${berichtsjahr} eintragen.`,
      });
    }
  }
  if (bundesvergleich?.stand !== undefined && bundesvergleich.stand < berichtsjahr) {
    warnings.push({
      field: ["bundesvergleich", "stand"],
      message: `Der Bundesvergleich hat den Stand ${bundesvergleich.stand}, vor dem Berichtsjahr ${berichtsjahr}. Vermutlich aus der Datei des Vorjahres stehen geblieben: dann bitte die Zahl der Jobcenter und der kommunalen Jobcenter mit dem neuesten Stand eintragen.`,
    });
  }
  return warnings;
}
