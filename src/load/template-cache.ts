import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import Handlebars from "handlebars";
import { cacheDir } from "../paths.js";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "../write-atomic.js";
import type { TemplateFiles } from "./read-templates.js";

/** Handlebars' compiled form of templates, by template and escaping: JavaScript source as text. */
export type CompiledSpecs = Record<string, string>;

/**
 * Compiled templates from an earlier run, keyed by every template text, the Handlebars and the
 * pressemappe version: a changed template or an update never meets a stale entry. The cache is
 * only a speed-up; a missing, unreadable or unwritable one means compiling again.
 */
export async function readTemplateCache(files: TemplateFiles): Promise<CompiledSpecs> {
  const text = await readFile(cacheFile(files), "utf8").catch(() => undefined);
  if (text === undefined) return {};
  try {
    const specs = JSON.parse(text) as unknown;
    const valid = typeof specs === "object" && specs !== null && Object.values(specs).every((spec) => typeof spec === "string");
    return valid ? (specs as CompiledSpecs) : {};
  } catch {
    return {};
  }
}

export async function writeTemplateCache(files: TemplateFiles, specs: CompiledSpecs): Promise<void> {
  const file = cacheFile(files);
  try {
    await mkdir(join(file, ".."), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(specs));
  } catch {
    // A read-only home or a full disk costs the next run a compile, nothing more.
  }
}

function cacheFile({ files }: TemplateFiles): string {
  const hash = createHash("sha256").update(`pressemappe ${VERSION}\0handlebars ${Handlebars.VERSION}\0`);
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\0`);
  return join(cacheDir(), "vorlagen", `${hash.digest("hex").slice(0, 32)}.json`);
}
