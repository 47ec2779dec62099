import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { manifest, MANIFEST, sha256 } from "./manifest.js";
import type { OutputFile } from "./write-edition.js";

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

export function dataHash(edition: unknown): string {
  return sha256(JSON.stringify(edition));
}

/** Years frozen by `pressemappe archive`: a bag exists for them. */
export async function frozenYears(outDir: string): Promise<Set<number>> {
  const names = await readdir(join(outDir, ARCHIVE_DIR)).catch(() => [] as string[]);
  return new Set(names.filter((name) => /^\d{4}$/.test(name)).map(Number));
}

/** The folder for a new revision beside a frozen edition: 2018-auflage-2, -3, … */
export async function nextRevisionFolder(outDir: string, jahr: number): Promise<string> {
  const names = new Set(await readdir(outDir).catch(() => [] as string[]));
  let revision = 2;
  while (names.has(`${jahr}-auflage-${revision}`)) revision++;
  return `${jahr}-auflage-${revision}`;
}

export interface EditionEntry {
  ordner: string;
  record: BuildRecord;
  dateien: string[];
}

/** Every built edition folder under `outDir` with its record, newest year first. */
export async function listBuiltEditions(outDir: string): Promise<EditionEntry[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const entries: EditionEntry[] = [];
  for (const ordner of names.filter((name) => /^\d{4}(-auflage-\d+)?$/.test(name))) {
    const text = await readFile(join(outDir, ordner, RECORD), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const dateien = (await readdir(join(outDir, ordner))).filter((name) => /\.(html|pdf|txt)$/.test(name)).sort();
    entries.push({ ordner, record: JSON.parse(text) as BuildRecord, dateien });
  }
  return entries.sort((a, b) => b.record.berichtsjahr - a.record.berichtsjahr || (a.ordner < b.ordner ? 1 : -1));
}
