import type { Edition } from "../validate/schema.js";
import { approximateShare } from "./approximate-share.js";
import { classifyChange } from "./classify-change.js";

/** Every number the documents show beyond the raw data; the templates do no arithmetic. */
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
    zeitraeume: {
      /** Integrations and support cover the same years: only then may the text say "im selben Zeitraum". */
      gleich: integrationen.von === gefoerderte.von && integrationen.bis === gefoerderte.bis,
      /** The integrations cover the whole span from founding to report year, as the headline's "Bilanz" does. */
      integrationenGanz: integrationen.von === von && integrationen.bis === berichtsjahr,
    },
    bedarfsgemeinschaften,
    personen,
    personenJeBedarfsgemeinschaft: {
      von: ratio(personen.von.wert, bedarfsgemeinschaften.von.wert),
      bis: ratio(personen.bis.wert, bedarfsgemeinschaften.bis.wert),
    },
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

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function series(households: Record<string, number>, persons: Record<string, number>) {
  const years = [...new Set([...Object.keys(households), ...Object.keys(persons)])].map(Number).sort((a, b) => a - b);
  return years.map((jahr) => ({ jahr, bedarfsgemeinschaften: households[jahr], personen: persons[jahr] }));
}
