import type { Edition } from "../validate/schema.js";
import { approximateShare } from "./approximate-share.js";
import { classifyChange } from "./classify-change.js";

/** The Bürgergeld replaced Arbeitslosengeld II on 1 January 2023 (Bürgergeld-Gesetz of 16 December 2022). */
const BUERGERGELD_FROM = 2023;

/** Every number and data-driven choice the documents show beyond the raw data; the templates do no arithmetic. */
export function deriveFigures(edition: Edition) {
  const { kennzahlen, jobcenter, berichtsjahr, bundesvergleich } = edition;
  const { integrationen, gefoerderte } = kennzahlen;
  const von = jobcenter.gegruendet;
  const bedarfsgemeinschaften = development(kennzahlen.bedarfsgemeinschaften, von, berichtsjahr);
  const personen = development(kennzahlen.personen_in_bedarfsgemeinschaften, von, berichtsjahr);
  const reihe = series(kennzahlen.bedarfsgemeinschaften, kennzahlen.personen_in_bedarfsgemeinschaften);
  const anteilKommunal = bundesvergleich.jobcenter === 0 ? 0 : bundesvergleich.kommunale_jobcenter / bundesvergleich.jobcenter;
  return {
    zeitraum: { von, bis: berichtsjahr, jahre: berichtsjahr - von },
    /** The job centre began in the report year: there is no development to tell. */
    erstesJahr: von === berichtsjahr,
    /** The grammatical gender the texts decline the job centre's name by; neuter like "das Jobcenter" unless the data says otherwise. */
    genus: jobcenter.genus ?? "n",
    /** The law in force in the report year names the benefit Bürgergeld. */
    buergergeld: berichtsjahr >= BUERGERGELD_FROM,
    /** The publisher's own name for the benefit in the report year, from the latest entry that applies. */
    leistung: (edition.herausgeber.leistung ?? []).filter((entry) => entry.ab <= berichtsjahr).sort((a, b) => b.ab - a.ab)[0]?.name,
    zeitraeume: {
      /** Integrations and support cover the same years: only then may the text say "im selben Zeitraum". */
      gleich: integrationen.von === gefoerderte.von && integrationen.bis === gefoerderte.bis,
      /** The integrations cover the whole span from founding to report year, as the headline's "Bilanz" does. */
      integrationenGanz: integrationen.von === von && integrationen.bis === berichtsjahr,
      /** A period of one year reads "im Jahr 2018", not "von 2018 bis 2018". */
      integrationenEinJahr: integrationen.von === integrationen.bis,
      gefoerderteEinJahr: gefoerderte.von === gefoerderte.bis,
    },
    bedarfsgemeinschaften,
    personen,
    /** Both series move the same way ("Auch …") or not ("… dagegen …"). */
    gleicheRichtung: bedarfsgemeinschaften.klasse.richtung === personen.klasse.richtung,
    /** Persons per household; null for a year without households, where no average exists. */
    personenJeBedarfsgemeinschaft: {
      von: ratio(personen.von.wert, bedarfsgemeinschaften.von.wert),
      bis: ratio(personen.bis.wert, bedarfsgemeinschaften.bis.wert),
    },
    zitate: edition.zitate.map((zitat) => ({
      ...zitat,
      /** A one-word function is a title and leads ("Landrätin Rita Muster"); a longer one follows the name. */
      voran: zitat.funktion_voran ?? /^[\p{L}-]+$/u.test(zitat.funktion),
    })),
    kommunal: { anteil: anteilKommunal, bruch: approximateShare(anteilKommunal) },
    reihe,
  };
}

export type Figures = ReturnType<typeof deriveFigures>;

function development(values: Record<string, number>, von: number, bis: number) {
  // The schema guarantees both years are present.
  const start = values[von] ?? 0;
  const end = values[bis] ?? 0;
  return {
    von: { jahr: von, wert: start },
    bis: { jahr: bis, wert: end },
    differenz: end - start,
    /** Relative change; null when it starts from zero and no percentage exists. */
    rate: start === 0 ? null : end / start - 1,
    klasse: classifyChange(start, end),
  };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function series(households: Record<string, number>, persons: Record<string, number>) {
  const years = [...new Set([...Object.keys(households), ...Object.keys(persons)])].map(Number).sort((a, b) => a - b);
  return years.map((jahr) => ({ jahr, bedarfsgemeinschaften: households[jahr], personen: persons[jahr] }));
}
