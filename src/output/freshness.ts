import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildRecord } from "./built-editions.js";
import { RECORD } from "./edition-folder.js";
import { checkManifest, isIntact, MANIFEST } from "./manifest.js";
import { fileSignature, type Stamps } from "./stamps.js";

/**
 * An edition needs no rebuild when it was built from exactly these inputs and its files are intact.
 * A folder whose files still carry the stamp of its last build or check is intact; any other is
 * checked against its manifest, byte for byte. `checked` says a full check passed: worth a new stamp.
 */
export async function isUpToDate(outDir: string, folder: string, fingerprint: string, stamps: Stamps): Promise<{ current: boolean; checked: boolean }> {
  const path = join(outDir, folder);
  const stamp = stamps[folder];
  if (stamp?.eingaben === fingerprint && stamp.dateien === fileSignature(path, stamp.dateien)) return { current: true, checked: false };
  const record = await readFile(join(path, RECORD), "utf8").catch(() => "{}");
  if (builtFrom(record) !== fingerprint) return { current: false, checked: false };
  const manifestText = await readFile(join(path, MANIFEST), "utf8").catch(() => undefined);
  if (manifestText === undefined) return { current: false, checked: false };
  const check = await checkManifest(path, manifestText, { ignore: [MANIFEST] });
  const current = isIntact(check);
  return { current, checked: current };
}

function builtFrom(record: string): string | undefined {
  try {
    return (JSON.parse(record) as Partial<BuildRecord>).eingaben_sha256;
  } catch {
    return undefined;
  }
}
