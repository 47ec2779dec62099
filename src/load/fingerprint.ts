import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { codeDir, packageRoot } from "../paths.js";
import { VERSION } from "../version.js";
import { CATALOGUE_FILE, PUBLISHER_FILE } from "./read-edition-sources.js";
import { fontFiles, readFolder } from "./read-templates.js";

/**
 * Fingerprints of raw input bytes, cheap enough to decide "nothing changed" before any parser,
 * validator or browser is loaded: the program, every template file, the fonts.
 */
export async function toolingFingerprint(templatesDir: string): Promise<string> {
  const hash = createHash("sha256").update(`${await programFingerprint()}\0`);
  for (const file of await readFolder(templatesDir)) hash.update(`${file.name}\0`).update(file.data);
  for (const font of await Promise.all(fontFiles().map((file) => readFile(file)))) hash.update(font);
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
    // The compiled code only: source maps follow from it.
    const files = (await listFiles(codeDir)).filter((file) => /\.[cm]?[jt]s$/.test(file) && !file.endsWith(".d.ts"));
    const [code, lock] = await Promise.all([Promise.all(files.map((file) => readFile(file))), readFile(join(packageRoot, "package-lock.json")).catch(() => Buffer.from("keine package-lock.json"))]);
    const hash = createHash("sha256").update(`pressemappe ${VERSION}\0`);
    files.forEach((file, index) => hash.update(`${relative(codeDir, file)}\0`).update(code[index] as Buffer));
    return hash.update(lock).digest("hex");
  })();
  return program;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** One edition's inputs: the tooling, the publisher file, the catalogue, the year's file and every SVG (logo) beside them. */
export async function editionFingerprint(dataDir: string, year: number, tooling: string): Promise<string> {
  const hash = createHash("sha256").update(`${tooling}\0`);
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((name) => name.endsWith(".svg")).sort();
  for (const name of [PUBLISHER_FILE, CATALOGUE_FILE, `${year}.yaml`, ...names]) {
    hash.update(`${name}\0`).update(await readFile(join(dataDir, name)).catch(() => Buffer.from("fehlt")));
  }
  return hash.digest("hex");
}
