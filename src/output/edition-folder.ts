import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { manifest, MANIFEST, sha256 } from "./manifest.js";
import type { Edition } from "../validate/schema.js";
import { VERSION } from "../version.js";
import type { OutputFile } from "../write-atomic.js";

export const RECORD = "herkunft.json";
export const ARCHIVE_DIR = "archiv";

/** What an edition was built from: enough to rebuild it, or to tell why a rebuild differs. */
export interface BuildRecord {
  berichtsjahr: number;
  veroeffentlichung: string;
  titel: string;
  herausgeber: string;
  pressemappe: string;
  chromium: string;
  daten_sha256: string;
  /** Tool version, templates and fonts. */
  vorlagen_sha256: string;
  /** All raw inputs of the edition (see load/fingerprint.ts): unchanged means nothing to rebuild. */
  eingaben_sha256: string;
}

/** The edition's documents plus its build record and a checksum manifest over all of them. */
export function editionFiles(documents: readonly OutputFile[], record: BuildRecord): OutputFile[] {
  const files = [...documents, { name: RECORD, data: `${JSON.stringify(record, null, 2)}\n` }];
  return [...files, { name: MANIFEST, data: manifest(files) }];
}

/** The record of an edition printed from `edition`, whose raw inputs have `fingerprint`. */
export function buildRecord(edition: Edition, title: string, built: { fingerprint: string; tooling: string; chromium: string }): BuildRecord {
  return {
    berichtsjahr: edition.berichtsjahr,
    veroeffentlichung: edition.veroeffentlichung,
    titel: title,
    herausgeber: edition.herausgeber.name,
    pressemappe: VERSION,
    chromium: built.chromium,
    daten_sha256: sha256(JSON.stringify(edition)),
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

/** Every built edition folder under `outDir` with its record, newest year first. */
export async function listBuiltEditions(outDir: string): Promise<EditionEntry[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const entries: EditionEntry[] = [];
  for (const folder of names.filter((name) => /^\d{4}(-auflage-\d+)?$/.test(name))) {
    const text = await readFile(join(outDir, folder, RECORD), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const files = (await readdir(join(outDir, folder))).filter((name) => /\.(html|pdf|txt)$/.test(name)).sort();
    entries.push({ folder, record: JSON.parse(text) as BuildRecord, files });
  }
  return entries.sort((a, b) => b.record.berichtsjahr - a.record.berichtsjahr || (a.folder < b.folder ? 1 : -1));
}
