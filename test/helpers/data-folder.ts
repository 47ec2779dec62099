import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const exampleDataDir = fileURLToPath(new URL("../../data/", import.meta.url));

/** A scratch copy of the example data folder; `edit` rewrites one file's text. */
export async function copyDataFolder(): Promise<{ dir: string; edit: (file: string, change: (text: string) => string) => Promise<void>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "pressemappe-daten-"));
  await cp(exampleDataDir, dir, { recursive: true });
  return {
    dir,
    edit: async (file, change) => writeFile(join(dir, file), change(await readFile(join(dir, file), "utf8"))),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function readExample(file: string): Promise<string> {
  return readFile(join(exampleDataDir, file), "utf8");
}
