import { createHash } from "node:crypto";
import { readdirSync, statSync, type Dirent } from "node:fs";
import { mkdir, readFile, realpath } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { cacheDir } from "../paths.js";
import { writeFileAtomic } from "../write-atomic.js";

/** What an edition folder looked like right after a build or a full check, by folder name (kept as JSON in the cache; its keys are its format). */
export type Stamps = Record<string, { eingaben: string; dateien: string }>;

/**
 * Size, modification time and inode of every file in the folder and below: what `make` and git trust to
 * tell "unchanged" without reading the bytes. Hashing every output of every edition cost more
 * than everything else of a rebuild that has nothing to do.
 *
 * Given the signature of the last build, it looks into subfolders (eingaben/) only for the files
 * that signature names: walking them cost 40 ms per 100 editions. A file changed or removed there
 * is still seen; one added there is left to `verify`. Synchronous on purpose: the promise-based
 * calls cost another 0.1 s per 100 editions (measured).
 */
export function fileSignature(folder: string, previous?: string): string {
  const list = (recursive: boolean) => {
    try {
      return readdirSync(folder, { recursive, withFileTypes: true }).filter((entry) => !entry.isDirectory());
    } catch {
      return [];
    }
  };
  const named = (entries: Dirent[]) => entries.map((entry) => relative(folder, join(entry.parentPath, entry.name)).replaceAll("\\", "/"));
  const deeper = previous === undefined ? [] : signedPaths(previous).filter((path) => path.includes("/"));
  const paths = [...new Set(previous === undefined ? named(list(true)) : [...named(list(false)), ...deeper])].sort();
  const lines = paths.map((path) => {
    const info = statSync(join(folder, path), { bigint: true, throwIfNoEntry: false });
    return info ? `${path} ${info.size} ${info.mtimeNs} ${info.ino}` : `${path} ?`;
  });
  return lines.join("\n");
}

/** The paths a signature names: each line is the path, then size, time and inode (or "?"). */
function signedPaths(signature: string): string[] {
  return signature.split("\n").map((line) => line.replace(/ (\d+ \d+ \d+|\?)$/, "")).filter(Boolean);
}

/** The stamps of an output folder, kept in the cache folder so the output holds only the edition. */
export async function readStamps(outDir: string): Promise<Stamps> {
  const text = await readFile(await stampFile(outDir), "utf8").catch(() => undefined);
  try {
    return text === undefined ? {} : (JSON.parse(text) as Stamps);
  } catch {
    return {};
  }
}

/** Adds the stamps of freshly written or checked folders; a failure only costs the next run a full check. */
export async function recordStamps(outDir: string, fresh: readonly { folder: string; fingerprint: string }[]): Promise<void> {
  if (fresh.length === 0) return;
  try {
    const file = await stampFile(outDir);
    const stamps = await readStamps(outDir);
    for (const { folder, fingerprint } of fresh) stamps[folder] = { eingaben: fingerprint, dateien: fileSignature(join(outDir, folder)) };
    await mkdir(join(file, ".."), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(stamps));
  } catch {
    // A read-only cache folder: the next run hashes the outputs instead.
  }
}

async function stampFile(outDir: string): Promise<string> {
  const where = await realpath(outDir).catch(() => resolve(outDir));
  return join(cacheDir(), "stand", `${createHash("sha256").update(where).digest("hex").slice(0, 32)}.json`);
}
