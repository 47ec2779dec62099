import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const exampleDataDir = fileURLToPath(new URL("../../data/", import.meta.url));

/** The example's publisher file with the contact a press office enters: no placeholder warnings. */
export function withRealContact(publisher: string): string {
  return publisher.replace('"+49 0000 000000"', '"+49 3733 831-1234"').replace("presse@example.org", "presse@kreis-musterland.de");
}

/**
 * A scratch copy of the example data folder; `edit` rewrites one file's text. `realContact` fills in
 * the placeholders of the press contact, for tests that expect the example to warn of nothing else.
 */
export async function copyDataFolder(
  options: { realContact?: boolean } = {},
): Promise<{ dir: string; edit: (file: string, change: (text: string) => string) => Promise<void>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "pressemappe-daten-"));
  await cp(exampleDataDir, dir, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) => writeFile(join(dir, file), change(await readFile(join(dir, file), "utf8")));
  if (options.realContact) await edit("herausgeber.yaml", withRealContact);
  return { dir, edit, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function readExample(file: string): Promise<string> {
  return readFile(join(exampleDataDir, file), "utf8");
}
