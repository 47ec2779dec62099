// German typography for running text: quotes, no-break spaces, dashes.
const NBSP = "\u00a0";

/** Abbreviations and names whose parts must stay on one line. */
const KEEP_TOGETHER: readonly [RegExp, string][] = [
  [/\bNr\. (?=\d)/g, `Nr.${NBSP}`],
  [/§ (?=\d)/g, `§${NBSP}`],
  [/\bSGB (?=[IVX]+\b)/g, `SGB${NBSP}`],
  [/\bz\. B\./g, `z.${NBSP}B.`],
  [/\bd\. h\./g, `d.${NBSP}h.`],
  [/\bu\. a\./g, `u.${NBSP}a.`],
  // A contact's label stays with its number or address ("E-Mail presse@…").
  [/\b(E-Mail|Telefon|Tel\.|Fax) (?=[+\d(]|\S+@)/g, `$1${NBSP}`],
  // Number and unit never part at a line end.
  [/(\d) (?=(%|Prozent|Prozentpunkte?|Uhr|Euro|€)(?![\p{L}]))/gu, `$1${NBSP}`],
  // Year ranges take an en dash without spaces.
  [/\b(\d{4}) ?[-–] ?(\d{4})\b/g, "$1\u2013$2"],
];

export function keepTogether(text: string): string {
  return KEEP_TOGETHER.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/**
 * Straight quotes become German ones: "…" → „…“, '…' → ‚…‘, and an apostrophe inside a word → ’.
 * A quote opens after the start, white space or an opening bracket or dash, and closes otherwise.
 */
export function germanQuotes(text: string): string {
  return text
    .replace(/(?<=\p{L})'(?=\p{L})/gu, "\u2019")
    .replace(/(^|[\s([{\u2013\u2014/])"/gu, "$1\u201e")
    .replace(/"/g, "\u201c")
    .replace(/(^|[\s([{\u2013\u2014/\u201e])'/gu, "$1\u201a")
    .replace(/'/g, "\u2018");
}

/** A whole text in double quote marks, as pasted from an e-mail: „…“, "…", »…«, “…”; a full stop may follow. */
const ENCLOSED = /^[„"“”»«]([^„"“”»«]*)[“"”«»]([.!?]?)$/;

/**
 * A direct quote from the data, in German quotes; quotes inside it become single ones, and marks
 * that already enclose the whole text are dropped rather than doubled.
 * Before an accompanying clause („…“, sagt X) its closing full stop is dropped, as German punctuation asks.
 */
export function quote(text: string, options: { beforeClause?: boolean } = {}): string {
  const enclosed = ENCLOSED.exec(text.trim());
  const trimmed = enclosed ? `${enclosed[1]?.trim()}${enclosed[2]}` : text.trim();
  const ended = options.beforeClause ? trimmed.replace(/(?<!\.)\.$/, "") : trimmed;
  const inner = ended.replace(/[„“]/g, '"').replace(/"/g, "'");
  return `\u201e${germanQuotes(keepTogether(inner))}\u201c`;
}

export function typography(text: string): string {
  return germanQuotes(keepTogether(text));
}
