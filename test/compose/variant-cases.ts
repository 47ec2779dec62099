/** The data variants the texts are tested with (variants.test.ts), with the sentences an editor expects. */
import type { Changes } from "../helpers/variant.js";

export const series = (from: number, to: number) => ({ 2012: from, 2018: to });
/** Households old → new, persons twice as many, so both series move alike. */
export const households = (from: number, to: number): Changes => ({
  "kennzahlen.bedarfsgemeinschaften": series(from, to),
  "kennzahlen.personen_in_bedarfsgemeinschaften": series(from * 2, to * 2),
});
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
      "Die Zahl der Bedarfsgemeinschaften ist um 46,3 Prozent auf 9.922 gesunken und hat sich damit nahezu halbiert.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist um 47,5 Prozent auf 16.726 gesunken und hat sich damit nahezu halbiert.",
      "Auf eine Bedarfsgemeinschaft kamen 2018 im Schnitt 1,69 Personen, 2012 waren es 1,73.",
      "Von 2012 bis 2018 verzeichnete das Jobcenter 31.775 Integrationen in Arbeit oder Ausbildung; wer mehrmals eine Stelle antrat, ist mehrfach gezählt.",
      "Im selben Zeitraum bewilligte es 9.664 Förderungen, etwa für eine berufliche Qualifizierung oder als Zuschuss zum Lohn, der den Einstieg in Arbeit erleichtert.",
      "“, sagt Frank Reißmann, Leiter der Abteilung Soziales und Ordnung im Landratsamt.",
      "Von den 407 Jobcentern in Deutschland (Stand 2018) werden 104 – gut ein Viertel – von Landkreisen oder kreisfreien Städten in eigener Verantwortung geführt",
    ],
    factSheet: ["Bilanz 2012–2018 · Grundsicherung für Arbeitsuchende (SGB II)", "Entwicklung seit 2012"],
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
    factSheet: ["Bilanz 2023 · Bürgergeld (SGB II)"],
    absent: [/seit 2023 (nahezu|un)|gegenüber|waren es|Die Zahl der|Entwicklung seit|Veränderung|2023–2023/],
  },
  {
    name: "one-year periods that differ from the report span",
    edition: { "kennzahlen.integrationen": { von: 2018, bis: 2018, anzahl: 4100 }, "kennzahlen.gefoerderte": { von: 2018, bis: 2018, anzahl: 1200 } },
    release: [
      "Bilanz 2012–2018: 4.100 Integrationen in Arbeit oder Ausbildung (2018)",
      "Im Jahr 2018 verzeichnete das Jobcenter 4.100 Integrationen in Arbeit oder Ausbildung;",
      "Im selben Jahr bewilligte es 1.200 Förderungen,",
    ],
    factSheet: ["Bilanz 2012–2018", "4.100 Integrationen in Arbeit oder Ausbildung, 2018"],
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
      "Die Zahl der Bedarfsgemeinschaften ist um 50 Prozent auf eins gesunken und hat sich damit halbiert.",
    ],
    factSheet: ["1 Bedarfsgemeinschaft im Jahresdurchschnitt 2018", "1 Person in dieser Bedarfsgemeinschaft"],
    warning: /1,00 Personen je Bedarfsgemeinschaft/,
  },
  {
    name: "a start from zero",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(0, 9922), "kennzahlen.personen_in_bedarfsgemeinschaften": series(0, 16726) },
    release: [
      "Im Jahr 2012, als das Jobcenter seine Arbeit aufnahm, gab es noch keine Bedarfsgemeinschaften.",
      "Die Zahl der Bedarfsgemeinschaften ist von null auf 9.922 gestiegen.",
      "Auch die Zahl der Menschen, die in diesen Haushalten leben, ist von null auf 16.726 gestiegen.",
      "Auf eine Bedarfsgemeinschaft kamen 2018 im Schnitt 1,69 Personen.",
    ],
    absent: [/0,00|waren es 0|keinen Personen/],
  },
  {
    name: "no households in the report year",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 0), "kennzahlen.personen_in_bedarfsgemeinschaften": series(20000, 0) },
    release: ["Im Jahresdurchschnitt 2018 bezogen keine Bedarfsgemeinschaften Grundsicherung für Arbeitsuchende nach dem SGB II.", "Die Zahl der Bedarfsgemeinschaften ist von 10.000 auf null gesunken."],
    factSheet: ["keine Bedarfsgemeinschaften im Jahresdurchschnitt 2018", "keine Personen in diesen Bedarfsgemeinschaften"],
    absent: [/zusammen keinen|\b0 (Bedarfsgemeinschaften|Personen)|Auf eine Bedarfsgemeinschaft kamen/],
  },
  {
    name: "series that move in opposite directions",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 9000), "kennzahlen.personen_in_bedarfsgemeinschaften": series(17000, 17500) },
    release: [
      "Die Zahl der Bedarfsgemeinschaften ist deutlich um 10 Prozent auf 9.000 gesunken.",
      "Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen leicht um 2,9 Prozent auf 17.500 gestiegen.",
    ],
    absent: [/Auch die/],
  },
  {
    name: "one series unchanged, the other moving",
    edition: { "kennzahlen.bedarfsgemeinschaften": series(10000, 10000), "kennzahlen.personen_in_bedarfsgemeinschaften": series(17000, 20400) },
    release: [
      "Zahl der Bedarfsgemeinschaften seit 2012 unverändert",
      "Die Zahl der Bedarfsgemeinschaften ist mit 10.000 unverändert geblieben.",
      "Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen um 20 Prozent auf 20.400 gestiegen, also um ein Fünftel.",
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
    factSheet: ["Bilanz 2012–2023 · Bürgergeld (SGB II)"],
  },
  {
    name: "the benefit's name set by the publisher",
    edition: { berichtsjahr: 2024, veroeffentlichung: "2025-01-16", "quelle.stand": "2025-01-10", "bundesvergleich.stand": 2024, "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2024: 9410 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2024: 16100 }, "kennzahlen.integrationen.bis": 2024, "kennzahlen.gefoerderte.bis": 2024 },
    publisher: { ...realContact, leistung: [{ ab: 2024, name: "Grundsicherung für Arbeitsuchende" }, { ab: 2030, name: "Neue Grundsicherung" }] },
    release: ["Personen Grundsicherung für Arbeitsuchende nach dem SGB II."],
    factSheet: ["Bilanz 2012–2024 · Grundsicherung für Arbeitsuchende (SGB II)"],
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
];

/** The wording table of the README, row by row: households 10.000 → new; the sentence and the headline's end. */
export const WORDING: [number, string, string][] = [
  [10000, "ist mit 10.000 unverändert geblieben.", "unverändert"],
  [10150, "ist mit 10.150 gegenüber 10.000 nahezu unverändert geblieben.", "nahezu unverändert"],
  [10420, "ist leicht um 4,2 Prozent auf 10.420 gestiegen.", "leicht gestiegen"],
  [9000, "ist deutlich um 10 Prozent auf 9.000 gesunken.", "deutlich gesunken"],
  [11110, "ist deutlich um 11,1 Prozent auf 11.110 gestiegen.", "deutlich gestiegen"],
  [8100, "ist um 19 Prozent auf 8.100 gesunken, also um knapp ein Fünftel.", "um knapp ein Fünftel gesunken"],
  [7500, "ist um 25 Prozent auf 7.500 gesunken, also um ein Viertel.", "um ein Viertel gesunken"],
  [7470, "ist um 25,3 Prozent auf 7.470 gesunken, also um rund ein Viertel.", "um rund ein Viertel gesunken"],
  [6600, "ist um 34 Prozent auf 6.600 gesunken, also um gut ein Drittel.", "um gut ein Drittel gesunken"],
  [5375, "ist um 46,3 Prozent auf 5.375 gesunken und hat sich damit nahezu halbiert.", "nahezu halbiert"],
  [5000, "ist um 50 Prozent auf 5.000 gesunken und hat sich damit halbiert.", "halbiert"],
  [4700, "ist um 53 Prozent auf 4.700 gesunken und hat sich damit mehr als halbiert.", "mehr als halbiert"],
  [3300, "ist um 67 Prozent auf 3.300 gesunken, also um rund zwei Drittel.", "um rund zwei Drittel gesunken"],
  [2500, "ist um 75 Prozent auf 2.500 gesunken, also um drei Viertel.", "um drei Viertel gesunken"],
  [1000, "ist um 90 Prozent auf 1.000 gesunken, also um neun Zehntel.", "um neun Zehntel gesunken"],
  [0, "ist von 10.000 auf null gesunken.", "auf null gesunken"],
  [12500, "ist um 25 Prozent auf 12.500 gestiegen, also um ein Viertel.", "um ein Viertel gestiegen"],
  [15000, "ist um 50 Prozent auf 15.000 gestiegen, also um die Hälfte.", "um die Hälfte gestiegen"],
  [17000, "ist um 70 Prozent auf 17.000 gestiegen, also um gut zwei Drittel.", "um gut zwei Drittel gestiegen"],
  [18980, "ist um 89,8 Prozent auf 18.980 gestiegen und hat sich damit nahezu verdoppelt.", "nahezu verdoppelt"],
  [19230, "ist um 92,3 Prozent auf 19.230 gestiegen und hat sich damit nahezu verdoppelt.", "nahezu verdoppelt"],
  [20000, "ist um 100 Prozent auf 20.000 gestiegen und hat sich damit verdoppelt.", "verdoppelt"],
  [20500, "ist um 105 Prozent auf 20.500 gestiegen und hat sich damit mehr als verdoppelt.", "mehr als verdoppelt"],
  [30000, "ist um 200 Prozent auf 30.000 gestiegen und hat sich damit verdreifacht.", "verdreifacht"],
  [40000, "ist um 300 Prozent auf 40.000 gestiegen und hat sich damit vervierfacht.", "vervierfacht"],
  [120000, "ist um 1.100 Prozent auf 120.000 gestiegen und hat sich damit mehr als verzehnfacht.", "mehr als verzehnfacht"],
];

