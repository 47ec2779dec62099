import { describe, expect, it } from "vitest";
import { approximateShare } from "../../src/derive/approximate-share.js";
import { createGermanHandlebars } from "../../src/german/helpers.js";

const NBSP = "\u00a0";
const MINUS = "\u2212";
const hb = createGermanHandlebars();
// noEscape: these cases pin the helpers' own text, not Handlebars' HTML escaping.
const render = (template: string, context: object = {}) => hb.compile(template, { noEscape: true, strict: true })(context);

/** Every helper, table-driven: template, context, expected text (compared code point by code point). */
const CASES: [string, object, string][] = [
  // integers, DIN grouping, years
  ["{{zahl n}}", { n: 0 }, "0"],
  ["{{zahl n}}", { n: 7 }, "7"],
  ["{{zahl n}}", { n: 999 }, "999"],
  ["{{zahl n}}", { n: 1000 }, "1.000"],
  ["{{zahl n}}", { n: 9664 }, "9.664"],
  ["{{zahl n}}", { n: 31775 }, "31.775"],
  ["{{zahl n}}", { n: 1234567 }, "1.234.567"],
  ["{{zahl n}}", { n: -8538 }, `${MINUS}8.538`],
  ["{{zahl n din=true}}", { n: 31775 }, "31\u202f775"],
  ["{{zahl n din=true}}", { n: 9664 }, "9\u202f664"],
  ["{{n}}", { n: 2018 }, "2018"],
  // decimals
  ["{{dezimal n}}", { n: 1.25 }, "1,3"],
  ["{{dezimal n stellen=2}}", { n: 16726 / 9922 }, "1,69"],
  ["{{dezimal n stellen=2}}", { n: 31871 / 18460 }, "1,73"],
  ["{{dezimal n stellen=0}}", { n: 2.5 }, "3"],
  // number words
  ["{{zahlwort n}}", { n: 0 }, "null"],
  ["{{zahlwort n}}", { n: 6 }, "sechs"],
  ["{{zahlwort n}}", { n: 12 }, "zwölf"],
  ["{{zahlwort n}}", { n: 13 }, "13"],
  ["{{zahlwort n}}", { n: 1000 }, "1.000"],
  // percentages and points
  ["{{prozent r}}", { r: 16726 / 31871 - 1 }, `47,5${NBSP}%`],
  ["{{prozent r vorzeichen=true}}", { r: 9922 / 18460 - 1 }, `${MINUS}46,3${NBSP}%`],
  ["{{prozent r vorzeichen=true}}", { r: 0.12 }, `+12,0${NBSP}%`],
  ["{{prozent r vorzeichen=true}}", { r: 0 }, `0,0${NBSP}%`],
  ["{{prozent r vorzeichen=true}}", { r: -0.00004 }, `0,0${NBSP}%`],
  ["{{prozent r wort=true}}", { r: -0.496 }, `49,6${NBSP}Prozent`],
  ["{{prozent r vorzeichen=true wort=true}}", { r: 1.01 }, `+101${NBSP}Prozent`],
  ["{{prozent r}}", { r: 104 / 407 }, `25,6${NBSP}%`],
  ["{{prozent r}}", { r: 0.255 }, `25,5${NBSP}%`],
  ["{{prozentpunkte d}}", { d: 0.013 }, `1,3${NBSP}Prozentpunkte`],
  ["{{prozentpunkte d vorzeichen=true}}", { d: -0.021 }, `${MINUS}2,1${NBSP}Prozentpunkte`],
  // dates, times, ranges
  ["{{datum d}}", { d: "2019-01-15" }, `15.${NBSP}Januar 2019`],
  ["{{datum d}}", { d: "2019-03-01" }, `1.${NBSP}März 2019`],
  ["{{datum d form=\"wochentag\"}}", { d: "2019-01-15" }, `Dienstag, 15.${NBSP}Januar 2019`],
  ["{{datum d form=\"kurz\"}}", { d: "2019-01-15" }, "15.01.2019"],
  ["{{datum d}}", { d: "2019-12-31T23:30" }, `31.${NBSP}Dezember 2019`],
  ["{{uhrzeit d}}", { d: "2019-01-15T11:00" }, `11.00${NBSP}Uhr`],
  ["{{uhrzeit d}}", { d: "2019-01-15T09:05" }, `9.05${NBSP}Uhr`],
  ["{{zeitraum a b}}", { a: 2012, b: 2018 }, "2012\u20132018"],
  ["{{zeitraum a b}}", { a: 2018, b: 2018 }, "2018"],
  // counts and agreement
  ["{{anzahl n \"Bedarfsgemeinschaft\" \"Bedarfsgemeinschaften\" genus=\"f\"}}", { n: 1 }, "eine Bedarfsgemeinschaft"],
  ["{{anzahl n \"Bedarfsgemeinschaft\" \"Bedarfsgemeinschaften\" genus=\"f\"}}", { n: 2 }, "zwei Bedarfsgemeinschaften"],
  ["{{anzahl n \"Bedarfsgemeinschaft\" \"Bedarfsgemeinschaften\" genus=\"f\" ziffern=true}}", { n: 2 }, "2 Bedarfsgemeinschaften"],
  ["{{anzahl n \"Bedarfsgemeinschaft\" \"Bedarfsgemeinschaften\" genus=\"f\"}}", { n: 13 }, "13 Bedarfsgemeinschaften"],
  ["{{anzahl n \"Person\" \"Personen\" genus=\"f\" fall=\"dativ\"}}", { n: 1 }, "einer Person"],
  ["{{anzahl n \"Person\" \"Personen\" genus=\"f\" fall=\"dativ\"}}", { n: 0 }, "keinen Personen"],
  ["{{anzahl n \"Fall\" \"Fällen\" genus=\"m\" fall=\"dativ\"}}", { n: 1 }, "einem Fall"],
  ["{{anzahl n \"Fall\" \"Fällen\" genus=\"m\" fall=\"dativ\"}}", { n: 9664 }, "9.664 Fällen"],
  ["{{anzahl n \"Antrag\" \"Anträge\" genus=\"m\" fall=\"akkusativ\"}}", { n: 1 }, "einen Antrag"],
  ["{{anzahl n \"Person\" \"Personen\" genus=\"f\"}}", { n: 1 }, "eine Person"],
  ["{{anzahl n \"Person\" \"Personen\" genus=\"f\"}}", { n: 16726 }, "16.726 Personen"],
  ["{{anzahl n \"Person\" \"Personen\" genus=\"f\"}}", { n: 0 }, "keine Personen"],
  ["{{anzahl n \"Jobcenter\" \"Jobcenter\" genus=\"n\"}}", { n: 1 }, "ein Jobcenter"],
  ["{{anzahl n \"Jahr\" \"Jahre\"}}", { n: 12 }, "zwölf Jahre"],
  ["{{zahl n fliesstext=true}}", { n: 9 }, "neun"],
  ["{{zahl n fliesstext=true}}", { n: 1 }, "eins"],
  ["{{zahl n fliesstext=true}}", { n: 13 }, "13"],
  ["{{zahl n fliesstext=true}}", { n: 20500 }, "20.500"],
  ["{{prozent r wort=true}}", { r: 3 }, `300${NBSP}Prozent`],
  ["{{prozent r wort=true}}", { r: -0.111 }, `11,1${NBSP}Prozent`],
  ["{{vervielfacht n}}", { n: 4 }, "vervierfacht"],
  ["{{vervielfacht n}}", { n: 2 }, "verdoppelt"],
  ["{{possessiv g}}", { g: "f" }, "ihre"],
  ["{{possessiv g}}", { g: "m" }, "seine"],
  ["{{pronomen g}}", { g: "f" }, "sie"],
  ["{{pronomen g}}", { g: "m" }, "er"],
  ["{{#if (mehrere n)}}ja{{else}}nein{{/if}}", { n: 1 }, "nein"],
  ["{{mehrzahl n \"wird\" \"werden\"}}", { n: 1 }, "wird"],
  ["{{mehrzahl n \"wird\" \"werden\"}}", { n: 2 }, "werden"],
  ["{{mehrzahl n \"wird\" \"werden\"}}", { n: 0 }, "werden"],
  // shares as fractions
  ["{{bruch (anteil 104 407)}}", {}, "gut ein Viertel"],
  ["{{bruch (anteil 255 1000)}}", {}, "rund ein Viertel"],
  ["{{bruch (anteil 1 2)}}", {}, "die Hälfte"],
  ["{{bruch (anteil 48 100)}}", {}, "knapp die Hälfte"],
  ["{{bruch (anteil 33 100)}}", {}, "rund ein Drittel"],
  ["{{bruch (anteil 31 100)}}", {}, "knapp ein Drittel"],
  ["{{bruch (anteil 2 3)}}", {}, "zwei Drittel"],
  ["{{bruch (anteil 76 100)}}", {}, "gut drei Viertel"],
  ["{{bruch (anteil 1 5)}}", {}, "ein Fünftel"],
  ["{{bruch (anteil 2 5)}}", {}, "zwei Fünftel"],
  ["{{bruch (anteil 1 10)}}", {}, "ein Zehntel"],
  ["{{gross (bruch (anteil 104 407))}}", {}, "Gut ein Viertel"],
  // names with article, quotes, typography
  ["{{mitArtikel n gross=true}}", { n: "Kommunales Jobcenter Erzgebirgskreis" }, "Das Kommunale Jobcenter Erzgebirgskreis"],
  ["{{mitArtikel n fall=\"dativ\"}}", { n: "Kommunales Jobcenter Erzgebirgskreis" }, "dem Kommunalen Jobcenter Erzgebirgskreis"],
  ["{{mitArtikel n}}", { n: "Jobcenter Musterstadt" }, "das Jobcenter Musterstadt"],
  ["{{mitArtikel n genus=\"f\" gross=true}}", { n: "Kommunale Arbeitsförderung Musterkreis" }, "Die Kommunale Arbeitsförderung Musterkreis"],
  ["{{mitArtikel n genus=\"f\" fall=\"dativ\"}}", { n: "Kommunale Arbeitsförderung Musterkreis" }, "der Kommunalen Arbeitsförderung Musterkreis"],
  ["{{mitArtikel n genus=\"m\" gross=true}}", { n: "Kommunaler Arbeitsmarktservice Musterland" }, "Der Kommunale Arbeitsmarktservice Musterland"],
  ["{{mitArtikel n genus=\"m\" fall=\"dativ\"}}", { n: "Kommunaler Arbeitsmarktservice Musterland" }, "dem Kommunalen Arbeitsmarktservice Musterland"],
  ["{{mitArtikel n genus=\"m\" fall=\"akkusativ\"}}", { n: "Kommunaler Arbeitsmarktservice Musterland" }, "den Kommunalen Arbeitsmarktservice Musterland"],
  ["{{mitArtikel n genus=\"f\" gross=true}}", { n: "Pro Arbeit – Kreis Musterland (AöR)" }, "Die Pro Arbeit – Kreis Musterland (AöR)"],
  ["{{mitArtikel n genus=\"m\"}}", { n: "Kommunaler Träger Musterstadt" }, "der Kommunale Träger Musterstadt"],
  ["{{mitArtikel n genus=\"f\" fall=\"dativ\"}}", { n: "Initiative Arbeit Musterstadt" }, "der Initiative Arbeit Musterstadt"],
  ["{{mitArtikel n genus=\"n\" fall=\"dativ\"}}", { n: "Gemeinsames Jobcenter Musterstadt" }, "dem Gemeinsamen Jobcenter Musterstadt"],
  ["{{mitArtikel n genus=\"f\" fall=\"dativ\"}}", { n: "Zentrale Arbeitsvermittlung Musterkreis" }, "der Zentralen Arbeitsvermittlung Musterkreis"],
  ["{{mitArtikel n genus=\"f\" fall=\"dativ\"}}", { n: "Große Kreisstadt Musterstadt" }, "der Großen Kreisstadt Musterstadt"],
  ["{{mitArtikel n genus=\"m\" fall=\"dativ\"}}", { n: "Hagener Arbeitsmarktservice" }, "dem Hagener Arbeitsmarktservice"],
  ["{{mitArtikel n genus=\"m\" fall=\"dativ\"}}", { n: "Rheinisch-Bergischer Kreis" }, "dem Rheinisch-Bergischen Kreis"],
  ["{{mitArtikel n genus=\"m\" fall=\"dativ\"}}", { n: "Zugelassener kommunaler Träger Musterkreis" }, "dem Zugelassenen kommunalen Träger Musterkreis"],
  ["{{mitArtikel n genus=\"n\" fall=\"dativ\"}}", { n: "Neues Jobcenter Musterstadt" }, "dem Neuen Jobcenter Musterstadt"],
  ["{{zitat t}}", { t: "Wir helfen." }, "\u201eWir helfen.\u201c"],
  ["{{zitat t begleitsatz=true}}", { t: "Wir helfen." }, "\u201eWir helfen\u201c"],
  ["{{zitat t begleitsatz=true}}", { t: "Wer hilft?" }, "\u201eWer hilft?\u201c"],
  ["{{zitat t}}", { t: 'Sie nennen es "kommunale Familie".' }, "\u201eSie nennen es \u201akommunale Familie\u2018.\u201c"],
  ["{{zitat t}}", { t: "Sie nennen es „kommunale Familie“." }, "\u201eSie nennen es \u201akommunale Familie\u2018.\u201c"],
  ["{{zitat t begleitsatz=true}}", { t: "‚Geht’s gut?‘" }, "„Geht’s gut?“"],
  ["{{zitat t begleitsatz=true}}", { t: "“Wir helfen.“" }, "„Wir helfen“"],
  ["{{zitat t begleitsatz=true}}", { t: "”Wir helfen.”" }, "„Wir helfen“"],
  ["{{zitat t begleitsatz=true}}", { t: "'Wir helfen.'" }, "„Wir helfen“"],
  ["{{zitat t begleitsatz=true}}", { t: "»Er sagte ›Hallo‹.«" }, "„Er sagte ‚Hallo‘“"],
  ["{{zitat t}}", { t: "Er sagte “Hallo”." }, "„Er sagte ‚Hallo‘.“"],
  ["{{zitat t begleitsatz=true}}", { t: "„Arbeit“ hilft, „Geld“ auch." }, "„‚Arbeit‘ hilft, ‚Geld‘ auch“"],
  ["{{zitat t begleitsatz=true}}", { t: "Wir bieten Praktika, Kurse usw." }, "„Wir bieten Praktika, Kurse usw.“"],
  ["{{typo t}}", { t: '"Hallo"' }, "\u201eHallo\u201c"],
  ["{{typo t}}", { t: "Nr. 12/2019" }, `Nr.${NBSP}12/2019`],
  ["{{typo t}}", { t: "§ 48a SGB II" }, `§${NBSP}48a SGB${NBSP}II`],
  ["{{typo t}}", { t: "z. B. 11 Uhr" }, `z.${NBSP}B. 11${NBSP}Uhr`],
  ["{{typo t}}", { t: "2012 - 2018" }, "2012\u20132018"],
  ["{{typo t}}", { t: "E-Mail presse@example.org" }, `E-Mail${NBSP}presse@example.org`],
  ["{{typo t}}", { t: "Telefon +49 3733 831-0" }, `Telefon${NBSP}+49 3733 831-0`],
  ["{{#if (eq a b)}}ja{{else}}nein{{/if}}", { a: "x", b: "x" }, "ja"],
  ["{{#if (not a)}}ja{{else}}nein{{/if}}", { a: false }, "ja"],
];

hb.registerHelper("anteil", (part: number, whole: number) => approximateShare(part / whole));

describe("German helpers", () => {
  it("has at least 60 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  it.each(CASES)("%s with %j", (template, context, expected) => {
    expect([...render(template, context)]).toEqual([...expected]);
  });
});
