import type { Definition } from "./catalogue.js";

// Definitions, not prose: validation, `import` and `neu` must know them, and they run without the
// templates. They have the shape of data/kennzahlen.yaml, whose entries override them by key; the
// test of this file validates them with that file's schema, and the README lists them.

/** The two series every edition has; their sentences are the release's opening. They cannot be overridden. */
export const FIXED_SERIES: Readonly<Record<string, Definition>> = {
  bedarfsgemeinschaften: {
    art: "anzahl",
    bezeichnung: "Bedarfsgemeinschaften",
    zaehlwort: { einzahl: "Bedarfsgemeinschaft", mehrzahl: "Bedarfsgemeinschaften", genus: "f" },
    satz: { subjekt: "die Zahl der Bedarfsgemeinschaften", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
  },
  personen_in_bedarfsgemeinschaften: {
    art: "anzahl",
    bezeichnung: "Personen in Bedarfsgemeinschaften",
    zaehlwort: { einzahl: "Person", mehrzahl: "Personen", genus: "f" },
    satz: { subjekt: "die Zahl der Menschen in Bedarfsgemeinschaften", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
  },
};

const person = { einzahl: "Person", mehrzahl: "Personen", genus: "f" } as const;

/** Figures of the SGB II statistics that job centres' annual releases report most often (BA statistics terms). */
export const BUILT_IN_FIGURES: Readonly<Record<string, Definition>> = {
  erwerbsfaehige_leistungsberechtigte: {
    art: "anzahl",
    bezeichnung: "Erwerbsfähige Leistungsberechtigte",
    zaehlwort: person,
    satz: { subjekt: "die Zahl der erwerbsfähigen Leistungsberechtigten", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "personen_in_bedarfsgemeinschaften",
  },
  unter_25_jaehrige: {
    art: "anzahl",
    bezeichnung: "Erwerbsfähige Leistungsberechtigte unter 25 Jahren",
    zaehlwort: person,
    satz: { subjekt: "die Zahl der erwerbsfähigen Leistungsberechtigten unter 25 Jahren", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "erwerbsfaehige_leistungsberechtigte",
  },
  langzeitleistungsbeziehende: {
    art: "anzahl",
    bezeichnung: "Langzeitleistungsbeziehende",
    zaehlwort: person,
    satz: { subjekt: "die Zahl der Langzeitleistungsbeziehenden", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "erwerbsfaehige_leistungsberechtigte",
  },
  arbeitslose: {
    art: "anzahl",
    bezeichnung: "Arbeitslose im SGB II",
    zaehlwort: person,
    satz: { subjekt: "die Zahl der Arbeitslosen im SGB II", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "erwerbsfaehige_leistungsberechtigte",
  },
  langzeitarbeitslose: {
    art: "anzahl",
    bezeichnung: "Langzeitarbeitslose im SGB II",
    zaehlwort: person,
    satz: { subjekt: "die Zahl der Langzeitarbeitslosen im SGB II", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "arbeitslose",
  },
  kinder_unter_15: {
    art: "anzahl",
    bezeichnung: "Kinder unter 15 Jahren in Bedarfsgemeinschaften",
    zaehlwort: { einzahl: "Kind", mehrzahl: "Kinder", genus: "n" },
    satz: { subjekt: "die Zahl der Kinder unter 15 Jahren in Bedarfsgemeinschaften", genus: "f", numerus: "sg" },
    messung: "jahresdurchschnitt",
    hoechstens: "personen_in_bedarfsgemeinschaften",
  },
  integrationen_im_jahr: {
    art: "anzahl",
    bezeichnung: "Integrationen in Arbeit oder Ausbildung",
    zaehlwort: { einzahl: "Integration", mehrzahl: "Integrationen", genus: "f" },
    satz: { subjekt: "die Zahl der Integrationen in Arbeit oder Ausbildung", genus: "f", numerus: "sg" },
    messung: "jahressumme",
  },
  integrationsquote: {
    art: "quote",
    bezeichnung: "Integrationsquote",
    satz: { subjekt: "die Integrationsquote", genus: "f", numerus: "sg" },
    messung: "jahreswert",
  },
  eingliederungsmittel: {
    art: "euro",
    bezeichnung: "Ausgaben für Eingliederungsleistungen",
    satz: { subjekt: "die Ausgaben für Eingliederungsleistungen", genus: "f", numerus: "pl" },
    messung: "jahressumme",
  },
  kosten_der_unterkunft: {
    art: "euro",
    bezeichnung: "Kosten der Unterkunft und Heizung",
    satz: { subjekt: "die Kosten der Unterkunft und Heizung", genus: "f", numerus: "pl" },
    messung: "jahressumme",
  },
};
