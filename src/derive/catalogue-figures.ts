import { FIXED_SERIES } from "../validate/built-in-figures.js";
import type { Definition } from "../validate/catalogue.js";
import type { Edition } from "../validate/schema.js";
import { compareSeries, type SeriesFigures } from "./compare-series.js";

/** A series of the edition with its definition and its comparisons. */
export type Figure = Definition & SeriesFigures & { schluessel: string; werte: Readonly<Record<string, number>> };

/**
 * Every series the edition gives, in catalogue order (the fixed two first), compared with the
 * previous year and the edition's comparison base where the series holds those years.
 */
export function seriesFigures(edition: Edition, basis: number | null): Figure[] {
  return [...edition.katalog.definitions].flatMap(([schluessel, definition]) => {
    const werte = edition.kennzahlen[schluessel] as Record<string, number> | undefined;
    if (werte === undefined) return [];
    return [{ ...definition, ...compareSeries(werte, edition.berichtsjahr, basis, definition.art), schluessel, werte }];
  });
}

/** The catalogue's own figures: the fixed two have sentences of their own. */
export function isCatalogueFigure(figure: Figure): boolean {
  return !(figure.schluessel in FIXED_SERIES);
}
