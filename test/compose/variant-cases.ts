/** The data variants the texts are tested with (variants.test.ts), with the sentences an editor expects. */
import type { Changes } from "../helpers/variant.js";

export const series = (from: number, to: number) => ({ 2012: from, 2018: to });
/** Households old → new, persons twice as many, so both series move alike. */
export const households = (from: number, to: number): Changes => ({
  "kennzahlen.bedarfsgemeinschaften": series(from, to),
  "kennzahlen.personen_in_bedarfsgemeinschaften": series(from * 2, to * 2),
});
/** The same change against the previous year: households 2017 → 2018, no earlier year. */
export const yearOnYear = (from: number, to: number): Changes => ({
  "kennzahlen.bedarfsgemeinschaften": { 2017: from, 2018: to },
  "kennzahlen.personen_in_bedarfsgemeinschaften": { 2017: from * 2, 2018: to * 2 },
});
/** The edition after the example: 2019, with its periods ending in 2019. */
export const nextYear: Changes = {
  berichtsjahr: 2019,
  veroeffentlichung: "2020-01-15",
  "quelle.stand": "2020-01-10",
  "bundesvergleich.stand": 2019,
  "kennzahlen.integrationen": { von: 2012, bis: 2019, anzahl: 35000 },
  "kennzahlen.gefoerderte": { von: 2012, bis: 2019, anzahl: 10500 },
};
export const firstYear: Changes = {
  berichtsjahr: 2023,
  veroeffentlichung: "2024-01-20",
  "quelle.stand": "2024-01-10",
  "bundesvergleich.stand": 2023,
  "jobcenter.gegruendet": 2023,
  "kennzahlen.bedarfsgemeinschaften": { 2023: 5200 },
  "kennzahlen.personen_in_bedarfsgemeinschaften": { 2023: 9800 },
  "kennzahlen.integrationen": { von: 2023, bis: 2023, anzahl: 2900 },
  "kennzahlen.gefoerderte": { von: 2023, bis: 2023, anzahl: 640 },
};
export const realContact: Changes = { "pressestelle.telefon": "+49 3733 831-1234", "pressestelle.email": "presse@kreis-musterland.de" };

export interface Case {
  name: string;
  edition?: Changes;
  publisher?: Changes;
  /** Sentences the release must contain, exactly. */
  release?: string[];
  factSheet?: string[];
  absent?: RegExp[];
  warning?: RegExp;
}

export const CASES: Case[] = [
  {
    name: "the example",
    publisher: {},
    release: [
      "Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert",
      "Bilanz 2012–2018: 31.775 Integrationen in Arbeit oder Ausbildung",
      "Das Kommunale Jobcenter Erzgebirgskreis legt seine Bilanz für das Jahr 2018 vor.",
      "Im Jahresdurchschnitt 2018 bezogen 9.922 Bedarfsgemeinschaften mit zusammen 16.726 Personen Grundsicherung für Arbeitsuchende nach dem SGB II.",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem um 46,3 Prozent auf 9.922 gesunken und hat sich damit nahezu halbiert.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist seitdem um 47,5 Prozent auf 16.726 gesunken und hat sich damit nahezu halbiert.",
      "Auf eine Bedarfsgemeinschaft kamen 2018 im Schnitt 1,69 Personen, 2012 waren es 1,73.",
      "Von 2012 bis 2018 verzeichnete das Jobcenter 31.775 Integrationen in Arbeit oder Ausbildung; wer mehrmals eine Stelle antrat, ist mehrfach gezählt.",
      "Im selben Zeitraum bewilligte es 9.664 Förderungen, etwa für eine berufliche Qualifizierung oder als Zuschuss zum Lohn, der den Einstieg in Arbeit erleichtert.",
      "“, sagt Frank Reißmann, Leiter der Abteilung Soziales und Ordnung im Landratsamt.",
      "Von den 407 Jobcentern in Deutschland (Stand 2018) werden 104 – gut ein Viertel – von Landkreisen oder kreisfreien Städten in eigener Verantwortung geführt",
    ],
    factSheet: ["Jahresbilanz 2018 · Grundsicherung für Arbeitsuchende (SGB II)", "Entwicklung seit 2012"],
    warning: /Beispieladresse/,
  },
  {
    name: "a feminine institution",
    edition: { "jobcenter.name": "Kommunale Arbeitsförderung Musterkreis", "jobcenter.genus": "f" },
    release: ["Die Kommunale Arbeitsförderung Musterkreis legt ihre Bilanz für das Jahr 2018 vor.", "Die Kommunale Arbeitsförderung Musterkreis gehört seit 2012 dazu."],
    absent: [/Das Kommunale Arbeitsförderung|seine Bilanz/],
  },
  {
    name: "a masculine institution",
    edition: { "jobcenter.name": "Kommunaler Arbeitsmarktservice Musterland", "jobcenter.genus": "m" },
    release: ["Der Kommunale Arbeitsmarktservice Musterland legt seine Bilanz für das Jahr 2018 vor.", "Der Kommunale Arbeitsmarktservice Musterland gehört seit 2012 dazu."],
    absent: [/Das Kommunaler|Kommunaler Arbeitsmarktservice Musterland legt/],
  },
  {
    name: "a feminine name without an adjective",
    edition: { "jobcenter.name": "Pro Arbeit – Kreis Musterland (AöR)", "jobcenter.genus": "f" },
    release: ["Die Pro Arbeit – Kreis Musterland (AöR) legt ihre Bilanz für das Jahr 2018 vor."],
  },
  {
    name: "adjectives in lower case and participles before the head noun",
    edition: { "jobcenter.name": "Zugelassener kommunaler Träger Musterkreis", "jobcenter.genus": "m" },
    release: ["Der Zugelassene kommunale Träger Musterkreis legt seine Bilanz für das Jahr 2018 vor."],
  },
  {
    name: "a short adjective before the head noun",
    edition: { "jobcenter.name": "Neues Jobcenter Musterstadt", "jobcenter.genus": "n" },
    release: ["Das Neue Jobcenter Musterstadt legt seine Bilanz für das Jahr 2018 vor."],
  },
  {
    name: "a name whose head noun is not known",
    edition: { "jobcenter.name": "JobPlus Annaberg", "jobcenter.genus": undefined },
    release: ["Das JobPlus Annaberg legt seine Bilanz für das Jahr 2018 vor."],
    warning: /Das Hauptwort von „JobPlus Annaberg“ ist nicht zu erkennen/,
  },
  {
    name: "a feminine name without genus",
    edition: { "jobcenter.name": "Kommunale Arbeitsförderung Musterkreis", "jobcenter.genus": undefined },
    warning: /„Arbeitsförderung“ klingt weiblich \(die\).*„genus: f“/,
  },
  {
    name: "a job centre founded in the report year, 2023",
    edition: firstYear,
    release: [
      "Erste Jahresbilanz: 5.200 Bedarfsgemeinschaften im Jahresdurchschnitt",
      "Bilanz 2023: 2.900 Integrationen in Arbeit oder Ausbildung",
      "Das Kommunale Jobcenter Erzgebirgskreis legt seine erste Bilanz für das Jahr 2023 vor, in dem es seine Arbeit aufgenommen hat.",
      "Im Jahresdurchschnitt 2023 bezogen 5.200 Bedarfsgemeinschaften mit zusammen 9.800 Personen Bürgergeld nach dem SGB II.",
      "Auf eine Bedarfsgemeinschaft kamen 2023 im Schnitt 1,88 Personen.",
      "Im Jahr 2023 verzeichnete das Jobcenter 2.900 Integrationen",
      "Im selben Jahr bewilligte es 640 Förderungen,",
    ],
    factSheet: ["Jahresbilanz 2023 · Bürgergeld (SGB II)"],
    absent: [/seit 2023 (nahezu|un)|gegenüber|waren es|Die Zahl der|Entwicklung seit|Veränderung|2023–2023/],
  },
  {
    name: "one-year periods that differ from the report span",
    edition: { "kennzahlen.integrationen": { von: 2018, bis: 2018, anzahl: 4100 }, "kennzahlen.gefoerderte": { von: 2018, bis: 2018, anzahl: 1200 } },
    release: [
      "Bilanz 2018: 4.100 Integrationen in Arbeit oder Ausbildung",
      "Im Jahr 2018 verzeichnete das Jobcenter 4.100 Integrationen in Arbeit oder Ausbildung;",
      "Im selben Jahr bewilligte es 1.200 Förderungen,",
    ],
    factSheet: ["Jahresbilanz 2018", "4.100 Integrationen in Arbeit oder Ausbildung, 2018"],
    absent: [/Von 2018 bis 2018|2018–2018/],
  },
  {
    name: "periods that differ from each other",
    edition: { "kennzahlen.gefoerderte": { von: 2015, bis: 2018, anzahl: 5000 } },
    release: ["Von 2015 bis 2018 bewilligte es 5.000 Förderungen,"],
    absent: [/im selben Zeitraum/i],
  },
  {
    name: "no placements and no support",
    edition: { "kennzahlen.integrationen.anzahl": 0, "kennzahlen.gefoerderte.anzahl": 0 },
    factSheet: ["keine Integrationen in Arbeit oder Ausbildung, 2012–2018", "keine Förderungen durch Qualifizierung"],
    release: ["Bilanz 2012–2018: keine Integrationen in Arbeit oder Ausbildung", "Von 2012 bis 2018 verzeichnete das Jobcenter keine Integrationen in Arbeit oder Ausbildung."],
    absent: [/bewilligte es|mehrfach gezählt|\b0 (Integrationen|Förderungen|Personen)/],
  },
  {
    name: "one placement and one case of support",
    edition: { "kennzahlen.integrationen.anzahl": 1, "kennzahlen.gefoerderte.anzahl": 1 },
    release: ["Bilanz 2012–2018: eine Integration in Arbeit oder Ausbildung", "verzeichnete das Jobcenter eine Integration in Arbeit oder Ausbildung.", "Im selben Zeitraum bewilligte es eine Förderung: für eine berufliche Qualifizierung oder als Zuschuss zum Lohn."],
    factSheet: ["1 Integration in Arbeit oder Ausbildung, 2012–2018", "1 Förderung durch Qualifizierung"],
    absent: [/mehrfach gezählt|etwa für|1 Förderungen/],
  },
  {
    name: "one household of one person",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(2, 1), "kennzahlen.personen_in_bedarfsgemeinschaften": series(3, 1) },
    release: [
      "Im Jahresdurchschnitt 2018 bezog eine Bedarfsgemeinschaft mit einer Person Grundsicherung für Arbeitsuchende nach dem SGB II.",
      "Im Jahr 2012, als das Jobcenter seine Arbeit aufnahm, waren es zwei Bedarfsgemeinschaften mit drei Personen.",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem um 50 Prozent auf eins gesunken und hat sich damit halbiert.",
    ],
    factSheet: ["1 Bedarfsgemeinschaft im Jahresdurchschnitt 2018", "1 Person in dieser Bedarfsgemeinschaft"],
    warning: /1,00 Personen je Bedarfsgemeinschaft/,
  },
  {
    name: "a start from zero",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(0, 9922), "kennzahlen.personen_in_bedarfsgemeinschaften": series(0, 16726) },
    release: [
      "Im Jahr 2012, als das Jobcenter seine Arbeit aufnahm, gab es noch keine Bedarfsgemeinschaften.",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem von null auf 9.922 gestiegen.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist seitdem von null auf 16.726 gestiegen.",
      "Auf eine Bedarfsgemeinschaft kamen 2018 im Schnitt 1,69 Personen.",
    ],
    absent: [/0,00|waren es 0|keinen Personen/],
  },
  {
    name: "no households in the report year",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 0), "kennzahlen.personen_in_bedarfsgemeinschaften": series(20000, 0) },
    release: ["Im Jahresdurchschnitt 2018 bezogen keine Bedarfsgemeinschaften Grundsicherung für Arbeitsuchende nach dem SGB II.", "Die Zahl der Bedarfsgemeinschaften ist seitdem von 10.000 auf null gesunken."],
    factSheet: ["keine Bedarfsgemeinschaften im Jahresdurchschnitt 2018", "keine Personen in diesen Bedarfsgemeinschaften"],
    absent: [/zusammen keinen|\b0 (Bedarfsgemeinschaften|Personen) (im|in|mit)|Auf eine Bedarfsgemeinschaft kamen/],
  },
  {
    name: "series that move in opposite directions",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 9000), "kennzahlen.personen_in_bedarfsgemeinschaften": series(17000, 17500) },
    release: [
      "Die Zahl der Bedarfsgemeinschaften ist seitdem deutlich um 10 Prozent auf 9.000 gesunken.",
      "Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen seitdem leicht um 2,9 Prozent auf 17.500 gestiegen.",
    ],
    absent: [/Auch die/],
  },
  {
    name: "one series unchanged, the other moving",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 10000), "kennzahlen.personen_in_bedarfsgemeinschaften": series(17000, 20400) },
    release: [
      "Zahl der Bedarfsgemeinschaften seit 2012 unverändert",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem mit 10.000 unverändert geblieben.",
      "Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen seitdem um 20 Prozent auf 20.400 gestiegen, also um ein Fünftel.",
    ],
  },
  {
    name: "a quote that carries its own marks",
    edition: { zitate: [{ name: "Rita Muster", funktion: "Landrätin", text: "„Wir sind zufrieden.“" }] },
    release: ["„Wir sind zufrieden“, sagt Landrätin Rita Muster."],
    absent: [/„‚|‘“|„„/],
  },
  {
    name: "a quote in guillemets",
    edition: { zitate: [{ name: "Rita Muster", funktion: "Landrätin", text: "»Wir sind zufrieden.«" }] },
    release: ["„Wir sind zufrieden“, sagt Landrätin Rita Muster."],
    absent: [/[»«]/],
  },
  {
    name: "two quotes with their own verbs, title before the name and function after it",
    edition: {
      zitate: [
        { name: "Rita Muster", funktion: "Landrätin", text: "Wir sind zufrieden.", verb: "betont" },
        { name: "Max Muster", funktion: "Leiter des Jobcenters", text: "Wir machen weiter." },
      ],
    },
    release: ["„Wir sind zufrieden“, betont Landrätin Rita Muster.", "„Wir machen weiter“, sagt Max Muster, Leiter des Jobcenters."],
    absent: [/Rita Muster, Landrätin/],
  },
  {
    name: "the data deciding where the function goes",
    edition: {
      zitate: [
        { name: "Rita Muster", funktion: "Sprecherin", text: "Wir sind zufrieden.", funktion_voran: false },
        { name: "Max Muster", funktion: "Landrat a. D.", text: "Wer soll das bezahlen?", verb: "fragt", funktion_voran: true },
      ],
    },
    release: ["„Wir sind zufrieden“, sagt Rita Muster, Sprecherin.", "„Wer soll das bezahlen?“, fragt Landrat a. D. Max Muster."],
  },
  {
    name: "quotes that hold quotes of their own, in single marks, or are two sentences in marks",
    edition: {
      zitate: [
        { name: "Rita Muster", funktion: "Landrätin", text: "„Das Programm „Arbeit vor Ort“ hilft.“" },
        { name: "Max Muster", funktion: "Sozialdezernent", text: "‚Wir sind zufrieden.‘" },
        { name: "Eva Muster", funktion: "Jobcenterleiterin", text: "„Wir helfen.“ „Wir bleiben dran.“" },
      ],
    },
    release: [
      "„Das Programm ‚Arbeit vor Ort‘ hilft“, sagt Landrätin Rita Muster.",
      "„Wir sind zufrieden“, sagt Sozialdezernent Max Muster.",
      "„Wir helfen. Wir bleiben dran“, sagt Jobcenterleiterin Eva Muster.",
    ],
    absent: [/„‚|‘“|hilft\.“/],
  },
  {
    name: "provisional figures",
    edition: { "quelle.status": "vorlaeufig" },
    release: ["Alle Angaben sind vorläufige Werte.", "Quelle der Zahlen: Kommunales Jobcenter Erzgebirgskreis, Stand 15. Januar 2019."],
    factSheet: ["Stand 15. Januar 2019 – vorläufige Werte"],
    // The source's date once in the release (the fact sheet follows it in the text searched).
    absent: [/Stand 15\. Januar 2019[^]*Stand 15\. Januar 2019[^]*Faktenblatt/],
    warning: /vorläufig/,
  },
  {
    name: "an edition about 2023",
    edition: {
      berichtsjahr: 2023,
      veroeffentlichung: "2024-01-16",
      "quelle.stand": "2024-01-10",
      "bundesvergleich.stand": 2023,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2023: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2023: 16100 },
      "kennzahlen.integrationen.bis": 2023,
      "kennzahlen.gefoerderte.bis": 2023,
    },
    release: ["Im Jahresdurchschnitt 2023 bezogen 9.410 Bedarfsgemeinschaften mit zusammen 16.100 Personen Bürgergeld nach dem SGB II."],
    factSheet: ["Jahresbilanz 2023 · Bürgergeld (SGB II)"],
  },
  {
    name: "the benefit's name set by the publisher",
    edition: { berichtsjahr: 2024, veroeffentlichung: "2025-01-16", "quelle.stand": "2025-01-10", "bundesvergleich.stand": 2024, "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2024: 9410 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2024: 16100 }, "kennzahlen.integrationen.bis": 2024, "kennzahlen.gefoerderte.bis": 2024 },
    publisher: { ...realContact, leistung: [{ ab: 2024, name: "Grundsicherung für Arbeitsuchende" }, { ab: 2030, name: "Neue Grundsicherung" }] },
    release: ["Personen Grundsicherung für Arbeitsuchende nach dem SGB II."],
    factSheet: ["Jahresbilanz 2024 · Grundsicherung für Arbeitsuchende (SGB II)"],
    absent: [/Bürgergeld|Neue Grundsicherung/],
  },
  {
    name: "an edition before the publisher's own name for the benefit applies",
    edition: { berichtsjahr: 2023, veroeffentlichung: "2024-01-16", "quelle.stand": "2024-01-10", "bundesvergleich.stand": 2023, "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2023: 9410 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2023: 16100 }, "kennzahlen.integrationen.bis": 2023, "kennzahlen.gefoerderte.bis": 2023 },
    publisher: { ...realContact, leistung: [{ ab: 2026, name: "Grundsicherung" }] },
    release: ["Personen Bürgergeld nach dem SGB II."],
  },
  {
    name: "an own headline",
    edition: { schlagzeile: "Weniger Menschen auf Grundsicherung angewiesen" },
    release: ["Weniger Menschen auf Grundsicherung angewiesen"],
    absent: [/seit 2012 nahezu halbiert/],
  },
  {
    name: "an own headline that is too long",
    edition: { schlagzeile: "Kommunales Jobcenter Erzgebirgskreis: Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert" },
    warning: /Die Schlagzeile hat 94 Zeichen/,
  },
  {
    name: "a real phone number with a run of zeros inside a group, and a website on http",
    publisher: { "pressestelle.telefon": "+49 3733 10000", "pressestelle.email": "presse@kreis-musterland.de", "pressestelle.website": "http://www.kreis-musterland.de" },
    release: ["Telefon +49 3733 10000, E-Mail presse@kreis-musterland.de http://www.kreis-musterland.de"],
  },
  {
    name: "a full contact block",
    publisher: { ...realContact, "pressestelle.ansprechpartner": "Rita Muster", "pressestelle.anschrift": "Musterstraße 1, 09456 Annaberg-Buchholz", "pressestelle.website": "https://www.kreis-musterland.de" },
    release: ["Pressekontakt: Pressestelle des Landratsamtes, Rita Muster Musterstraße 1, 09456 Annaberg-Buchholz Telefon +49 3733 831-1234, E-Mail presse@kreis-musterland.de https://www.kreis-musterland.de"],
    factSheet: ["Pressekontakt: Pressestelle des Landratsamtes, Rita Muster · Telefon +49 3733 831-1234 · presse@kreis-musterland.de · https://www.kreis-musterland.de"],
  },
  {
    name: "a municipal share no fraction fits",
    edition: { "bundesvergleich.kommunale_jobcenter": 50 },
    release: ["werden 50 (12,3 Prozent) von Landkreisen"],
    factSheet: ["Der Anteil der Jobcenter, die Landkreise oder kreisfreie Städte in eigener Verantwortung führen, liegt bei 12,3 Prozent."],
    absent: [/Zehntel/],
  },
  {
    name: "a single municipal job centre",
    edition: { "bundesvergleich.kommunale_jobcenter": 1 },
    release: ["Von den 407 Jobcentern in Deutschland (Stand 2018) wird eines (0,2 Prozent) von Landkreisen"],
  },
  {
    name: "the second year: a fall against the previous year leads, the long-term change follows",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 16000 },
    },
    release: [
      "Bedarfsgemeinschaften: 5,2 Prozent weniger als im Vorjahr",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 5,2 Prozent auf 9.410 gesunken.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist gegenüber dem Vorjahr leicht um 4,3 Prozent auf 16.000 gesunken.",
      "Im Jahr 2012, als das Jobcenter seine Arbeit aufnahm, waren es 18.460 Bedarfsgemeinschaften mit 31.871 Personen.",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem um 49 Prozent gesunken und hat sich damit nahezu halbiert.",
    ],
    factSheet: ["Jahresdurchschnitt 2012 2018 2019 Veränderung zum Vorjahr Veränderung seit 2012", "Bedarfsgemeinschaften 18.460 9.922 9.410 −5,2 % −49,0 %", "Personen je Bedarfsgemeinschaft 1,73 1,69 1,70"],
    absent: [/seit 2012 nahezu halbiert/],
  },
  {
    name: "the second year: a rise of more than double leads, not the long-term change",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 20500 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 33000 },
    },
    release: [
      "Bedarfsgemeinschaften: mehr als doppelt so viele wie im Vorjahr",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr um 106,6 Prozent auf 20.500 gestiegen und hat sich damit mehr als verdoppelt.",
      "Die Zahl der Bedarfsgemeinschaften ist seitdem deutlich um 11,1 Prozent gestiegen.",
    ],
    factSheet: ["Bedarfsgemeinschaften 18.460 9.922 20.500 +106,6 % +11,1 %"],
    warning: /\+107 % gegenüber 2018/,
  },
  {
    name: "the second year without change: the long-term change leads",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9922 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 16726 },
    },
    release: [
      // A year without change is no headline where the long-term change can be told.
      "Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr mit 9.922 unverändert geblieben.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist gegenüber dem Vorjahr mit 16.726 unverändert geblieben.",
    ],
    factSheet: ["Bedarfsgemeinschaften 18.460 9.922 9.922 0,0 % −46,3 %"],
  },
  {
    name: "persons change more than households against the previous year",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9800 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 18100 },
    },
    release: [
      "Menschen in Bedarfsgemeinschaften: 8,2 Prozent mehr als im Vorjahr",
      "Die Zahl der Bedarfsgemeinschaften ist mit 9.800 gegenüber 9.922 im Vorjahr nahezu unverändert geblieben.",
      "Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen gegenüber dem Vorjahr leicht um 8,2 Prozent auf 18.100 gestiegen.",
    ],
  },
  {
    name: "a long-term landmark reached in the report year leads",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 11000, 2019: 9200 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 19000, 2019: 16000 },
    },
    release: [
      "Zahl der Bedarfsgemeinschaften seit 2012 halbiert",
      "Im Jahr 2012, als das Jobcenter seine Arbeit aufnahm, waren es 18.460 Bedarfsgemeinschaften mit 31.871 Personen. Die Zahl der Bedarfsgemeinschaften ist seitdem um 50,2 Prozent gesunken und hat sich damit halbiert.",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr deutlich um 16,4 Prozent auf 9.200 gesunken.",
    ],
  },
  {
    name: "persons halved since the founding year in the report year: that leads, told in the first paragraph",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 15900 },
    },
    release: [
      "Zahl der Menschen in Bedarfsgemeinschaften seit 2012 halbiert",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist seitdem um 50,1 Prozent gesunken und hat sich damit halbiert.",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 5,2 Prozent auf 9.410 gesunken.",
    ],
  },
  {
    name: "past a doubling and falling back: the year's fall leads, not the doubling",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2012: 1000, 2018: 3200, 2019: 2100 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 2000, 2018: 6400, 2019: 4200 },
    },
    release: ["Bedarfsgemeinschaften: 34,4 Prozent weniger als im Vorjahr"],
    absent: [/seit 2012 mehr als verdoppelt/],
    warning: /−34 % gegenüber 2018/,
  },
  {
    name: "only the report year and the previous year, no federal comparison, no support",
    edition: {
      ...nextYear,
      bundesvergleich: undefined,
      "kennzahlen.gefoerderte": undefined,
      "kennzahlen.bedarfsgemeinschaften": { 2018: 9922, 2019: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2018: 16726, 2019: 15900 },
    },
    release: [
      "Bedarfsgemeinschaften: 5,2 Prozent weniger als im Vorjahr",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 5,2 Prozent auf 9.410 gesunken.",
      "Auf eine Bedarfsgemeinschaft kamen 2019 im Schnitt 1,69 Personen, im Vorjahr waren es 1,69.",
      "Von 2012 bis 2019 verzeichnete das Jobcenter 35.000 Integrationen in Arbeit oder Ausbildung; wer mehrmals eine Stelle antrat, ist mehrfach gezählt.",
    ],
    factSheet: ["Vergleich mit dem Vorjahr", "Jahresdurchschnitt 2018 2019 Veränderung zum Vorjahr", "Bedarfsgemeinschaften 9.922 9.410 −5,2 %"],
    absent: [/seitdem|seit 2012|als das Jobcenter seine Arbeit aufnahm|Bundesvergleich|Jobcentern in Deutschland|Förderung|Im selben/],
  },
  {
    name: "a job centre founded 2005 reporting 2012 against 2011, without federal comparison, support or integrations",
    edition: {
      berichtsjahr: 2012,
      veroeffentlichung: "2013-02-05",
      "quelle.stand": "2013-01-31",
      "jobcenter.gegruendet": 2005,
      bundesvergleich: undefined,
      "kennzahlen.integrationen": undefined,
      "kennzahlen.gefoerderte": undefined,
      "kennzahlen.bedarfsgemeinschaften": { 2011: 7400, 2012: 7050 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2011: 13800, 2012: 13200 },
    },
    release: [
      "Bedarfsgemeinschaften: 4,7 Prozent weniger als im Vorjahr",
      "Das Kommunale Jobcenter Erzgebirgskreis legt seine Bilanz für das Jahr 2012 vor.",
      "Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 4,7 Prozent auf 7.050 gesunken.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist gegenüber dem Vorjahr leicht um 4,3 Prozent auf 13.200 gesunken.",
    ],
    factSheet: ["Jahresbilanz 2012", "Jahresdurchschnitt 2011 2012 Veränderung zum Vorjahr"],
    absent: [/Integration|Förderung|Bilanz 20\d\d–|seit 2005|Jobcentern in Deutschland|Bundesvergleich/],
  },
  {
    name: "a base year that is not the founding year",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2015: 12000, 2019: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2015: 21000, 2019: 15900 },
    },
    release: [
      "Zahl der Bedarfsgemeinschaften seit 2015 um gut ein Fünftel gesunken",
      "Im Jahr 2015 waren es 12.000 Bedarfsgemeinschaften mit 21.000 Personen. Die Zahl der Bedarfsgemeinschaften ist seitdem um 21,6 Prozent auf 9.410 gesunken, also um gut ein Fünftel.",
    ],
    factSheet: ["Entwicklung seit 2015", "Jahresdurchschnitt 2015 2019 Veränderung seit 2015"],
    absent: [/als das Jobcenter seine Arbeit aufnahm|Vorjahr/],
  },
  {
    name: "the report year alone",
    edition: {
      ...nextYear,
      "kennzahlen.bedarfsgemeinschaften": { 2019: 9410 },
      "kennzahlen.personen_in_bedarfsgemeinschaften": { 2019: 15900 },
    },
    release: ["Jahresbilanz 2019: 9.410 Bedarfsgemeinschaften im Jahresdurchschnitt", "Auf eine Bedarfsgemeinschaft kamen 2019 im Schnitt 1,69 Personen."],
    absent: [/Vorjahr|seitdem|Bedarfsgemeinschaften seit|Entwicklung seit|Balkendiagramm/],
  },
];

/**
 * The wording table of the README, row by row: households 10.000 → new; the sentence, the end of
 * the headline for a change since an earlier year, and the headline for a change against the previous year.
 */
export const WORDING: [number, string, string, string][] = [
  [10000, "ist mit 10.000 unverändert geblieben.", "unverändert", "Bedarfsgemeinschaften: genauso viele wie im Vorjahr"],
  [10150, "ist mit 10.150 gegenüber 10.000 nahezu unverändert geblieben.", "nahezu unverändert", "Bedarfsgemeinschaften: etwa so viele wie im Vorjahr"],
  [10420, "ist leicht um 4,2 Prozent auf 10.420 gestiegen.", "leicht gestiegen", "Bedarfsgemeinschaften: 4,2 Prozent mehr als im Vorjahr"],
  [9000, "ist deutlich um 10 Prozent auf 9.000 gesunken.", "deutlich gesunken", "Bedarfsgemeinschaften: 10 Prozent weniger als im Vorjahr"],
  [11110, "ist deutlich um 11,1 Prozent auf 11.110 gestiegen.", "deutlich gestiegen", "Bedarfsgemeinschaften: 11,1 Prozent mehr als im Vorjahr"],
  [8100, "ist um 19 Prozent auf 8.100 gesunken, also um knapp ein Fünftel.", "um knapp ein Fünftel gesunken", "Bedarfsgemeinschaften: 19 Prozent weniger als im Vorjahr"],
  [7500, "ist um 25 Prozent auf 7.500 gesunken, also um ein Viertel.", "um ein Viertel gesunken", "Bedarfsgemeinschaften: 25 Prozent weniger als im Vorjahr"],
  [7470, "ist um 25,3 Prozent auf 7.470 gesunken, also um rund ein Viertel.", "um rund ein Viertel gesunken", "Bedarfsgemeinschaften: 25,3 Prozent weniger als im Vorjahr"],
  [6600, "ist um 34 Prozent auf 6.600 gesunken, also um gut ein Drittel.", "um gut ein Drittel gesunken", "Bedarfsgemeinschaften: 34 Prozent weniger als im Vorjahr"],
  [5375, "ist um 46,3 Prozent auf 5.375 gesunken und hat sich damit nahezu halbiert.", "nahezu halbiert", "Bedarfsgemeinschaften: 46,3 Prozent weniger als im Vorjahr"],
  [5000, "ist um 50 Prozent auf 5.000 gesunken und hat sich damit halbiert.", "halbiert", "Bedarfsgemeinschaften: 50 Prozent weniger als im Vorjahr"],
  [4700, "ist um 53 Prozent auf 4.700 gesunken und hat sich damit mehr als halbiert.", "mehr als halbiert", "Bedarfsgemeinschaften: 53 Prozent weniger als im Vorjahr"],
  [3300, "ist um 67 Prozent auf 3.300 gesunken, also um rund zwei Drittel.", "um rund zwei Drittel gesunken", "Bedarfsgemeinschaften: 67 Prozent weniger als im Vorjahr"],
  [2500, "ist um 75 Prozent auf 2.500 gesunken, also um drei Viertel.", "um drei Viertel gesunken", "Bedarfsgemeinschaften: 75 Prozent weniger als im Vorjahr"],
  [1000, "ist um 90 Prozent auf 1.000 gesunken, also um neun Zehntel.", "um neun Zehntel gesunken", "Bedarfsgemeinschaften: 90 Prozent weniger als im Vorjahr"],
  [0, "ist von 10.000 auf null gesunken.", "auf null gesunken", "Zahl der Bedarfsgemeinschaften auf null gesunken"],
  [12500, "ist um 25 Prozent auf 12.500 gestiegen, also um ein Viertel.", "um ein Viertel gestiegen", "Bedarfsgemeinschaften: 25 Prozent mehr als im Vorjahr"],
  [15000, "ist um 50 Prozent auf 15.000 gestiegen, also um die Hälfte.", "um die Hälfte gestiegen", "Bedarfsgemeinschaften: 50 Prozent mehr als im Vorjahr"],
  [17000, "ist um 70 Prozent auf 17.000 gestiegen, also um gut zwei Drittel.", "um gut zwei Drittel gestiegen", "Bedarfsgemeinschaften: 70 Prozent mehr als im Vorjahr"],
  [18980, "ist um 89,8 Prozent auf 18.980 gestiegen und hat sich damit nahezu verdoppelt.", "nahezu verdoppelt", "Bedarfsgemeinschaften: nahezu doppelt so viele wie im Vorjahr"],
  [19230, "ist um 92,3 Prozent auf 19.230 gestiegen und hat sich damit nahezu verdoppelt.", "nahezu verdoppelt", "Bedarfsgemeinschaften: nahezu doppelt so viele wie im Vorjahr"],
  [20000, "ist um 100 Prozent auf 20.000 gestiegen und hat sich damit verdoppelt.", "verdoppelt", "Bedarfsgemeinschaften: doppelt so viele wie im Vorjahr"],
  [20500, "ist um 105 Prozent auf 20.500 gestiegen und hat sich damit mehr als verdoppelt.", "mehr als verdoppelt", "Bedarfsgemeinschaften: mehr als doppelt so viele wie im Vorjahr"],
  [30000, "ist um 200 Prozent auf 30.000 gestiegen und hat sich damit verdreifacht.", "verdreifacht", "Bedarfsgemeinschaften: dreimal so viele wie im Vorjahr"],
  [40000, "ist um 300 Prozent auf 40.000 gestiegen und hat sich damit vervierfacht.", "vervierfacht", "Bedarfsgemeinschaften: viermal so viele wie im Vorjahr"],
  [120000, "ist um 1.100 Prozent auf 120.000 gestiegen und hat sich damit mehr als verzehnfacht.", "mehr als verzehnfacht", "Bedarfsgemeinschaften: mehr als zehnmal so viele wie im Vorjahr"],
];

