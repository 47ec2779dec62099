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

/** Opening marks and the mark that closes each: German, English, French and straight quotes, double and single. */
const CLOSING: Record<string, readonly string[]> = {
  "\u201e": ["\u201c", "\u201d"], // „…“
  "\u201c": ["\u201d", "\u201c"], // “…”, and “…“ as typed by mistake
  "\u201d": ["\u201d"], // ”…”
  "'": ["'"],
  "\u00bb": ["\u00ab"], // »…«
  "\u00ab": ["\u00bb"], // «…»
  '"': ['"'],
  "\u201a": ["\u2018", "\u2019"], // ‚…‘
  "\u2039": ["\u203a"], // ‹…›
  "\u203a": ["\u2039"], // ›…‹
};

/**
 * Drops the marks of a text that is quoted as a whole, as pasted from an e-mail: „…“, »…«, "…", ‚…‘,
 * also when it holds quotes of its own („Das Programm „Arbeit“ hilft.“) or is several quoted
 * sentences in a row. A text that only starts or ends with a quote keeps its marks.
 */
function unenclose(text: string): string {
  const spans: [number, number][] = [];
  let index = 0;
  while (index < text.length) {
    if (/\s/.test(text[index] ?? "")) {
      index++;
      continue;
    }
    const closers = CLOSING[text[index] ?? ""];
    const end = closers ? matchingClose(text, index, closers) : -1;
    if (end < 0) return text;
    spans.push([index, end]);
    index = end + 1;
    // A sentence mark may follow the closing mark: „Wir helfen“.
    while (/[.!?]/.test(text[index] ?? "")) index++;
  }
  if (spans.length === 0) return text;
  let result = text;
  for (const [start, end] of [...spans].reverse()) result = `${result.slice(0, start)}${result.slice(start + 1, end).trim()}${result.slice(end + 1)}`;
  return result.trim();
}

/** Where the quote opened at `start` closes, counting quotes of the same kind nested in it; −1 if it does not. */
function matchingClose(text: string, start: number, closers: readonly string[]): number {
  const opener = text[start] ?? "";
  let depth = 1;
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index] ?? "";
    const before = text[index - 1] ?? " ";
    const after = text[index + 1] ?? " ";
    // An apostrophe is no closing mark: "Geht’s", "Ku’damm".
    if ((char === "\u2019" || char === "'") && /\p{L}/u.test(before) && /\p{L}/u.test(after)) continue;
    // A mark that both opens and closes (", ', ”) opens after a space or bracket and closes otherwise.
    const symmetric = closers.includes(opener);
    const opens = char === opener && (symmetric ? /[\s([{\u2013\u2014/]/.test(before) : true);
    if (opens) depth++;
    else if (closers.includes(char) && --depth === 0) return index;
  }
  return -1;
}

const ABBREVIATION_AT_END = /(?:^|[\s(])(?:usw|bzw|etc|ca|vgl|Nr|Dr|Prof|Str|Abs|Art|ff|u\. ?a|z\. ?B|d\. ?h|u\. ?Ä)\.$/;

/**
 * A direct quote from the data, in German quotes; quotes inside it become single ones, and marks
 * that already enclose the whole text are dropped rather than doubled.
 * Before an accompanying clause („…“, sagt X) its closing full stop is dropped, as German punctuation asks.
 */
export function quote(text: string, options: { beforeClause?: boolean } = {}): string {
  const trimmed = unenclose(text.trim());
  // An abbreviation keeps its point: „… usw.“, sagt X.
  const ended = options.beforeClause && !ABBREVIATION_AT_END.test(trimmed) ? trimmed.replace(/(?<!\.)\.$/, "") : trimmed;
  const inner = ended.replace(/[„“”»«]/g, '"').replace(/"/g, "'").replace(/[‹›]/g, "'");
  return `\u201e${germanQuotes(keepTogether(inner))}\u201c`;
}

export function typography(text: string): string {
  return germanQuotes(keepTogether(text));
}
