import Handlebars from "handlebars";
import { withArticle, type Kasus } from "./article.js";
import { countPhrase, dativePlural } from "./count.js";
import { fractionWords, type Fraction } from "./fractions.js";
import type { Genus } from "../validate/schema.js";
import {
  countWord,
  formatDate,
  formatFigure,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
  formatRange,
  formatTime,
  multipleWord,
  timesWord,
  numberWord,
  type Art,
  type DateStyle,
} from "./format.js";
import { quote, typography } from "./typography.js";

type Options = Handlebars.HelperOptions;

/**
 * The German language layer as Handlebars helpers, so templates say *what* to show and never how
 * to format or compute it. Every helper returns plain text; Handlebars escapes it.
 */
export function createGermanHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    /** fliesstext=true: zero to twelve as words ("auf neun"), as running text writes counts. */
    zahl: (value: number, options: Options) => (options.hash.fliesstext === true ? countWord(value) : formatInteger(value, { din: options.hash.din === true })),
    dezimal: (value: number, options: Options) => formatDecimal(value, (options.hash.stellen as number | undefined) ?? 1),
    zahlwort: (value: number) => numberWord(value),
    prozent: (rate: number, options: Options) => formatPercent(rate, { sign: options.hash.vorzeichen === true, word: options.hash.wort === true }),
    /** {{kennwert wert art}} → "4.870", "12,4 Millionen Euro", "25,4 Prozent"; tabelle=true → "12,4 Mio. €", "25,4 %". */
    kennwert: (value: number, art: Art | undefined, options: Options) => formatFigure(value, art ?? "anzahl", { table: options.hash.tabelle === true }),
    /** {{punkte differenz}} → "1,3 Prozentpunkte", "einen Prozentpunkt"; tabelle=true vorzeichen=true → "+1,3 Pp.". */
    punkte: (difference: number, options: Options) => formatPoints(difference, { sign: options.hash.vorzeichen === true, table: options.hash.tabelle === true }),
    /**
     * {{anzahl n "Person" "Personen" genus="f"}} → "eine Person", "zwölf Personen", "16.726 Personen",
     * "keine Personen"; fall="dativ" → "einer Person", "keinen Personen"; ziffern=true keeps 2–12 as digits.
     */
    anzahl: (count: number, singular: string, plural: string, options: Options) =>
      countPhrase(count, singular, plural, {
        genus: options.hash.genus as Genus | undefined,
        kasus: options.hash.fall as Kasus | undefined,
        digits: options.hash.ziffern === true,
      }),
    datum: (iso: string, options: Options) => formatDate(iso, (options.hash.form as DateStyle | undefined) ?? "lang"),
    uhrzeit: (iso: string) => formatTime(iso),
    zeitraum: (from: number, to: number) => formatRange(from, to),
    bruch: (fraction: Fraction) => fractionWords(fraction),
    /** {{vervielfacht 3}} → "verdreifacht". */
    vervielfacht: (factor: number) => multipleWord(factor),
    /** {{malSoViele 3}} → "dreimal", as in "dreimal so viele wie im Vorjahr"; 2 → "doppelt". */
    malSoViele: (factor: number) => timesWord(factor),
    /** {{mehrzahl n "Person" "Personen"}}: the noun that agrees with n. */
    mehrzahl: (count: number, singular: string, plural: string) => (count === 1 ? singular : plural),
    /** {{#if (mehrere n)}}: more than one, where a clause only makes sense for several. */
    mehrere: (count: number) => count > 1,
    /**
     * {{mitArtikel jobcenter.name genus=jobcenter.genus gross=true}} → "Das Kommunale Jobcenter …",
     * "Die Kommunale Arbeitsförderung …"; fall="dativ" → "dem …", "der …".
     */
    mitArtikel: (name: string, options: Options) =>
      withArticle(name, (options.hash.fall as Kasus | undefined) ?? "nominativ", (options.hash.genus as Genus | undefined) ?? "n", options.hash.gross === true),
    /** {{possessiv genus}} before a feminine noun in the nominative or accusative: "seine Bilanz", "ihre Bilanz". */
    possessiv: (genus: Genus) => (genus === "f" ? "ihre" : "seine"),
    /** {{pronomen genus}}: "es", "sie", "er"; plural=true: "sie". */
    pronomen: (genus: Genus, options: Options) => (options.hash.plural === true ? "sie" : (({ f: "sie", m: "er", n: "es" })[genus] ?? "es")),
    /** {{dativPlural "Kinder"}} → "Kindern", as in "bei 4.870 Kindern"; "Personen" stays. */
    dativPlural: (plural: string) => dativePlural(plural),
    /** {{zitat text begleitsatz=true}} when ", sagt …" follows. */
    zitat: (text: string, options: Options) => quote(text, { beforeClause: options.hash.begleitsatz === true }),
    typo: (text: string) => typography(text),
    /** Capitalises the first letter, for a phrase that opens a sentence. */
    gross: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
    eq: (a: unknown, b: unknown) => a === b,
    /** {{#if (oder a b)}}: either is true. */
    oder: (a: unknown, b: unknown) => Boolean(a) || Boolean(b),
    not: (value: unknown) => !value,
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  return hb;
}
