import Handlebars from "handlebars";
import type { ShareFraction } from "../derive/approximate-share.js";
import { withArticle, type Kasus } from "./article.js";
import { countPhrase, type Genus } from "./count.js";
import { fractionWords } from "./fractions.js";
import {
  formatDate,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPercentagePoints,
  formatRange,
  formatTime,
  numberWord,
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
    zahl: (value: number, options: Options) => formatInteger(value, { din: options.hash.din === true }),
    dezimal: (value: number, options: Options) => formatDecimal(value, (options.hash.stellen as number | undefined) ?? 1),
    zahlwort: (value: number) => numberWord(value),
    prozent: (rate: number, options: Options) => formatPercent(rate, { sign: options.hash.vorzeichen === true, word: options.hash.wort === true }),
    prozentpunkte: (difference: number, options: Options) => formatPercentagePoints(difference, { sign: options.hash.vorzeichen === true }),
    /** {{anzahl n "Person" "Personen" genus="f"}} → "eine Person" / "16.726 Personen"; worte=true spells 2–12. */
    anzahl: (count: number, singular: string, plural: string, options: Options) =>
      countPhrase(count, singular, plural, { genus: options.hash.genus as Genus | undefined, words: options.hash.worte === true }),
    datum: (iso: string, options: Options) => formatDate(iso, (options.hash.form as DateStyle | undefined) ?? "lang"),
    uhrzeit: (iso: string) => formatTime(iso),
    zeitraum: (from: number, to: number) => formatRange(from, to),
    bruch: (fraction: ShareFraction) => fractionWords(fraction),
    /** {{mehrzahl n "Person" "Personen"}}: the noun that agrees with n. */
    mehrzahl: (count: number, singular: string, plural: string) => (count === 1 ? singular : plural),
    /** {{mitArtikel jobcenter.name gross=true}} → "Das Kommunale Jobcenter …"; fall="dativ" → "dem …". */
    mitArtikel: (name: string, options: Options) =>
      withArticle(name, (options.hash.fall as Kasus | undefined) ?? "nominativ", options.hash.gross === true),
    /** {{zitat text begleitsatz=true}} when ", sagt …" follows. */
    zitat: (text: string, options: Options) => quote(text, { beforeClause: options.hash.begleitsatz === true }),
    typo: (text: string) => typography(text),
    /** Capitalises the first letter, for a phrase that opens a sentence. */
    gross: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
    eq: (a: unknown, b: unknown) => a === b,
    not: (value: unknown) => !value,
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  return hb;
}
