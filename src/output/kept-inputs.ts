// The inputs an edition folder keeps (eingaben/), compared with the data and template folders as
// they are now. `archive` refuses to freeze an edition whose inputs changed since it was built;
// `build` tells from the same comparison whether an archived year needs a new Auflage.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { CATALOGUE_FILE, insideFolder, readBounded } from "../load/read-edition-sources.js";
import { readFolder, type TemplateFolder } from "../load/read-templates.js";
import { ARCHIVE_DIR, KEPT_DATA, KEPT_TEMPLATES, RECORD, revisionNumbers } from "./edition-folder.js";
import { sha256 } from "./manifest.js";

/** One input file that differs from the copy an edition keeps, by its path in the data or template folder. */
export interface ChangedInput {
  path: string;
  /** Its name inside that folder, as the edition folder keeps it under eingaben/. */
  name: string;
  folder: "data" | "templates";
  /** Edited since; gone from the folder; new in the template folder, or a catalogue the edition was made without. */
  change: "changed" | "missing" | "added";
}

/**
 * Which of the kept inputs (path in the edition folder → SHA-256) differ from the data and template
 * folders now. Only the data files the edition was built from count (a new year's file beside them
 * does not), and a `kennzahlen.yaml` added since (its entries override the built-in figures the
 * edition was made with), and every file of the template folder, clutter aside (see load/read-templates.ts).
 *
 * Inputs are what a press office edits: data and templates. The program (its code, its locked
 * dependencies, the fonts it ships) is not: after an update of pressemappe an archived year would
 * otherwise ask for a new Auflage though nobody changed a figure or a word of it. An update that
 * ships changed templates does count, since templates hold the wording of the documents.
 */
export async function changedInputs(kept: ReadonlyMap<string, string>, dataDir: string, templatesDir: string, folder?: TemplateFolder): Promise<ChangedInput[]> {
  const changes: ChangedInput[] = [];
  for (const path of [...kept.keys()].filter((path) => path.startsWith(KEPT_DATA))) {
    const name = path.slice(KEPT_DATA.length);
    // A symbolic link out of the data folder is read by no build: it counts as missing.
    const current = await insideFolder(dataDir, name).then(readBounded).then(({ bytes }) => sha256(bytes), () => undefined);
    if (current === undefined) changes.push({ path: join(dataDir, name), name, folder: "data", change: "missing" });
    else if (current !== kept.get(path)) changes.push({ path: join(dataDir, name), name, folder: "data", change: "changed" });
  }
  if (!kept.has(`${KEPT_DATA}${CATALOGUE_FILE}`)) {
    const added = await insideFolder(dataDir, CATALOGUE_FILE).then(readBounded).then(() => true, () => false);
    if (added) changes.push({ path: join(dataDir, CATALOGUE_FILE), name: CATALOGUE_FILE, folder: "data", change: "added" });
  }
  const templates = new Map((folder ?? (await readFolder(templatesDir))).map((file) => [`${KEPT_TEMPLATES}${file.name}`, sha256(file.data)]));
  for (const path of [...kept.keys()].filter((path) => path.startsWith(KEPT_TEMPLATES))) {
    const name = path.slice(KEPT_TEMPLATES.length);
    if (!templates.has(path)) changes.push({ path: join(templatesDir, name), name, folder: "templates", change: "missing" });
    else if (templates.get(path) !== kept.get(path)) changes.push({ path: join(templatesDir, name), name, folder: "templates", change: "changed" });
  }
  for (const path of templates.keys()) {
    const name = path.slice(KEPT_TEMPLATES.length);
    if (!kept.has(path)) changes.push({ path: join(templatesDir, name), name, folder: "templates", change: "added" });
  }
  return changes;
}

/** The newest Auflage of an archived year and the inputs it keeps; `kept` is undefined when it keeps none or its record is unreadable. */
export interface NewestAuflage {
  /** Its folder: the latest <jahr>-auflage-N beside the archive, else the bag (<out>/archiv/<jahr>). */
  folder: string;
  kept: ReadonlyMap<string, string> | undefined;
}

export async function newestAuflage(outDir: string, year: number): Promise<NewestAuflage> {
  const revisions = revisionNumbers(await readdir(outDir).catch(() => [] as string[]), year);
  const latest = revisions.at(-1);
  if (latest !== undefined) {
    const folder = join(outDir, `${year}-auflage-${latest}`);
    return { folder, kept: await keptCopies(folder) };
  }
  const bag = join(outDir, ARCHIVE_DIR, String(year));
  // A bag holds the edition folder as it was under data/ (RFC 8493).
  return { folder: bag, kept: await keptCopies(join(bag, "data")) };
}

/** The copies of the inputs a build record lists (`kopien_sha256`); read without zod, as planning must stay quick. */
async function keptCopies(folder: string): Promise<Map<string, string> | undefined> {
  try {
    const copies = (JSON.parse(await readFile(join(folder, RECORD), "utf8")) as { kopien_sha256?: unknown }).kopien_sha256;
    if (copies === null || typeof copies !== "object") return undefined;
    const entries = Object.entries(copies).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    return entries.some(([path]) => path.startsWith(KEPT_DATA)) ? new Map(entries) : undefined;
  } catch {
    return undefined;
  }
}
