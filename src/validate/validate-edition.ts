import { basename, dirname, join } from "node:path";
import type { z } from "zod";
import type { Source } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import { parseYaml, type ParsedYaml } from "./parse-yaml.js";
import { CATALOGUE_FILE } from "../load/read-edition-sources.js";
import { builtInCatalogue } from "./catalogue.js";
import { editionFileSchema, publisherSchema, type Edition } from "./schema.js";
import { findStaleDates } from "./stale-dates.js";
import { findPublisherWarnings, findWarnings } from "./warnings.js";

export type Validation<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Parses and validates the publisher file and one edition file into the typed edition; reports
 * every problem of both files, and the warnings of a valid one.
 */
export function validateEdition(publisherFile: Source, editionFile: Source, catalogue = builtInCatalogue(join(dirname(editionFile.file), CATALOGUE_FILE))): Validation<Edition> {
  const publisher = validateSource(publisherFile, publisherSchema);
  const edition = validateSource(editionFile, editionFileSchema(basename(editionFile.file), catalogue));
  if (!publisher.ok || !edition.ok) return { ok: false, problems: [...(publisher.ok ? [] : publisher.problems), ...(edition.ok ? [] : edition.problems)] };
  const warnings = [
    ...findPublisherWarnings(publisher.value).map((warning) => ({ file: publisherFile.file, ...publisher.locate(warning.field), ...warning })),
    ...[...findWarnings(edition.value, catalogue), ...findStaleDates(edition.value)]
      .map((warning) => ({ file: editionFile.file, ...edition.locate(warning.field), ...warning }))
      // In file order, as the user reads the file (and as its errors come).
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
  ];
  return { ok: true, value: { ...edition.value, herausgeber: publisher.value, katalog: catalogue }, warnings };
}

type SourceValidation<T> = { ok: true; value: T; locate: ParsedYaml["locate"] } | { ok: false; problems: Problem[] };

export function validateSource<S extends z.ZodType>(source: Source, schema: S): SourceValidation<z.output<S>> {
  const parsed = parseYaml(source.file, source.text);
  if (!parsed.ok) return parsed;
  const { gaps } = parsed.parsed;
  const result = schema.safeParse(parsed.parsed.value, { reportInput: true });
  // A gap is refused even where its text would pass (a `nummer` may be any text).
  if (result.success && gaps.length === 0) return { ok: true, value: result.data, locate: parsed.parsed.locate };
  const allIssues = result.success ? [] : result.error.issues;
  // A number written unusually reaches the schema as the text it is: where that text is fine (a
  // phone number +49…), nothing is wrong; where a count was expected, its own message replaces the
  // schema's complaint about text.
  const key = (path: readonly PropertyKey[]) => path.map(String).join("\0");
  const rejected = new Set(allIssues.filter((issue) => issue.code === "invalid_type" && issue.expected === "number").map((issue) => key(issue.path)));
  const misread = parsed.parsed.misreadNumbers.filter((problem) => rejected.has(key(problem.field)));
  const explained = new Set(misread.map((problem) => key(problem.field)));
  // A gap gives one message, which says what the field takes; the schema's complaints about it
  // (and whatever lies below it) are that message's, not more.
  const underGap = (path: readonly PropertyKey[]) => gaps.some((gap) => gap.field.every((segment, i) => String(path[i]) === String(segment)) && path.length >= gap.field.length);
  const gapProblems = gaps.map((gap) => {
    const rule = allIssues.find((issue) => key(issue.path) === key(gap.field) && issue.code !== "custom")?.message;
    // Where null is a value too (no embargo, no number), the schema's rule names only the other kind.
    const orNull = acceptsNull(schema, parsed.parsed.value, gap.field) ? " (oder null)" : "";
    return rule === undefined ? { ...gap, message: gap.message + orNull } : { ...gap, message: `${gap.message} – ${rule}${orNull}` };
  });
  const issues = allIssues.filter((issue) => !explained.has(key(issue.path)) && !underGap(issue.path));
  const problems = [...gapProblems, ...misread, ...issues.flatMap((issue) => toProblems(source.file, parsed.parsed, issue))];
  // In file order, as the user reads the file.
  return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
}

/** Whether the schema takes null at `path`: asked of the schema itself, with null put there. */
function acceptsNull(schema: z.ZodType, value: unknown, path: readonly (string | number)[]): boolean {
  const copy = structuredClone(value);
  let parent = copy as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  parent[path.at(-1) as string] = null;
  const result = schema.safeParse(copy);
  const at = path.map(String).join("\0");
  return result.success || !result.error.issues.some((issue) => issue.path.map(String).join("\0") === at);
}

function toProblems(file: string, parsed: ParsedYaml, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      field: [...issue.path, key].map(String),
      ...parsed.locate([...issue.path, key], { key: true }),
      message: `unbekanntes Feld „${key}“ – Tippfehler? Erlaubt sind nur die im README beschriebenen Felder.`,
    }));
  }
  const missing = issue.code === "invalid_type" && issue.input === undefined;
  const message = missing
    ? "dieses Feld fehlt"
    : issue.code === "invalid_key"
      ? issue.issues.map((inner) => inner.message).join("; ")
      : // A cross-check words its own finding; a rule on one value (a refinement) is shown with the value.
        issue.message + (issue.code === "custom" && issue.params?.value !== true ? "" : found(issue.input) + thousandsHint(issue.input));
  // A key no schema knows is shown at the key, not at the value below it.
  const key = issue.code === "invalid_key" || (issue.code === "custom" && issue.params?.key === true);
  return [{ file, field: issue.path.map(String), ...parsed.locate(issue.path, { key }), message }];
}

/**
 * Digits grouped by threes with spaces, commas or points stay text in the file format: say how to
 * write the number. A decimal comma (a quote written "25,4") is text too: the file format wants a point.
 */
function thousandsHint(input: unknown): string {
  if (typeof input === "string" && /^\d+,\d{1,2}$/.test(input)) return ` – Nachkommastellen bitte mit Punkt schreiben: ${input.replace(",", ".")}.`;
  if (typeof input !== "string" || !/^\d{1,3}(?:([ ,.\u00a0\u202f])\d{3})(?:\1\d{3})*$/.test(input)) return "";
  return ` – Zahlen bitte nur als Ziffern schreiben, ohne Tausendertrennzeichen: ${input.replace(/\D/g, "")}.`;
}

/** What the file holds instead, so the user sees the mistake next to the rule. */
function found(input: unknown): string {
  if (input === null) return " (gefunden: null)";
  if (typeof input === "string") return ` (gefunden: „${input.length > 40 ? `${input.slice(0, 40)}…` : input}“)`;
  if (typeof input === "number" && !Number.isFinite(input)) return ` (gefunden: ${Number.isNaN(input) ? ".nan" : input > 0 ? ".inf" : "-.inf"})`;
  if (typeof input === "number" || typeof input === "boolean") return ` (gefunden: ${String(input).replace("-", "\u2212")})`;
  if (Array.isArray(input)) return " (gefunden: eine Liste)";
  if (typeof input === "object") return " (gefunden: Felder)";
  return "";
}
