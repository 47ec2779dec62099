import type { Definition } from "../validate/catalogue.js";

type Art = Definition["art"];

/** What the cell should have looked like, by the figure's kind: the message for one that does not read. */
export const NOT_READ: Record<Art, string> = {
  anzahl: "ist keine ganze Zahl (erwartet z. B. 18.460 oder 18460)",
  quote: "ist keine Quote in Prozent (erwartet z. B. 25,4 oder 25,4 %)",
  euro: "ist kein Euro-Betrag (erwartet z. B. 12.400.000, 12.400.000,50 oder 12,4 Mio.)",
};

const SPACES = /[\s\u00a0\u202f]/g;
/** Digits as a German table groups them: "18.460", or none at all: "18460". */
const WHOLE = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const GERMAN = new RegExp(String.raw`^${WHOLE}(?:,(\d+))?$`);

/**
 * A cell in German notation, read by the figure's kind: counts "18.460", "18460", "18 460";
 * quotes "25,4" or "25,4 %"; euro amounts "12.400.000", "12.400.000,50", "12.400.000 €" or
 * "12,4 Mio." (decimal digits moved, never multiplied: 12,4 Mio. is exactly 12400000). A point
 * only ever groups thousands, so "25.4" is no quote. Whether the number is allowed (at most 100,
 * one decimal) is the schema's rule, checked after.
 */
export function readValue(cell: string, art: Art): number | undefined {
  const compact = cell.replace(SPACES, "");
  if (art === "anzahl") return /^\d{1,3}(\.\d{3})+$|^\d+$/.test(compact) ? Number(compact.replaceAll(".", "")) : undefined;
  if (art === "quote") return german(compact.replace(/%$/, ""));
  const amount = compact.replace(/^(€|EUR)|(€|EUR|Euro)$/i, "");
  const millions = /^(.*?)(Mio\.?|Millionen)$/i.exec(amount);
  if (millions === null) return german(amount);
  const match = GERMAN.exec(millions[1] ?? "");
  if (match === null) return undefined;
  const [, whole = "", fraction = ""] = match;
  return Number(`${whole.replaceAll(".", "")}${fraction.padEnd(6, "0").slice(0, 6)}.${fraction.slice(6) || "0"}`);
}

function german(text: string): number | undefined {
  const match = GERMAN.exec(text);
  if (match === null) return undefined;
  const [, whole = "", fraction = ""] = match;
  return Number(`${whole.replaceAll(".", "")}.${fraction || "0"}`);
}

/** A rule's message as the schema words it for YAML ("z. B. 25.4"), with its numbers as the CSV writes them. */
export function inCsvNotation(message: string): string {
  return message.replace(/(\d)\.(\d)/g, "$1,$2");
}
