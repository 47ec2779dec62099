import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { shown } from "../load/read-edition-sources.js";
import { listEditionFolders, readRecord } from "../output/built-editions.js";
import { ARCHIVE_DIR, frozenYears, RECORD } from "../output/edition-folder.js";
import { checkManifest, MANIFEST, type ManifestCheck } from "../output/manifest.js";
import type { Problem } from "../problem.js";

export interface Verification {
  /** The folders checked, relative to the output folder. */
  checked: string[];
  problems: Problem[];
}

/**
 * Recomputes every checksum of the edition folders and their bags (all, or those of `years`); any
 * changed, missing or extra file is a problem, and so is anything that cannot be checked: no
 * output folder, no edition in it, a missing or damaged build record or manifest.
 */
export async function verifyEditions(outDir: string, years: readonly number[]): Promise<Verification> {
  if (!(await isFolder(outDir))) return { checked: [], problems: [{ kind: "output", file: shown(outDir) || ".", field: [], message: "Den Ausgabeordner gibt es nicht (Tippfehler bei --out?)." }] };
  const frozen = await frozenYears(outDir);
  const folders = years.length > 0 ? years.map(String) : await listEditionFolders(outDir);
  const bags = (years.length > 0 ? years : [...frozen]).filter((year) => frozen.has(year)).map((year) => `${ARCHIVE_DIR}/${year}`);
  if (folders.length + bags.length === 0) {
    return { checked: [], problems: [{ kind: "output", file: shown(outDir) || ".", field: [], message: "Hier liegt keine gebaute Ausgabe (Ordner wie 2018/); es gibt nichts zu prüfen." }] };
  }
  const problems: Problem[] = [];
  for (const folder of folders) problems.push(...(await verifyFolder(join(outDir, folder))));
  for (const bag of bags) problems.push(...(await verifyBag(join(outDir, bag))));
  return { checked: [...folders, ...bags], problems };
}

async function verifyFolder(folder: string): Promise<Problem[]> {
  if (!(await isFolder(folder))) return [{ kind: "output", file: shown(folder), field: [], message: "Diese Ausgabe gibt es nicht." }];
  const manifestText = await readFile(join(folder, MANIFEST), "utf8").catch(() => undefined);
  const record = await readRecord(folder);
  const problems: Problem[] = [];
  if (manifestText === undefined) problems.push({ kind: "output", file: shown(join(folder, MANIFEST)), field: [], message: "fehlt; ohne diese Datei lässt sich die Ausgabe nicht prüfen." });
  if (!record.ok) {
    const message = record.reason === "missing" ? "fehlt." : "ist beschädigt (kein lesbares JSON mit Berichtsjahr und Titel).";
    problems.push({ kind: "output", file: shown(join(folder, RECORD)), field: [], message });
  }
  if (manifestText === undefined) return problems;
  const check = await checkManifest(folder, manifestText, { ignore: [MANIFEST] });
  // A missing record is already said above.
  return [...problems, ...describe(folder, { ...check, missing: check.missing.filter((path) => record.ok || path !== RECORD) })];
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
    problems.push(...describe(bag, { ...tags, extra: tags.extra.filter((path) => !path.startsWith("data/")) }, "tagmanifest-sha256.txt"));
  }
  return problems;
}

function describe(folder: string, check: ManifestCheck, manifest = MANIFEST): Problem[] {
  return [
    ...check.damaged.map((line) => ({ file: shown(join(folder, manifest)), field: [], line, message: "Diese Zeile ist keine Prüfsumme mit Dateiname; die Liste ist beschädigt." })),
    ...check.changed.map((path) => ({ file: shown(join(folder, path)), field: [], message: "wurde verändert (Prüfsumme weicht ab)." })),
    ...check.missing.map((path) => ({ file: shown(join(folder, path)), field: [], message: "fehlt." })),
    ...check.extra.map((path) => ({ file: shown(join(folder, path)), field: [], message: "gehört nicht zur Ausgabe (steht in keiner Prüfsummenliste)." })),
  ];
}

function isFolder(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}
