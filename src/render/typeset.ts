import { createRequire } from "node:module";
import { germanQuotes, keepTogether } from "../german/typography.js";
import { unescapeQuotes } from "../html-entities.js";
import { mapTextNodes } from "./text-nodes.js";

/** German quotes and no-break spaces in every text of the page; code stays as written. */
export function typesetGerman(html: string): string {
  return mapTextNodes(html, (text, { inside, before }) => {
    if (inside.has("code") || inside.has("pre")) return text;
    const plain = unescapeQuotes(text);
    // One character of context decides whether a quote at the start opens or closes.
    return germanQuotes(before + keepTogether(plain)).slice(before.length);
  });
}

// hyphen ships CommonJS folders without an exports map, which ESM cannot import by folder name.
// Its German patterns take a fifth of a second to load: only printing needs them.
type GermanHyphenation = typeof import("hyphen/de", { with: { "resolution-mode": "require" } });
let patterns: GermanHyphenation | undefined;
const hyphenateSync: GermanHyphenation["hyphenateSync"] = (text, options) => {
  patterns ??= createRequire(import.meta.url)("hyphen/de") as GermanHyphenation;
  return patterns.hyphenateSync(text, options);
};

const SOFT_HYPHEN = "\u00ad";
const MIN_PART = 3;

// The same words recur in every edition of a batch; the patterns need not find their breaks again.
const hyphenated = new Map<string, string>();

/** German patterns, but no break that leaves fewer than three letters on a line ("ge-führt"). */
function hyphenateWord(word: string): string {
  let result = hyphenated.get(word);
  if (result === undefined) {
    if (hyphenated.size >= 100_000) hyphenated.clear();
    hyphenated.set(word, (result = breakWord(word)));
  }
  return result;
}

function breakWord(word: string): string {
  const parts = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 7 }).split(SOFT_HYPHEN);
  while (parts.length > 1 && (parts[0] ?? "").length < MIN_PART) parts.splice(0, 2, `${parts[0]}${parts[1]}`);
  while (parts.length > 1 && (parts.at(-1) ?? "").length < MIN_PART) parts.splice(-2, 2, `${parts.at(-2)}${parts.at(-1)}`);
  return parts.join(SOFT_HYPHEN);
}
const NO_HYPHENATION = ["head", "header", "footer", "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "th", "svg", "title"];

/**
 * Soft hyphens for print: body text inside <main> only, never headings, links, names, numbers,
 * URLs or e-mail addresses. Chromium's own `hyphens: auto` has no German dictionary here.
 */
export function hyphenateForPrint(html: string, names: ReadonlySet<string>): string {
  return mapTextNodes(html, (text, { inside }) => {
    if (!inside.has("main") || NO_HYPHENATION.some((tag) => inside.has(tag))) return text;
    return text.replace(/[^\s]+/g, (token) => {
      if (/[@/:\d]|www\./.test(token)) return token;
      return token.replace(/\p{L}{7,}/gu, (word) => (names.has(word) ? word : hyphenateWord(word)));
    });
  });
}
