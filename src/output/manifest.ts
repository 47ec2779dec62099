import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export const MANIFEST = "manifest-sha256.txt";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** One "sha256  path" line per file, sorted: the format `sha256sum -c` reads. */
export function manifest(files: readonly { name: string; data: string | Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${sha256(file.data)}  ${file.name}\n`)
    .join("");
}

export interface ManifestCheck {
  changed: string[];
  missing: string[];
  extra: string[];
  /** Line numbers of the manifest that are not "checksum  path". */
  damaged: number[];
}

/** Nothing changed, missing, extra or unreadable. */
export function isIntact(check: ManifestCheck): boolean {
  return check.changed.length + check.missing.length + check.extra.length + check.damaged.length === 0;
}

/**
 * Recomputes every checksum a manifest lists under `root`, and finds files it does not list
 * (under `scope`, default the whole folder; `ignore` names files that stand outside the manifest).
 */
export async function checkManifest(root: string, manifestText: string, options: { scope?: string; ignore?: readonly string[] } = {}): Promise<ManifestCheck> {
  const listed = new Map<string, string>();
  const damaged: number[] = [];
  for (const [index, line] of manifestText.split("\n").entries()) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match?.[1] && match[2]) listed.set(match[2], match[1]);
    else if (line !== "") damaged.push(index + 1);
  }
  const present = await listFiles(join(root, options.scope ?? ""), root);
  const ignore = new Set(options.ignore ?? []);
  const check: ManifestCheck = { changed: [], missing: [], extra: [], damaged };
  for (const [path, expected] of listed) {
    const data = await readFile(join(root, path)).catch(() => undefined);
    if (data === undefined) check.missing.push(path);
    else if (sha256(data) !== expected) check.changed.push(path);
  }
  check.extra = present.filter((path) => !listed.has(path) && !ignore.has(path));
  return check;
}

async function listFiles(dir: string, root: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    .sort();
}
