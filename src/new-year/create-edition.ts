import { lstat } from "node:fs/promises";
import { basename, join } from "node:path";
import { listEditionYears, readEditionSource, shown } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import { parseYaml } from "../validate/parse-yaml.js";
import { createFileAtomic } from "../write-atomic.js";
import { nextEdition } from "./next-edition.js";

export interface NewYearRequest {
  year: number;
  dataDir: string;
}

export type Created = { ok: true; target: string; source: string; gaps: Problem[] } | { ok: false; problems: Problem[] };

/** <data>/<jahr>.yaml from the newest earlier edition file; never over an existing file. */
export async function createEdition({ year, dataDir }: NewYearRequest): Promise<Created> {
  const target = join(dataDir, `${year}.yaml`);
  const fail = (file: string, message: string): Created => ({ ok: false, problems: [{ file, field: [], message }] });
  const years = await listEditionYears(dataDir);
  const exists = () => fail(shown(target), "Die Datei gibt es schon. „pressemappe neu“ überschreibt keine Ausgabe; soll sie neu angelegt werden, die Datei zuerst umbenennen oder löschen.");
  if (await lstat(target).then(() => true, () => false)) return exists();
  const earlier = years.filter((other) => other < year).at(-1);
  if (earlier === undefined) {
    const later = years.filter((other) => other > year);
    return fail(
      shown(dataDir),
      later.length === 0
        ? `Im Datenordner gibt es keine Ausgabe (<jahr>.yaml), aus der ${year}.yaml angelegt werden kann. Die erste Ausgabe bitte von Hand anlegen, nach dem Vorbild von data/2018.yaml aus pressemappe (Felder im README unter „Datenformat“).`
        : `Im Datenordner gibt es keine Ausgabe vor ${year}, nur ${later.map((other) => `${other}.yaml`).join(", ")}; „pressemappe neu“ legt ein Jahr nach einer vorhandenen Ausgabe an. ${year}.yaml bitte von Hand anlegen, nach dem Vorbild von ${later[0]}.yaml.`,
    );
  }
  const base = await readEditionSource(dataDir, earlier);
  // Only what YAML must be for the copy to work: the earlier edition's own mistakes are check's.
  const parsed = parseYaml(base.file, base.text);
  if (!parsed.ok) return parsed;
  const text = nextEdition(base.text, { year, from: basename(base.file) });
  const written = parseYaml(shown(target), text);
  // Checked above for a clear message; the link refuses a file created since.
  const created = await createFileAtomic(target, text).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return false;
      throw error;
    },
  );
  if (!created) return exists();
  return { ok: true, target, source: base.file, gaps: written.ok ? written.parsed.gaps : [] };
}
