import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * An independent check of a bag against RFC 8493 (BagIt 1.0), written from the RFC rather than
 * from pressemappe's code: declaration, manifests, completeness, Payload-Oxum, tag manifest.
 * Returns the list of violations; empty means valid.
 */
export async function bagitViolations(bag: string): Promise<string[]> {
  const violations: string[] = [];
  const read = async (name: string) => readFile(join(bag, name), "utf8").catch(() => undefined);
  const declaration = await read("bagit.txt");
  if (declaration !== "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n") violations.push("bagit.txt: declaration (§2.1.1)");
  const files = (await readdir(bag, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(bag, join(entry.parentPath, entry.name)).split("\\").join("/"));
  const payload = files.filter((file) => file.startsWith("data/"));
  if (payload.length === 0) violations.push("data/: payload directory missing or empty (§2.1.2)");
  const manifests = files.filter((file) => /^manifest-[a-z0-9]+\.txt$/.test(file));
  if (manifests.length === 0) violations.push("no payload manifest (§2.1.3)");
  for (const name of manifests) {
    const algorithm = /^manifest-(.+)\.txt$/.exec(name)?.[1] ?? "";
    const listed = await parseManifest(bag, name, algorithm, violations);
    for (const file of payload) if (!listed.has(file)) violations.push(`${name}: payload file not listed: ${file} (§3)`);
    for (const file of listed.keys()) if (!file.startsWith("data/")) violations.push(`${name}: lists a file outside data/: ${file}`);
  }
  const info = (await read("bag-info.txt")) ?? "";
  const oxum = /^Payload-Oxum: (\d+)\.(\d+)$/m.exec(info);
  if (oxum) {
    let octets = 0;
    for (const file of payload) octets += (await readFile(join(bag, file))).byteLength;
    if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) violations.push("bag-info.txt: Payload-Oxum does not match (§2.2.2)");
  }
  for (const line of info.split("\n").filter(Boolean)) if (!/^[^:\s][^:]*: \S/.test(line) && !/^\s/.test(line)) violations.push(`bag-info.txt: malformed line ${line}`);
  for (const name of files.filter((file) => /^tagmanifest-[a-z0-9]+\.txt$/.test(file))) {
    const algorithm = /^tagmanifest-(.+)\.txt$/.exec(name)?.[1] ?? "";
    const listed = await parseManifest(bag, name, algorithm, violations);
    for (const file of listed.keys()) if (file.startsWith("data/") || file.startsWith("tagmanifest-")) violations.push(`${name}: lists ${file} (§2.2.1)`);
  }
  return violations;
}

async function parseManifest(bag: string, name: string, algorithm: string, violations: string[]): Promise<Map<string, string>> {
  const listed = new Map<string, string>();
  for (const line of (await readFile(join(bag, name), "utf8")).split("\n").filter(Boolean)) {
    const match = /^([0-9a-fA-F]+) +(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      violations.push(`${name}: malformed line ${line}`);
      continue;
    }
    const [, checksum, path] = match;
    if (path.startsWith("/") || path.split("/").includes("..")) violations.push(`${name}: unsafe path ${path} (§7.2)`);
    const data = await readFile(join(bag, path)).catch(() => undefined);
    if (data === undefined) violations.push(`${name}: missing ${path}`);
    else if (createHash(algorithm).update(data).digest("hex") !== checksum.toLowerCase()) violations.push(`${name}: checksum of ${path}`);
    listed.set(path, checksum);
  }
  return listed;
}
