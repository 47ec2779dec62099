import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { bagFiles } from "../archive/bag.js";
import { ARCHIVE_DIR, frozenYears, RECORD, type BuildRecord } from "../archive/edition-folder.js";
import { acquireLock } from "../archive/lock.js";
import { checkManifest, MANIFEST } from "../archive/manifest.js";
import { writeEdition } from "../archive/write-edition.js";
import { insideFolder, PUBLISHER_FILE, readBounded, shown } from "../load/read-edition-sources.js";
import { ProblemError } from "../problem.js";
import { VERSION } from "../version.js";
import type { Command } from "./args.js";
import { localDate } from "./clock.js";
import { writeArchiveIndex } from "./archive-index.js";

/**
 * Freezes a built edition: a BagIt bag of its files and of the inputs it was built from, under
 * <out>/archiv/<jahr>/. From then on `build` leaves that edition alone.
 */
export async function archive({ jahr, dataDir, outDir, templatesDir }: Extract<Command, { name: "archive" }>): Promise<number> {
  const edition = join(outDir, String(jahr));
  const fail = (meldung: string) => new ProblemError([{ datei: shown(edition), feld: [], meldung }]);
  if ((await frozenYears(outDir)).has(jahr)) throw fail(`Die Ausgabe ${jahr} ist schon archiviert (${shown(join(outDir, ARCHIVE_DIR, String(jahr)))}).`);
  const manifestText = await readFile(join(edition, MANIFEST), "utf8").catch(() => {
    throw fail(`Die Ausgabe ${jahr} ist noch nicht gebaut. Zuerst: pressemappe build ${jahr}`);
  });
  const check = await checkManifest(edition, manifestText, { ignore: [MANIFEST] });
  if (check.changed.length + check.missing.length + check.extra.length > 0) {
    throw fail(`Die Ausgabe ${jahr} stimmt nicht mehr mit ihrer Prüfsummenliste überein; bitte neu bauen, bevor sie archiviert wird (pressemappe verify ${jahr} zeigt die Abweichungen).`);
  }
  const names = manifestText.split("\n").filter(Boolean).map((line) => line.slice(66));
  const built = await Promise.all([...names, MANIFEST].map(async (name) => ({ name, data: await readFile(join(edition, name)) })));
  const record = JSON.parse((await readFile(join(edition, RECORD), "utf8")) as string) as BuildRecord;
  const inputs = await Promise.all(
    [PUBLISHER_FILE, `${jahr}.yaml`].map(async (name) => ({ name: `eingaben/${name}`, data: (await readBounded(await insideFolder(dataDir, name))).bytes })),
  );
  const files = bagFiles([...built, ...inputs], {
    organisation: record.herausgeber,
    description: record.titel,
    identifier: `pressemappe-${jahr}`,
    baggingDate: localDate(new Date()),
    software: `pressemappe ${VERSION}`,
  });
  const release = await acquireLock(outDir, shown(outDir));
  try {
    const bag = await writeEdition(join(outDir, ARCHIVE_DIR), String(jahr), files);
    await writeArchiveIndex(outDir, templatesDir);
    process.stdout.write(`Ausgabe ${jahr} archiviert: ${shown(bag)} (BagIt, ${files.length} Dateien). „build ${jahr}“ überschreibt sie nicht mehr.\n`);
  } finally {
    await release();
  }
  return 0;
}
