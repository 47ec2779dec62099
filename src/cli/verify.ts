import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ARCHIVE_DIR, frozenYears, listBuiltEditions } from "../archive/edition-folder.js";
import { checkManifest, MANIFEST, type ManifestCheck } from "../archive/manifest.js";
import { shown } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import type { Command } from "./args.js";
import { reportProblems } from "./report.js";

/** Recomputes every checksum of the edition folders and their bags; any changed, missing or extra file fails. */
export async function verify({ years, outDir }: Extract<Command, { name: "verify" }>): Promise<number> {
  const built = (await listBuiltEditions(outDir)).map((entry) => entry.ordner);
  const frozen = await frozenYears(outDir);
  const folders = years.length > 0 ? years.map(String) : built;
  const bags = (years.length > 0 ? years : [...frozen]).filter((jahr) => frozen.has(jahr)).map(String);
  const problems: Problem[] = [];
  for (const folder of folders) problems.push(...(await verifyFolder(join(outDir, folder))));
  for (const jahr of bags) problems.push(...(await verifyBag(join(outDir, ARCHIVE_DIR, jahr))));
  if (problems.length > 0) {
    reportProblems(problems, "beim Prüfen der Prüfsummen");
    return 1;
  }
  process.stdout.write(`Prüfsummen in Ordnung: ${[...folders, ...bags.map((jahr) => `${ARCHIVE_DIR}/${jahr}`)].join(", ") || "keine Ausgaben"}.\n`);
  return 0;
}

async function verifyFolder(folder: string): Promise<Problem[]> {
  const manifestText = await readFile(join(folder, MANIFEST), "utf8").catch(() => undefined);
  if (manifestText === undefined) return [{ datei: shown(folder), feld: [], meldung: `Die Ausgabe fehlt oder hat keine ${MANIFEST}.` }];
  return describe(folder, await checkManifest(folder, manifestText, { ignore: [MANIFEST] }));
}

/** RFC 8493: bagit.txt, every payload file in the manifest and no other, tag files as the tag manifest says. */
async function verifyBag(bag: string): Promise<Problem[]> {
  const read = (name: string) => readFile(join(bag, name), "utf8").catch(() => undefined);
  const [declaration, payloadManifest, tagManifest] = await Promise.all([read("bagit.txt"), read("manifest-sha256.txt"), read("tagmanifest-sha256.txt")]);
  if (!declaration?.startsWith("BagIt-Version: ") || payloadManifest === undefined) {
    return [{ datei: shown(bag), feld: [], meldung: "Das ist kein vollständiger BagIt-Beutel (bagit.txt oder manifest-sha256.txt fehlt)." }];
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
    ...check.changed.map((path) => ({ datei: shown(join(folder, path)), feld: [], meldung: "wurde verändert (Prüfsumme weicht ab)." })),
    ...check.missing.map((path) => ({ datei: shown(join(folder, path)), feld: [], meldung: "fehlt." })),
    ...check.extra.map((path) => ({ datei: shown(join(folder, path)), feld: [], meldung: "gehört nicht zur Ausgabe (steht in keiner Prüfsummenliste)." })),
  ];
}
