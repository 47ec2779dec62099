import { guessGenus } from "./head-noun.js";
import type { Catalogue } from "./catalogue.js";
import type { EditionFile, Publisher } from "./schema.js";

export interface Warning {
  field: (string | number)[];
  message: string;
}

/** Household size outside this range is possible, but more often a typo or swapped columns. */
const PERSONS_PER_HOUSEHOLD = { min: 1.2, max: 3.0 };
const MAX_YEARLY_CHANGE = 0.3;
/** Longer headlines are cut by news tickers and newspaper layouts. */
const MAX_HEADLINE = 75;
const GENUS_WORDS = { f: "weiblich (die)", m: "männlich (der)", n: "sächlich (das)" } as const;

/**
 * Figures that are allowed but suspicious. Printed as warnings; `--strict` makes them errors.
 * Counts are grouped as a German reads them (9.922); the wording rules of the documents do not apply.
 */
export function findWarnings(edition: EditionFile, catalogue: Catalogue): Warning[] {
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
  for (const reihe of [...catalogue.definitions.keys()].filter((name) => kennzahlen[name] !== undefined)) {
    const values = kennzahlen[reihe] as Record<string, number>;
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
  // A genus the data gives is taken as it is: the guess only speaks when the texts would use the default.
  const guess = guessGenus(edition.jobcenter.name);
  if (guess && edition.jobcenter.genus === undefined && guess.genus !== "n") {
    warnings.push({
      field: ["jobcenter", "name"],
      message: `„${guess.noun}“ klingt ${GENUS_WORDS[guess.genus]}; die Texte schreiben ohne Angabe „das …“ und „seine“. Bitte unter jobcenter „genus: ${guess.genus}“ eintragen (f = die, m = der, n = das), oder „genus: n“, wenn „das“ richtig ist.`,
    });
  }
  if (!guess && edition.jobcenter.genus === undefined) {
    warnings.push({
      field: ["jobcenter", "name"],
      message: `Das Hauptwort von „${edition.jobcenter.name}“ ist nicht zu erkennen; die Texte schreiben „das …“ und „seine“. Stimmt das nicht, unter jobcenter „genus: f“ (die) oder „genus: m“ (der) eintragen, sonst „genus: n“.`,
    });
  }
  if (edition.schlagzeile !== undefined && [...edition.schlagzeile].length > MAX_HEADLINE) {
    warnings.push({
      field: ["schlagzeile"],
      message: `Die Schlagzeile hat ${[...edition.schlagzeile].length} Zeichen; Zeitungen und Nachrichtenticker übernehmen meist höchstens etwa ${MAX_HEADLINE}. Bitte kürzen.`,
    });
  }
  if (quelle.status === "vorlaeufig") {
    warnings.push({ field: ["quelle", "status"], message: "Die Zahlen sind vorläufig; beide Dokumente weisen das aus." });
  }
  if (Number(quelle.stand.slice(0, 4)) < berichtsjahr) {
    warnings.push({ field: ["quelle", "stand"], message: `Der Stand ${quelle.stand} liegt vor dem Berichtsjahr ${berichtsjahr} – sind es die Zahlen dieses Jahres?` });
  }
  return warnings;
}

/** Reserved example domains: contact data copied from the example and never filled in. */
const PLACEHOLDER_DOMAIN = /(^|[.@])(example|beispiel)\.(org|com|net|de)$|\.(example|invalid|test|localhost)$/i;
/**
 * A phone number nobody answers: zeros after the area code ("+49 0000 000000", "+49 3733 000 000"),
 * x for digits, or counted digits ("01234 567890"). "+49 3733 10000" and "+49 30 9020-0000" are real.
 */
function isPlaceholderPhone(phone: string): boolean {
  if (/x/i.test(phone) || /123456|234567|345678|456789|567890/.test(phone.replace(/\D/g, ""))) return true;
  const groups = phone.replace(/\(0\)/g, " ").split(/[\s/()]+/).filter(Boolean);
  const local = /^(\+|00)\d+$/.test(groups[0] ?? "") ? groups.slice(1) : groups;
  const [, ...rest] = local;
  return local.every((group) => /^[0-]+$/.test(group)) || (rest.length > 0 && rest.every((group) => /^[0-]+$/.test(group)));
}

/** Suspicious values in the publisher file: placeholders that would reach journalists. */
export function findPublisherWarnings(publisher: Publisher): Warning[] {
  const { pressestelle } = publisher;
  const warnings: Warning[] = [];
  const domain = pressestelle.email.split("@")[1] ?? "";
  if (PLACEHOLDER_DOMAIN.test(domain)) {
    warnings.push({ field: ["pressestelle", "email"], message: `„${pressestelle.email}“ ist eine Beispieladresse; Journalisten erreichen darunter niemanden. Bitte die echte Adresse der Pressestelle eintragen.` });
  }
  if (isPlaceholderPhone(pressestelle.telefon)) {
    warnings.push({ field: ["pressestelle", "telefon"], message: `„${pressestelle.telefon}“ sieht nach einem Platzhalter aus. Bitte die echte Telefonnummer der Pressestelle eintragen.` });
  }
  const host = pressestelle.website === undefined ? "" : new URL(pressestelle.website).hostname;
  if (PLACEHOLDER_DOMAIN.test(host)) {
    warnings.push({ field: ["pressestelle", "website"], message: `„${pressestelle.website}“ ist eine Beispieladresse. Bitte die echte Webseite eintragen.` });
  }
  return warnings;
}

/** A count as messages quote it: 9.922, grouped as a German reads it. */
export function grouped(count: number): string {
  return count.toLocaleString("de-DE");
}
