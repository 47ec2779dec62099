import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { RECORD, type BuildRecord } from "./edition-folder.js";
import { checkManifest, MANIFEST } from "./manifest.js";

/** An edition needs no rebuild when it was built from exactly these inputs and its files are intact. */
export async function isUpToDate(folder: string, fingerprint: string): Promise<boolean> {
  const record = await readFile(join(folder, RECORD), "utf8").catch(() => undefined);
  if (record === undefined || (JSON.parse(record) as Partial<BuildRecord>).eingaben_sha256 !== fingerprint) return false;
  const manifestText = await readFile(join(folder, MANIFEST), "utf8").catch(() => undefined);
  if (manifestText === undefined) return false;
  const check = await checkManifest(folder, manifestText, { ignore: [MANIFEST] });
  return check.changed.length + check.missing.length + check.extra.length === 0;
}
