import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { shown } from "../load/read-edition-sources.js";
import { ARCHIVE_DIR, frozenYears, listBuiltEditions } from "../output/edition-folder.js";
import { checkManifest, MANIFEST, type ManifestCheck } from "../output/manifest.js";
import type { Problem } from "../problem.js";

export interface Verification {
  /** The folders checked, relative to the output folder. */
  checked: string[];
  problems: Problem[];
}

/**
 * Recomputes every checksum of the edition folders and their bags (all, or those of `years`); any
 * changed, missing or extra file is a problem.
 */
export async function verifyEditions(outDir: string, years: readonly number[]): Promise<Verification> {
  const built = (await listBuiltEditions(outDir)).map((entry) => entry.folder);
  const frozen = await frozenYears(outDir);
  const folders = years.length > 0 ? years.map(String) : built;
  const bags = (years.length > 0 ? years : [...frozen]).filter((year) => frozen.has(year)).map((year) => `${ARCHIVE_DIR}/${year}`);
  const problems: Problem[] = [];
  for (const folder of folders) problems.push(...(await verifyFolder(join(outDir, folder))));
  for (const bag of bags) problems.push(...(await verifyBag(join(outDir, bag))));
  return { checked: [...folders, ...bags], problems };
}

async function verifyFolder(folder: string): Promise<Problem[]> {
  const manifestText = await readFile(join(folder, MANIFEST), "utf8").catch(() => undefined);
  if (manifestText === undefined) return [{ file: shown(folder), field: [], message: `Die Ausgabe fehlt oder hat keine ${MANIFEST}.` }];
  return describe(folder, await checkManifest(folder, manifestText, { ignore: [MANIFEST] }));
}

/** RFC 8493: bagit.txt, every payload file in the manifest and no other, tag files as the tag manifest says. */
async function verifyBag(bag: string): Promise<Problem[]> {
  const read = (name: string) => readFile(join(bag, name), "utf8").catch(() => undefined);
  const [declaration, payloadManifest, tagManifest] = await Promise.all([read("bagit.txt"), read("manifest-sha256.txt"), read("tagmanifest-sha256.txt")]);
  if (!declaration?.startsWith("BagIt-Version: ") || payloadManifest === undefined) {
    return [{ file: shown(bag), field: [], message: "Das ist kein vollständiger BagIt-Beutel (bagit.txt oder manifest-sha256.txt fehlt)." }];
  }
  const problems = describe(bag, await checkManifest(bag, payloadManifest, { scope: "data" }));
  if (tagManifest !== undefined) {
    const tags = await checkManifest(bag, tagManifest, { ignore: ["tagmanifest-sha256.txt"] });
    problems.push(...describe(bag, { ...tags, extra: tags.extra.filter((path) => !path.startsWith("data/")) }));
  }
  return problems;
}

function describe(folder: string, check: ManifestCheck): Problem[] {
  return [
    ...check.changed.map((path) => ({ file: shown(join(folder, path)), field: [], message: "wurde verändert (Prüfsumme weicht ab)." })),
    ...check.missing.map((path) => ({ file: shown(join(folder, path)), field: [], message: "fehlt." })),
    ...check.extra.map((path) => ({ file: shown(join(folder, path)), field: [], message: "gehört nicht zur Ausgabe (steht in keiner Prüfsummenliste)." })),
  ];
}
