import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { localDate } from "../clock.js";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import { insideFolder, PUBLISHER_FILE, readBounded, shown } from "../load/read-edition-sources.js";
import { ARCHIVE_DIR, frozenYears, RECORD, type BuildRecord } from "../output/edition-folder.js";
import { acquireLock } from "../output/lock.js";
import { checkManifest, MANIFEST } from "../output/manifest.js";
import { writeOverview } from "../output/write-overview.js";
import { ProblemError } from "../problem.js";
import { VERSION } from "../version.js";
import { writeFolderAtomic } from "../write-atomic.js";
import { bagFiles } from "./bag.js";

export interface FrozenEdition {
  bag: string;
  files: number;
}

/**
 * Freezes a built edition: a BagIt bag of its files and of the inputs it was built from, under
 * <out>/archiv/<jahr>/, and the overview page says so. From then on `build` leaves that edition alone.
 */
export async function freezeEdition(
  { year, dataDir, outDir }: { year: number; dataDir: string; outDir: string },
  overview: { templates: CompiledTemplates; style: string },
): Promise<FrozenEdition> {
  const edition = join(outDir, String(year));
  const fail = (message: string) => new ProblemError([{ file: shown(edition), field: [], message }]);
  if ((await frozenYears(outDir)).has(year)) throw fail(`Die Ausgabe ${year} ist schon archiviert (${shown(join(outDir, ARCHIVE_DIR, String(year)))}).`);
  const manifestText = await readFile(join(edition, MANIFEST), "utf8").catch(() => {
    throw fail(`Die Ausgabe ${year} ist noch nicht gebaut. Zuerst: pressemappe build ${year}`);
  });
  const check = await checkManifest(edition, manifestText, { ignore: [MANIFEST] });
  if (check.changed.length + check.missing.length + check.extra.length > 0) {
    throw fail(`Die Ausgabe ${year} stimmt nicht mehr mit ihrer Prüfsummenliste überein; bitte neu bauen, bevor sie archiviert wird (pressemappe verify ${year} zeigt die Abweichungen).`);
  }
  const names = manifestText.split("\n").filter(Boolean).map((line) => line.slice(66));
  const built = await Promise.all([...names, MANIFEST].map(async (name) => ({ name, data: await readFile(join(edition, name)) })));
  const record = JSON.parse(await readFile(join(edition, RECORD), "utf8")) as BuildRecord;
  const inputs = await Promise.all(
    [PUBLISHER_FILE, `${year}.yaml`].map(async (name) => ({ name: `eingaben/${name}`, data: (await readBounded(await insideFolder(dataDir, name))).bytes })),
  );
  const files = bagFiles([...built, ...inputs], {
    organisation: record.herausgeber,
    description: record.titel,
    identifier: `pressemappe-${year}`,
    baggingDate: localDate(new Date()),
    software: `pressemappe ${VERSION}`,
  });
  const release = await acquireLock(outDir, shown(outDir));
  try {
    const bag = await writeFolderAtomic(join(outDir, ARCHIVE_DIR), String(year), files);
    await writeOverview(outDir, overview.templates, overview.style);
    return { bag, files: files.length };
  } finally {
    await release();
  }
}
