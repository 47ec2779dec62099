import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { codeDir, packageRoot } from "../paths.js";
import { VERSION } from "../version.js";
import { PUBLISHER_FILE } from "./read-edition-sources.js";
import { fontFiles } from "./read-templates.js";

/**
 * Fingerprints of raw input bytes, cheap enough to decide "nothing changed" before any parser,
 * validator or browser is loaded: the program, every template file, the fonts.
 */
export async function toolingFingerprint(templatesDir: string): Promise<string> {
  const hash = createHash("sha256").update(`${await programFingerprint()}\0`);
  for (const file of await listFiles(templatesDir)) hash.update(`${relative(templatesDir, file)}\0`).update(await readFile(file));
  for (const file of fontFiles()) hash.update(await readFile(file));
  return hash.digest("hex");
}

let program: Promise<string> | undefined;

/**
 * The program itself: its code (dist/, or src/ under the tests) and the lock file that pins every
 * dependency's version. The version number stays 0.1.0 across commits, so it cannot tell an
 * upgrade; these bytes can. Once per process: the code does not change while it runs.
 */
export function programFingerprint(): Promise<string> {
  program ??= (async () => {
    const hash = createHash("sha256").update(`pressemappe ${VERSION}\0`);
    for (const file of await listFiles(codeDir)) hash.update(`${relative(codeDir, file)}\0`).update(await readFile(file));
    hash.update(await readFile(join(packageRoot, "package-lock.json")).catch(() => Buffer.from("keine package-lock.json")));
    return hash.digest("hex");
  })();
  return program;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
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
