import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { localDate } from "../clock.js";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import { shown } from "../load/read-edition-sources.js";
import { readRecord } from "../output/built-editions.js";
import { ARCHIVE_DIR, frozenYears, RECORD } from "../output/edition-folder.js";
import { acquireLock } from "../output/lock.js";
import { checkManifest, isIntact, MANIFEST } from "../output/manifest.js";
import { writeOverview } from "../output/write-overview.js";
import { ProblemError } from "../problem.js";
import { VERSION } from "../version.js";
import { writeFolderAtomic } from "../write-atomic.js";
import { bagFiles } from "./bag.js";
import { findChangedInputs } from "./changed-inputs.js";

export interface FrozenEdition {
  bag: string;
  files: number;
}

/**
 * Freezes a built edition: a BagIt bag of its folder as it is, documents and the inputs they were
 * built from, under <out>/archiv/<jahr>/, and the overview page says so. Refused when the data or
 * templates changed since the build. From then on `build` leaves that edition alone.
 */
export async function freezeEdition(
  { year, dataDir, outDir, templatesDir, rebuild }: { year: number; dataDir: string; outDir: string; templatesDir: string; rebuild: string },
  overview: { templates: CompiledTemplates; style: string },
): Promise<FrozenEdition> {
  const edition = join(outDir, String(year));
  const fail = (message: string) => new ProblemError([{ kind: "archive", file: shown(edition), field: [], message }]);
  // Checked before the lock, which would create a mistyped output folder; an archived edition first,
  // since its folder may be gone while its bag holds everything.
  if ((await frozenYears(outDir)).has(year)) throw fail(`Die Ausgabe ${year} ist schon archiviert (${shown(join(outDir, ARCHIVE_DIR, String(year)))}).`);
  if (!(await stat(edition).then((info) => info.isDirectory(), () => false))) throw fail(`Die Ausgabe ${year} ist noch nicht gebaut. Zuerst: ${rebuild}`);
  // Locked from the first look on: a build must not replace the folder while it is checked and read.
  const release = await acquireLock(outDir, shown(outDir));
  try {
    if ((await frozenYears(outDir)).has(year)) throw fail(`Die Ausgabe ${year} ist schon archiviert (${shown(join(outDir, ARCHIVE_DIR, String(year)))}).`);
    const manifestText = await readFile(join(edition, MANIFEST), "utf8").catch(() => {
      throw fail(`Die Ausgabe ${year} ist noch nicht gebaut. Zuerst: ${rebuild}`);
    });
    const check = await checkManifest(edition, manifestText, { ignore: [MANIFEST] });
    if (!isIntact(check)) {
      throw fail(`Die Ausgabe ${year} stimmt nicht mehr mit ihrer Prüfsummenliste überein; bitte neu bauen, bevor sie archiviert wird (pressemappe verify ${year} zeigt die Abweichungen).`);
    }
    const listed = new Map(manifestText.split("\n").filter(Boolean).map((line) => [line.slice(66), line.slice(0, 64)] as const));
    const changed = await findChangedInputs({ year, edition, kept: listed, dataDir, templatesDir, rebuild });
    if (changed.length > 0) throw new ProblemError(changed);
    // The folder as it is: documents, the inputs that made them, the record and the manifest.
    const built = await Promise.all([...listed.keys(), MANIFEST].map(async (name) => ({ name, data: await readFile(join(edition, name)) })));
    const read = await readRecord(edition);
    if (!read.ok) throw fail(`${RECORD} der Ausgabe ${year} ist beschädigt; bitte neu bauen: ${rebuild} --force`);
    const { record } = read;
    const files = bagFiles(built, {
      organisation: record.herausgeber,
      description: record.titel,
      identifier: `pressemappe-${year}`,
      baggingDate: localDate(new Date()),
      software: `pressemappe ${VERSION}`,
    });
    const bag = await writeFolderAtomic(join(outDir, ARCHIVE_DIR), String(year), files);
    await writeOverview(outDir, overview.templates, overview.style);
    return { bag, files: files.length };
  } finally {
    await release();
  }
}
