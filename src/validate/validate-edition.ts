import { basename } from "node:path";
import type { z } from "zod";
import type { Source } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import { parseYaml, type ParsedYaml } from "./parse-yaml.js";
import { ausgabeSchema, herausgeberSchema, type Edition } from "./schema.js";
import { findWarnings } from "./warnings.js";

export type Validation<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Parses and validates the publisher file and one edition file into the typed edition; reports
 * every problem of both files, and the warnings of a valid one.
 */
export function validateEdition(herausgeber: Source, ausgabe: Source): Validation<Edition> {
  const publisher = validateSource(herausgeber, herausgeberSchema);
  const edition = validateSource(ausgabe, ausgabeSchema);
  const problems = [...(publisher.ok ? [] : publisher.problems), ...(edition.ok ? [] : edition.problems)];
  if (edition.ok) problems.push(...checkFileName(ausgabe.datei, edition.value.berichtsjahr));
  if (!publisher.ok || !edition.ok || problems.length > 0) return { ok: false, problems };
  const warnings = findWarnings(edition.value).map((warning) => ({ datei: ausgabe.datei, ...edition.locate(warning.feld), ...warning }));
  return { ok: true, value: { ...edition.value, herausgeber: publisher.value }, warnings };
}

type SourceValidation<T> = { ok: true; value: T; locate: ParsedYaml["locate"] } | { ok: false; problems: Problem[] };

export function validateSource<S extends z.ZodType>(source: Source, schema: S): SourceValidation<z.output<S>> {
  const parsed = parseYaml(source.datei, source.text);
  if (!parsed.ok) return parsed;
  const result = schema.safeParse(parsed.parsed.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data, locate: parsed.parsed.locate };
  const problems = result.error.issues.flatMap((issue) => toProblems(source.datei, parsed.parsed, issue));
  // In file order, as the user reads the file.
  return { ok: false, problems: problems.sort((a, b) => (a.zeile ?? 0) - (b.zeile ?? 0) || (a.spalte ?? 0) - (b.spalte ?? 0)) };
}

function toProblems(datei: string, parsed: ParsedYaml, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      datei,
      feld: [...issue.path, key].map(String),
      ...parsed.locate([...issue.path, key], { key: true }),
      meldung: `unbekanntes Feld „${key}“ – Tippfehler? Erlaubt sind nur die im README beschriebenen Felder.`,
    }));
  }
  const missing = issue.code === "invalid_type" && issue.input === undefined;
  const meldung = missing
    ? "dieses Feld fehlt"
    : issue.code === "invalid_key"
      ? issue.issues.map((inner) => inner.message).join("; ")
      : issue.message + (issue.code === "custom" ? "" : found(issue.input));
  const key = issue.code === "invalid_key";
  return [{ datei, feld: issue.path.map(String), ...parsed.locate(issue.path, { key }), meldung }];
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

function checkFileName(datei: string, berichtsjahr: number): Problem[] {
  const expected = `${berichtsjahr}.yaml`;
  if (basename(datei) === expected) return [];
  return [{ datei, feld: ["berichtsjahr"], meldung: `Berichtsjahr ${berichtsjahr} passt nicht zum Dateinamen; die Datei muss ${expected} heißen.` }];
}
