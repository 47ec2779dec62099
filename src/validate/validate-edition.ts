import { basename } from "node:path";
import type { z } from "zod";
import type { Problem } from "../problem.js";
import { parseYaml, type ParsedYaml } from "./parse-yaml.js";
import { ausgabeSchema, herausgeberSchema, type Edition } from "./schema.js";

export interface Source {
  /** Path as the user should see it in messages, e.g. "data/2018.yaml". */
  datei: string;
  text: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parses and validates the publisher file and one edition file into the typed edition; reports every problem of both files. */
export function validateEdition(herausgeber: Source, ausgabe: Source): Validation<Edition> {
  const publisher = validateSource(herausgeber, herausgeberSchema);
  const edition = validateSource(ausgabe, ausgabeSchema);
  const problems = [...(publisher.ok ? [] : publisher.problems), ...(edition.ok ? [] : edition.problems)];
  if (edition.ok) problems.push(...checkFileName(ausgabe.datei, edition.value.berichtsjahr));
  if (!publisher.ok || !edition.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...edition.value, herausgeber: publisher.value } };
}

export function validateSource<S extends z.ZodType>(source: Source, schema: S): Validation<z.output<S>> {
  const parsed = parseYaml(source.datei, source.text);
  if (!parsed.ok) return parsed;
  const result = schema.safeParse(parsed.parsed.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
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
      : issue.message;
  return [{ datei, feld: issue.path.map(String), ...parsed.locate(issue.path), meldung }];
}

function checkFileName(datei: string, berichtsjahr: number): Problem[] {
  const expected = `${berichtsjahr}.yaml`;
  if (basename(datei) === expected) return [];
  return [{ datei, feld: ["berichtsjahr"], meldung: `Berichtsjahr ${berichtsjahr} passt nicht zum Dateinamen; die Datei muss ${expected} heißen.` }];
}
