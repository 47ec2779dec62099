// Reading built editions back: their records and the folders that hold them. Kept apart from
// edition-folder.ts because zod costs 60 ms to load, and deciding that nothing needs building must not.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { RECORD } from "./edition-folder.js";
import { MANIFEST } from "./manifest.js";

const sha = z.string().regex(/^[0-9a-f]{64}$/);

/** What an edition was built from: enough to rebuild it, or to tell why a rebuild differs (herkunft.json). */
const buildRecordSchema = z.object({
  berichtsjahr: z.number().int(),
  veroeffentlichung: z.iso.date(),
  titel: z.string(),
  /** The press release's headline, for the overview page. */
  schlagzeile: z.string(),
  herausgeber: z.string(),
  /** The overview's key figure: Bedarfsgemeinschaften in the report year (the schema requires it; null only if it ever may be missing) … */
  bedarfsgemeinschaften: z.number().int().nonnegative().nullable(),
  /** … and in the year before, when the edition's data holds it. */
  bedarfsgemeinschaften_vorjahr: z.number().int().nonnegative().nullable(),
  pressemappe: z.string(),
  chromium: z.string(),
  daten_sha256: sha,
  /** The program's code and locked dependencies (see load/fingerprint.ts). */
  programm_sha256: sha,
  /** The program, the template folder and the fonts. */
  vorlagen_sha256: sha,
  /** Every input of the edition hashed together (see load/fingerprint.ts): unchanged means nothing to rebuild. */
  eingaben_sha256: sha,
  /** The copies of the inputs kept in the folder, by path, with their SHA-256. */
  kopien_sha256: z.record(z.string(), sha),
});

export type BuildRecord = z.infer<typeof buildRecordSchema>;

/**
 * A record as read back: what the overview and the archive need must be there and well-formed; the
 * rest may be missing in records of older versions.
 */
const readRecordSchema = buildRecordSchema.partial().required({ berichtsjahr: true, veroeffentlichung: true, titel: true, herausgeber: true });
export type RecordAsRead = z.infer<typeof readRecordSchema>;

export interface EditionEntry {
  folder: string;
  record: RecordAsRead;
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
    entries.push({ folder, record: record.record, files: await listDocuments(join(outDir, folder)) });
  }
  return entries.sort(newestFirst);
}

/** Newest year first; within a year the newest Auflage first (2018-auflage-10 before 2018-auflage-9). */
export function newestFirst(a: EditionEntry, b: EditionEntry): number {
  const auflage = (entry: EditionEntry) => Number(/-auflage-(\d+)$/.exec(entry.folder)?.[1] ?? 1);
  return b.record.berichtsjahr - a.record.berichtsjahr || auflage(b) - auflage(a);
}

/** An edition folder's documents, what the overview links to (the checksum list is none). */
export async function listDocuments(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => /\.(html|pdf|txt)$/.test(name) && name !== MANIFEST).sort();
}

/** The folders under `outDir` named like an edition: 2018, 2018-auflage-2, … */
export async function listEditionFolders(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && /^\d{4}(-auflage-\d+)?$/.test(entry.name)).map((entry) => entry.name).sort();
}

export type RecordRead = { ok: true; record: RecordAsRead } | { ok: false; reason: "missing" | "damaged" };

/** An edition folder's build record, if it is there and reads as one. */
export async function readRecord(folder: string): Promise<RecordRead> {
  const text = await readFile(join(folder, RECORD), "utf8").catch(() => undefined);
  if (text === undefined) return { ok: false, reason: "missing" };
  try {
    const record = readRecordSchema.safeParse(JSON.parse(text));
    return record.success ? { ok: true, record: record.data } : { ok: false, reason: "damaged" };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}
