import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { ProblemError } from "../problem.js";
import type { Source } from "../validate/validate-edition.js";

export const PUBLISHER_FILE = "herausgeber.yaml";
const EDITION_FILE = /^(\d{4})\.yaml$/;

/** The years with an edition file in the data folder, ascending. */
export async function listEditionYears(dataDir: string): Promise<number[]> {
  const names = await readdir(dataDir).catch(() => {
    throw new ProblemError([{ datei: shown(dataDir), feld: [], meldung: "Der Datenordner wurde nicht gefunden." }]);
  });
  return names.flatMap((name) => EDITION_FILE.exec(name)?.[1] ?? []).map(Number).sort((a, b) => a - b);
}

export async function readEditionSources(dataDir: string, jahr: number): Promise<{ herausgeber: Source; ausgabe: Source }> {
  const [herausgeber, ausgabe] = await Promise.all([readSource(join(dataDir, PUBLISHER_FILE)), readSource(join(dataDir, `${jahr}.yaml`))]);
  return { herausgeber, ausgabe };
}

async function readSource(path: string): Promise<Source> {
  const datei = shown(path);
  try {
    return { datei, text: await readFile(path, "utf8") };
  } catch {
    throw new ProblemError([{ datei, feld: [], meldung: "Die Datei wurde nicht gefunden oder ist nicht lesbar." }]);
  }
}

/** Paths in messages are relative to where the user stands. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
