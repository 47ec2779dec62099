import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Problem } from "../problem.js";
import { findGaps } from "./gaps.js";

export interface ParsedYaml {
  value: unknown;
  /**
   * Whole numbers not written as plain digits: German thousands points (`11.000`, which YAML reads
   * as 11), but also `1e3`, `0x1F`, `+5` or `12.0`. `value` holds them as the text written; each
   * problem applies where a number was expected.
   */
  misreadNumbers: Problem[];
  /** Values still to be entered (`???`), each at its line; `value` holds them as text. */
  gaps: Problem[];
  /** Line and column of the value (or, with `key`, the key) at a field path, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number } | undefined;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

const MAX_ALIAS_COUNT = 50;

export function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  // Keys compare as text, as toJS and the schema see them: `2018:` and `"2018":` are the same year.
  const sameKey = (a: unknown, b: unknown) => isScalar(a) && isScalar(b) && String(a.value) === String(b.value);
  const doc = parseDocument(text, { lineCounter, uniqueKeys: sameKey });
  if (doc.errors.length > 0) {
    const duplicates = findDuplicateKeys(doc.contents, lineCounter);
    return {
      ok: false,
      problems: doc.errors.map(
        (error) =>
          duplicates.get(error.pos[0]) ?? {
            file,
            field: [],
            line: error.linePos?.[0].line,
            column: error.linePos?.[0].col,
            message: `Die Datei ist kein gültiges YAML (${yamlErrorInGerman(error.code)}).`,
          },
      ).map((problem) => ({ ...problem, file })),
    };
  }
  if (doc.contents === null) return fail(file, "Die Datei ist leer.");
  if (!isMap(doc.contents)) {
    return fail(file, "Die Datei muss aus Feldern der Form „name: wert“ bestehen, wie im README beschrieben.", lineCounter.linePos(doc.contents.range?.[0] ?? 0));
  }
  const locate = (path: readonly PropertyKey[], options: { key?: boolean } = {}) => {
    const offset = findNode(doc.contents, path, options.key ?? false)?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  // Before toJS: it turns these numbers back into the text they were written as.
  const misreadNumbers = keepMisreadNumbersAsWritten(file, doc.contents, text, lineCounter);
  const gaps = findGaps(file, doc.contents, lineCounter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml refuses alias chains that would expand beyond the limit ("billion laughs").
    return fail(file, `Die Datei verwendet zu viele YAML-Verweise (Anker/Aliase, höchstens ${MAX_ALIAS_COUNT}).`);
  }
  return { ok: true, parsed: { value, locate, misreadNumbers, gaps } };
}

/** Digits grouped by threes with points: what a German writes for eleven thousand. */
const THOUSANDS_POINTS = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN_DIGITS = /^-?\d+$/;

/**
 * Counts and years are plain digits. A number written otherwise stays the text it is (the node is
 * changed in place), so no check compares a misread value, and its message says what to write.
 */
function keepMisreadNumbersAsWritten(file: string, root: Node, text: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (isScalar(node) && typeof node.value === "number" && node.type === "PLAIN" && node.range) {
      const written = text.slice(node.range[0], node.range[1]);
      const thousands = THOUSANDS_POINTS.test(written);
      // A decimal such as 11.5 is what it looks like; the schema says whether one is allowed.
      if (PLAIN_DIGITS.test(written) || (!thousands && !Number.isInteger(node.value))) return;
      const pos = lineCounter.linePos(node.range[0]);
      const read = String(node.value).replace(".", ",");
      const meant = thousands ? written.replaceAll(".", "") : String(node.value);
      node.value = written;
      problems.push({
        file,
        field: path,
        line: pos.line,
        column: pos.col,
        message: thousands
          ? `„${written}“ liest das Dateiformat als ${read}, denn der Punkt trennt dort Nachkommastellen. Zahlen bitte ohne Tausenderpunkt schreiben: ${meant}.`
          : `„${written}“: Zahlen bitte nur als Ziffern schreiben, ohne Vorzeichen, Exponent oder Nachkommastellen: ${meant}.`,
      });
    }
  };
  visit(root, []);
  return problems;
}

/** Each repeated key, by the offset at which yaml reports it, as a problem naming the key and both lines. */
function findDuplicateKeys(root: Node | null, lineCounter: LineCounter): Map<number, Omit<Problem, "file">> {
  const found = new Map<number, Omit<Problem, "file">>();
  const visit = (node: unknown, path: string[]) => {
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, String(index)]));
    if (!isMap(node)) return;
    const first = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (key !== undefined && offset !== undefined) {
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, offset);
        else {
          const [line1, here] = [lineCounter.linePos(earlier), lineCounter.linePos(offset)];
          found.set(offset, {
            field: [...path, key],
            line: here.line,
            column: here.col,
            message: `„${key}“ steht zweimal, in Zeile ${line1.line} und Zeile ${here.line}; bitte einen der beiden Einträge löschen.`,
          });
        }
      }
      visit(pair.value, [...path, key ?? "?"]);
    }
  };
  visit(root, []);
  return found;
}

function fail(file: string, message: string, pos?: { line: number; col: number }): ParseResult {
  return { ok: false, problems: [{ file, field: [], line: pos?.line, column: pos?.col, message }] };
}

/** Walks maps and sequences; stops at the deepest node that exists. Map keys match as text, so `2018` finds the key 2018. */
function findNode(node: unknown, path: readonly PropertyKey[], wantKey: boolean): Node | undefined {
  let current = node as Node | undefined;
  for (const [index, segment] of path.entries()) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return current;
      const last = index === path.length - 1;
      current = ((last && wantKey ? pair.key : pair.value) as Node | null) ?? (pair.key as Node);
    } else if (isSeq(current)) {
      const item = current.items[Number(segment)];
      if (!item) return current;
      current = item as Node;
    } else {
      return current;
    }
  }
  return current;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: "ein Schlüssel steht zweimal",
  BAD_INDENT: "falsche Einrückung",
  MISSING_CHAR: "ein Zeichen fehlt",
  MULTILINE_IMPLICIT_KEY: "ein Schlüssel geht über mehrere Zeilen",
  TAB_AS_INDENT: "Tabulator statt Leerzeichen zum Einrücken",
  UNEXPECTED_TOKEN: "unerwartetes Zeichen",
  BLOCK_AS_IMPLICIT_KEY: "Doppelpunkt oder Einrückung fehlt",
  BAD_SCALAR_START: "ein Wert beginnt mit einem unerlaubten Zeichen",
};

function yamlErrorInGerman(code: string): string {
  return YAML_ERRORS[code] ?? `Syntaxfehler ${code}`;
}
