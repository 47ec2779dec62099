// German number and date formatting. Runs in Node (full ICU), never in the page.
import { roundPercent } from "../derive/nearest-landmark.js";

const NBSP = "\u00a0";
const MINUS = "\u2212";
const EN_DASH = "\u2013";

// Building a formatter costs a hundred times more than using one, so each is built once; and only
// when first used, so that starting the command line (--help, messages) builds none.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = build()));
  return format;
}
const integer = () => cached("integer", () => new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0, useGrouping: true }));
const decimals = (digits: number) =>
  cached(`decimals ${digits}`, () => new Intl.NumberFormat("de-DE", { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** 31775 → "31.775"; DIN 5008 grouping (thin space) on request: "31 775". */
export function formatInteger(value: number, options: { din?: boolean } = {}): string {
  const text = integer().format(value).replace("-", MINUS);
  return options.din ? text.replaceAll(".", "\u202f") : text;
}

/** 1.7266 → "1,73" with `digits` decimals. */
export function formatDecimal(value: number, digits = 1): string {
  return decimals(digits).format(value).replace("-", MINUS);
}

/** Years are never grouped: 2018, not 2.018. */
export function formatYear(year: number): string {
  return String(year);
}

/**
 * A rate (0.463 = 46,3 %) with one decimal. Without `sign` the magnitude is shown, for text
 * that says the direction in words; with `sign` a real minus or a plus leads.
 * `word` spells "Prozent" for running text and drops a ",0" there ("um 300 Prozent"); tables keep
 * "%" and the decimal, so that a column lines up.
 */
export function formatPercent(rate: number, options: { sign?: boolean; word?: boolean } = {}): string {
  // The one rounding the wording is chosen by: a printed figure and its words never disagree.
  const rounded = roundPercent(Math.abs(rate));
  const written = decimals(1).format(rounded * 100);
  const magnitude = options.word ? written.replace(/,0$/, "") : written;
  const sign = options.sign && rounded !== 0 ? (rate < 0 ? MINUS : "+") : "";
  return `${sign}${magnitude}${NBSP}${options.word ? "Prozent" : "%"}`;
}

/** What a figure counts: people or cases, euro amounts, or a percentage (0–100). */
export type Art = "anzahl" | "euro" | "quote";

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

/**
 * A figure as the documents print it, by its kind. Running text: "4.870" (zero to twelve as words),
 * "12,4 Millionen Euro", "850.000 Euro", "25,4 Prozent". Tables (`table`): "4.870", "12,4 Mio. €",
 * "850.000 €", "25,4 %". Millions keep one decimal, as press releases round them; the exact amount
 * stays in the data.
 */
export function formatFigure(value: number, art: Art, options: { table?: boolean } = {}): string {
  const table = options.table === true;
  if (art === "quote") return `${table ? decimals(1).format(value) : decimals(1).format(value).replace(/,0$/, "")}${NBSP}${table ? "%" : "Prozent"}`;
  if (art === "anzahl") return table ? formatInteger(value) : countWord(value);
  if (value >= MILLION) {
    const [unit, name, names, short] = value >= BILLION ? [BILLION, "Milliarde", "Milliarden", "Mrd."] : [MILLION, "Million", "Millionen", "Mio."];
    const amount = decimals(1).format(value / unit).replace(/,0$/, "");
    if (table) return `${amount}${NBSP}${short}${NBSP}€`;
    return amount === "1" ? `eine ${name} Euro` : `${amount}${NBSP}${names} Euro`;
  }
  // Below a million whole euros, unless the amount is small enough for its cents to matter.
  const euros = Number.isInteger(value) || value >= 1000 ? formatInteger(Math.round(value)) : decimals(2).format(value);
  return `${euros}${NBSP}${table ? "€" : "Euro"}`;
}

/** A count in running text: zero to twelve in words, larger ones in digits with a thousands point. */
export function countWord(count: number): string {
  return count >= 0 && count <= 12 && Number.isInteger(count) ? (count === 1 ? "eins" : numberWord(count)) : formatInteger(count);
}

/**
 * A change of a percentage (25,4 − 24,1) in percentage points, rounded to the one decimal the
 * quotes are printed with. Text: "1,3 Prozentpunkte", "einen Prozentpunkt"; tables: "+1,3 Pp.".
 */
export function formatPoints(difference: number, options: { sign?: boolean; table?: boolean } = {}): string {
  const rounded = Math.round(Math.abs(difference) * 10) / 10;
  const sign = options.sign && rounded !== 0 ? (difference < 0 ? MINUS : "+") : "";
  if (options.table) return `${sign}${decimals(1).format(rounded)}${NBSP}Pp.`;
  if (rounded === 1) return `${sign}einen${NBSP}Prozentpunkt`;
  return `${sign}${decimals(1).format(rounded).replace(/,0$/, "")}${NBSP}Prozentpunkte`;
}

const NUMBER_WORDS = ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

/** 0–12 as words ("zwölf Jahre"; 1 → "ein", as in "ein Jahr"); larger numbers as digits. */
export function numberWord(value: number): string {
  return NUMBER_WORDS[value] ?? formatInteger(value);
}

const MULTIPLES = ["", "", "verdoppelt", "verdreifacht", "vervierfacht", "verfünffacht", "versechsfacht", "versiebenfacht", "verachtfacht", "verneunfacht", "verzehnfacht"];

/** 2 → "verdoppelt", 10 → "verzehnfacht". */
export function multipleWord(factor: number): string {
  return MULTIPLES[factor] || "vervielfacht";
}

/** 2 → "doppelt", 3 → "dreimal", as in "doppelt so viele", "dreimal so viele". */
export function timesWord(factor: number): string {
  return factor === 2 ? "doppelt" : `${numberWord(factor)}mal`;
}

/** "2012–2018": en dash, no spaces. */
export function formatRange(from: number, to: number): string {
  return from === to ? formatYear(from) : `${formatYear(from)}${EN_DASH}${formatYear(to)}`;
}

export type DateStyle = "lang" | "wochentag" | "kurz";

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  lang: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  wochentag: { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  kurz: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
};
const dateFormat = (style: DateStyle) => cached(`date ${style}`, () => new Intl.DateTimeFormat("de-DE", DATE_OPTIONS[style]));

/** An ISO date ("2019-01-15") or local date-time: "15. Januar 2019", "Dienstag, 15. Januar 2019", "15.01.2019". */
export function formatDate(iso: string, style: DateStyle = "lang"): string {
  // The "15." of "15. Januar" must not end a line.
  return dateFormat(style).format(toUtc(iso)).replace(/(\d\.) /, `$1${NBSP}`);
}

/** "2019-01-15T09:30" → "9.30 Uhr": the style German newspapers print (dpa), no leading zero. */
export function formatTime(iso: string): string {
  const time = toUtc(iso);
  return `${time.getUTCHours()}.${String(time.getUTCMinutes()).padStart(2, "0")}${NBSP}Uhr`;
}

/** Dates in the data carry no zone; they are read and shown as written, whatever the machine's zone. */
function toUtc(iso: string): Date {
  const [date = "", time = "00:00"] = iso.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
}
