import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { manifest, MANIFEST, sha256 } from "./manifest.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import type { OutputFile } from "../write-atomic.js";

export const RECORD = "herkunft.json";
export const ARCHIVE_DIR = "archiv";
/** Where an edition folder keeps the data files and templates it was built from. */
export const KEPT_DATA = "eingaben/daten/";
export const KEPT_TEMPLATES = "eingaben/vorlagen/";

/** What an edition was built from: enough to rebuild it, or to tell why a rebuild differs. */
export interface BuildRecord {
  berichtsjahr: number;
  veroeffentlichung: string;
  titel: string;
  herausgeber: string;
  pressemappe: string;
  chromium: string;
  daten_sha256: string;
  /** The program's code and locked dependencies (see load/fingerprint.ts). */
  programm_sha256: string;
  /** The program, templates and fonts. */
  vorlagen_sha256: string;
  /** All raw inputs of the edition (see load/fingerprint.ts): unchanged means nothing to rebuild. */
  eingaben_sha256: string;
  /** The copies of the inputs kept in the folder, by path, with their SHA-256. */
  eingaben: Record<string, string>;
}

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
export function editionFiles(documents: readonly OutputFile[], inputs: EditionInputs, record: Omit<BuildRecord, "eingaben">): OutputFile[] {
  const kept = keptInputs(inputs);
  const full: BuildRecord = { ...record, eingaben: Object.fromEntries(kept.map((file) => [file.name, sha256(file.data)])) };
  const files = [...documents, ...kept, { name: RECORD, data: `${JSON.stringify(full, null, 2)}\n` }];
  return [...files, { name: MANIFEST, data: manifest(files) }];
}

/** The record of an edition printed from `edition`, whose raw inputs have `fingerprint`. */
export function buildRecord(edition: Edition, title: string, built: { fingerprint: string; program: string; tooling: string; chromium: string }): Omit<BuildRecord, "eingaben"> {
  return {
    berichtsjahr: edition.berichtsjahr,
    veroeffentlichung: edition.veroeffentlichung,
    titel: title,
    herausgeber: edition.herausgeber.name,
    pressemappe: VERSION,
    chromium: built.chromium,
    daten_sha256: sha256(JSON.stringify(edition)),
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

/** The folder for a new revision beside a frozen edition: 2018-auflage-2, -3, … */
export async function nextRevisionFolder(outDir: string, year: number): Promise<string> {
  const names = new Set(await readdir(outDir).catch(() => [] as string[]));
  let revision = 2;
  while (names.has(`${year}-auflage-${revision}`)) revision++;
  return `${year}-auflage-${revision}`;
}

export interface EditionEntry {
  folder: string;
  record: BuildRecord;
  files: string[];
}

/**
 * Every built edition folder under `outDir` with its record, newest year first. A folder whose
 * record is missing or damaged is left out here (verify names it), so it never breaks a build.
 */
export async function listBuiltEditions(outDir: string): Promise<EditionEntry[]> {
  const entries: EditionEntry[] = [];
  for (const folder of await listEditionFolders(outDir)) {
    const record = await readRecord(join(outDir, folder));
    if (!record.ok) continue;
    const files = (await readdir(join(outDir, folder))).filter((name) => /\.(html|pdf|txt)$/.test(name)).sort();
    entries.push({ folder, record: record.record, files });
  }
  return entries.sort((a, b) => b.record.berichtsjahr - a.record.berichtsjahr || (a.folder < b.folder ? 1 : -1));
}

/** The folders under `outDir` named like an edition: 2018, 2018-auflage-2, … */
export async function listEditionFolders(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && /^\d{4}(-auflage-\d+)?$/.test(entry.name)).map((entry) => entry.name).sort();
}

export type RecordRead = { ok: true; record: BuildRecord } | { ok: false; reason: "missing" | "damaged" };

/** An edition folder's build record, if it is there and reads as one. */
export async function readRecord(folder: string): Promise<RecordRead> {
  const text = await readFile(join(folder, RECORD), "utf8").catch(() => undefined);
  if (text === undefined) return { ok: false, reason: "missing" };
  try {
    const record = JSON.parse(text) as Partial<BuildRecord> | null;
    const valid = typeof record === "object" && record !== null && typeof record.berichtsjahr === "number" && typeof record.titel === "string";
    return valid ? { ok: true, record: record as BuildRecord } : { ok: false, reason: "damaged" };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}
