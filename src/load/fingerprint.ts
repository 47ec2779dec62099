import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { VERSION } from "../version.js";
import { PUBLISHER_FILE } from "./read-edition-sources.js";
import { fontFiles } from "./read-templates.js";

/**
 * Fingerprints of raw input bytes, cheap enough to decide "nothing changed" before any parser,
 * validator or browser is loaded: the tool version, every template file, the fonts.
 */
export async function toolingFingerprint(templatesDir: string): Promise<string> {
  const hash = createHash("sha256").update(`pressemappe ${VERSION}\0`);
  const entries = await readdir(templatesDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const file of files) hash.update(`${relative(templatesDir, file)}\0`).update(await readFile(file));
  for (const file of fontFiles()) hash.update(await readFile(file));
  return hash.digest("hex");
}

/** One edition's inputs: the tooling, the publisher file, the year's file and every SVG (logo) beside them. */
export async function editionFingerprint(dataDir: string, year: number, tooling: string): Promise<string> {
  const hash = createHash("sha256").update(`${tooling}\0`);
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((name) => name.endsWith(".svg")).sort();
  for (const name of [PUBLISHER_FILE, `${year}.yaml`, ...names]) {
    hash.update(`${name}\0`).update(await readFile(join(dataDir, name)).catch(() => Buffer.from("fehlt")));
  }
  return hash.digest("hex");
}
