import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { BuildRecord } from "./built-editions.js";
import { manifest, MANIFEST, sha256 } from "./manifest.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import type { OutputFile } from "../write-atomic.js";

export const RECORD = "herkunft.json";
export const ARCHIVE_DIR = "archiv";
/** Where an edition folder keeps the data files and templates it was built from. */
export const KEPT_DATA = "eingaben/daten/";
export const KEPT_TEMPLATES = "eingaben/vorlagen/";

/** The data files and the template folder an edition was built from, by their names there. */
export interface EditionInputs {
  data: readonly OutputFile[];
  templates: readonly OutputFile[];
}

/** The inputs as the edition folder keeps them. */
function keptInputs(inputs: EditionInputs): OutputFile[] {
  return [
    ...inputs.data.map((file) => ({ name: KEPT_DATA + file.name, data: file.data })),
    ...inputs.templates.map((file) => ({ name: KEPT_TEMPLATES + file.name, data: file.data })),
  ];
}

/** The edition's documents and copies of its inputs, plus its build record and a checksum manifest over all of them. */
export function editionFiles(documents: readonly OutputFile[], inputs: EditionInputs, record: Omit<BuildRecord, "kopien_sha256">): OutputFile[] {
  const kept = keptInputs(inputs);
  const full: BuildRecord = { ...record, kopien_sha256: Object.fromEntries(kept.map((file) => [file.name, sha256(file.data)])) };
  const files = [...documents, ...kept, { name: RECORD, data: `${JSON.stringify(full, null, 2)}\n` }];
  return [...files, { name: MANIFEST, data: manifest(files) }];
}

/** The record of an edition printed from `edition`, whose raw inputs have `fingerprint`. */
export function buildRecord(
  edition: Edition,
  page: { title: string; headline: string },
  built: { fingerprint: string; program: string; tooling: string; chromium: string },
): Omit<BuildRecord, "kopien_sha256"> {
  const households = (year: number): number | null => {
    const value: unknown = edition.kennzahlen.bedarfsgemeinschaften[year];
    return typeof value === "number" ? value : null;
  };
  return {
    berichtsjahr: edition.berichtsjahr,
    veroeffentlichung: edition.veroeffentlichung,
    titel: page.title,
    schlagzeile: page.headline,
    herausgeber: edition.herausgeber.name,
    // The overview reads its key figure from here, never from the data folder, which may have moved on.
    bedarfsgemeinschaften: households(edition.berichtsjahr),
    bedarfsgemeinschaften_vorjahr: households(edition.berichtsjahr - 1),
    pressemappe: VERSION,
    chromium: built.chromium,
    // The definitions in force, not where the catalogue file lies: the same data hash the same from any folder.
    daten_sha256: sha256(JSON.stringify({ ...edition, katalog: [...edition.katalog.definitions] })),
    programm_sha256: built.program,
    vorlagen_sha256: built.tooling,
    eingaben_sha256: built.fingerprint,
  };
}

/** Years frozen by `pressemappe archive`: a bag exists for them. */
export async function frozenYears(outDir: string): Promise<Set<number>> {
  const names = await readdir(join(outDir, ARCHIVE_DIR)).catch(() => [] as string[]);
  return new Set(names.filter((name) => /^\d{4}$/.test(name)).map(Number));
}

/** The Auflage numbers of a year's revision folders among `names` (2018-auflage-2 → 2), ascending. */
export function revisionNumbers(names: readonly string[], year: number): number[] {
  const pattern = new RegExp(`^${year}-auflage-(\\d+)$`);
  return names.flatMap((name) => pattern.exec(name)?.[1] ?? []).map(Number).sort((a, b) => a - b);
}

/** The folder for a new revision beside a frozen edition: 2018-auflage-2, -3, …, always after the newest, so the highest number is the newest. */
export async function nextRevisionFolder(outDir: string, year: number): Promise<string> {
  const latest = revisionNumbers(await readdir(outDir).catch(() => [] as string[]), year).at(-1) ?? 1;
  return `${year}-auflage-${latest + 1}`;
}
