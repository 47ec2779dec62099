import { join } from "node:path";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import { renderOverview } from "../render/overview-page.js";
import { writeFileAtomic } from "../write-atomic.js";
import { listBuiltEditions, listDocuments, newestFirst, readRecord, type EditionEntry } from "./built-editions.js";
import { ARCHIVE_DIR, frozenYears } from "./edition-folder.js";

/** <out>/index.html, listing what the folder holds now; call under the output folder's lock. */
export async function writeOverview(outDir: string, templates: CompiledTemplates, style: string): Promise<void> {
  const frozen = await frozenYears(outDir);
  const built = await listBuiltEditions(outDir);
  const entries = [...built, ...(await bagsOnly(outDir, frozen, built))].sort(newestFirst);
  await writeFileAtomic(join(outDir, "index.html"), renderOverview(templates, style, entries, frozen));
}

/** Archived editions whose folder is gone: the bag still holds it, so the overview lists it from there. */
async function bagsOnly(outDir: string, frozen: ReadonlySet<number>, built: readonly EditionEntry[]): Promise<EditionEntry[]> {
  const entries: EditionEntry[] = [];
  for (const year of [...frozen].filter((year) => !built.some((entry) => entry.folder === String(year)))) {
    // A bag keeps the edition folder under data/ (RFC 8493).
    const folder = `${ARCHIVE_DIR}/${year}/data`;
    const record = await readRecord(join(outDir, folder));
    if (record.ok) entries.push({ folder, record: record.record, files: await listDocuments(join(outDir, folder)) });
  }
  return entries;
}
