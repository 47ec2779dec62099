import { freezeEdition } from "../archive/freeze-edition.js";
import { shown } from "../load/read-edition-sources.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { loadDocumentSet } from "../pipeline/steps.js";
import { folderOptions } from "./command-line.js";
import type { Command } from "./options.js";

/** archive: freezes a built edition as a BagIt bag; build leaves it alone from then on. */
export async function archive({ year, dataDir, outDir, templatesDir }: Extract<Command, { name: "archive" }>): Promise<number> {
  // The overview page marks the edition as archived.
  const { templates, style } = await loadDocumentSet(templatesDir);
  // The advice to rebuild repeats the folders of this call, so it rebuilds what is being archived.
  const rebuild = `pressemappe build ${year}${folderOptions({ dataDirs: [dataDir], outDir, templatesDir })}`;
  const { bag, files } = await freezeEdition({ year, dataDir, outDir, templatesDir: templatesDir ?? shippedTemplates, rebuild }, { templates, style });
  process.stdout.write(`Ausgabe ${year} archiviert: ${shown(bag)} (BagIt, ${files} Dateien). „build ${year}“ überschreibt sie nicht mehr.\n`);
  return 0;
}
