import type { Edition } from "../validate/schema.js";
import { approximateShare } from "./approximate-share.js";
import { chooseLead } from "./choose-lead.js";
import { isCatalogueFigure, seriesFigures } from "./catalogue-figures.js";
import { compareSeries, comparisonBase, type SeriesFigures } from "./compare-series.js";
import { factSheet } from "./fact-sheet.js";

/** The Bürgergeld replaced Arbeitslosengeld II on 1 January 2023 (Bürgergeld-Gesetz of 16 December 2022). */
const BUERGERGELD_FROM = 2023;

/** Every number and data-driven choice the documents show beyond the raw data; the templates do no arithmetic. */
export function deriveFigures(edition: Edition) {
  const { kennzahlen, jobcenter, berichtsjahr, bundesvergleich } = edition;
  const { integrationen, gefoerderte } = kennzahlen;
  const erstesJahr = jobcenter.gegruendet === berichtsjahr;
  // One base for both series, from the households: the sentences tell them as one story.
  const basis = comparisonBase(kennzahlen.bedarfsgemeinschaften, berichtsjahr);
  const bedarfsgemeinschaften = compareSeries(kennzahlen.bedarfsgemeinschaften, berichtsjahr, basis);
  const personen = compareSeries(kennzahlen.personen_in_bedarfsgemeinschaften, berichtsjahr, basis);
  const reihen = seriesFigures(edition, basis);
  const anteilKommunal = bundesvergleich === undefined || bundesvergleich.jobcenter === 0 ? 0 : bundesvergleich.kommunale_jobcenter / bundesvergleich.jobcenter;
  return {
    /** The job centre began in the report year: there is no development to tell. */
    erstesJahr,
    /** The years the comparisons use; null where the data holds no such year. */
    vergleich: {
      vorjahr: bedarfsgemeinschaften.vorjahr || personen.vorjahr ? berichtsjahr - 1 : null,
      basis: bedarfsgemeinschaften.langfrist ? { jahr: bedarfsgemeinschaften.langfrist.von.jahr, gruendung: bedarfsgemeinschaften.langfrist.von.jahr === jobcenter.gegruendet } : null,
    },
    /** What the headline and the opening paragraph lead with. */
    aufmacher: chooseLead({ bedarfsgemeinschaften, personen }, erstesJahr),
    /** The grammatical gender the texts decline the job centre's name by; neuter like "das Jobcenter" unless the data says otherwise. */
    genus: jobcenter.genus ?? "n",
    /** The law in force in the report year names the benefit Bürgergeld. */
    buergergeld: berichtsjahr >= BUERGERGELD_FROM,
    /** The publisher's own name for the benefit in the report year, from the latest entry that applies. */
    leistung: (edition.herausgeber.leistung ?? []).filter((entry) => entry.ab <= berichtsjahr).sort((a, b) => b.ab - a.ab)[0]?.name,
    zeitraeume: {
      /** Integrations and support cover the same years: only then may the text say "im selben Zeitraum". */
      gleich: integrationen !== undefined && gefoerderte !== undefined && integrationen.von === gefoerderte.von && integrationen.bis === gefoerderte.bis,
      /** A period of one year reads "im Jahr 2018", not "von 2018 bis 2018". */
      integrationenEinJahr: integrationen?.von === integrationen?.bis,
      gefoerderteEinJahr: gefoerderte?.von === gefoerderte?.bis,
    },
    bedarfsgemeinschaften,
    personen,
    /** Both series move the same way ("Auch …") or not ("… dagegen …"), in each comparison. */
    gleicheRichtung: {
      vorjahr: sameDirection(bedarfsgemeinschaften.vorjahr, personen.vorjahr),
      langfrist: sameDirection(bedarfsgemeinschaften.langfrist, personen.langfrist),
    },
    /** Persons per household by column; null for a year without both values or without households. */
    personenJeBedarfsgemeinschaft: {
      basis: basis === null ? null : perHousehold(edition, basis),
      vorjahr: perHousehold(edition, berichtsjahr - 1),
      bis: perHousehold(edition, berichtsjahr),
    },
    zitate: edition.zitate.map((zitat) => ({
      ...zitat,
      /** A one-word function is a title and leads ("Landrätin Rita Muster"); a longer one follows the name. */
      voran: zitat.funktion_voran ?? /^[\p{L}-]+$/u.test(zitat.funktion),
    })),
    kommunal: { anteil: anteilKommunal, bruch: approximateShare(anteilKommunal) },
    /** The catalogue's figures in the edition, in catalogue order: a sentence each, after the fixed ones. */
    kennzahlen: reihen.filter(isCatalogueFigure),
    faktenblatt: factSheet(edition, reihen),
  };
}

export type Figures = ReturnType<typeof deriveFigures>;

function sameDirection(a: SeriesFigures["vorjahr"], b: SeriesFigures["vorjahr"]): boolean {
  return a !== null && b !== null && a.klasse.richtung === b.klasse.richtung;
}

function perHousehold({ kennzahlen }: Edition, jahr: number): number | null {
  const haushalte = kennzahlen.bedarfsgemeinschaften[jahr];
  const personen = kennzahlen.personen_in_bedarfsgemeinschaften[jahr];
  return haushalte === undefined || personen === undefined || haushalte === 0 ? null : personen / haushalte;
}
