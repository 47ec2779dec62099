import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { ProblemError } from "../problem.js";

export interface TemplateFiles {
  /** The folder as messages show it, e.g. "templates". */
  shown: string;
  /** Texts by path relative to the folder, e.g. "partials/schlagzeile.hbs". */
  files: Record<string, string>;
}

export interface FontFile {
  family: string;
  weight: number;
  style: "normal" | "italic";
  woff2: Buffer;
}

/** The template folder's files as bytes, by path relative to it, sorted: one reading, kept and compiled alike. */
export type TemplateFolder = { name: string; data: Buffer }[];

export async function readTemplates(dir: string): Promise<TemplateFiles> {
  return templateTexts(dir, await readFolder(dir));
}

/** The templates and styles of a folder read with `readFolder`, as text. */
export function templateTexts(dir: string, folder: TemplateFolder): TemplateFiles {
  const texts = folder.filter((file) => /\.(hbs|css)$/.test(file.name)).map((file) => [file.name, file.data.toString("utf8")] as const);
  return { shown: relative(process.cwd(), dir).replace(/[\\/]$/, "") || ".", files: Object.fromEntries(texts) };
}

/**
 * Every file under `dir` as bytes, by path relative to it, sorted. Editor backups, hidden files and
 * the thumbnail caches of file managers shape no document: they would only force rebuilds.
 */
export async function readFolder(dir: string): Promise<TemplateFolder> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll("\\", "/"));
  const kept = paths.filter((path) => !path.split("/").some((part) => CLUTTER.test(part)));
  const files = await Promise.all(kept.map(async (name) => ({ name, data: await readFile(join(dir, name)) })));
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Hidden files, editor backups (file~, #file#, .bak, .orig, .swp), Office lock files (~$file), Windows' thumbnail and folder files. */
const CLUTTER = /^\.|~$|^~\$|^#.*#$|\.(bak|orig|swp)$|^Thumbs\.db$|^desktop\.ini$/i;

/** The sRGB profile a PDF/A names as its output intent. */
export function printProfile(dir: string, folder: TemplateFolder): Buffer {
  const name = "druck/sRGB-IEC61966-2.1.icc";
  const profile = folder.find((file) => file.name === name)?.data;
  if (profile === undefined) throw new ProblemError([{ kind: "template", file: join(relative(process.cwd(), dir), name), field: [], message: "Die Vorlage fehlt." }]);
  return profile;
}

const require = createRequire(import.meta.url);
const FONT_FACES = [
  { weight: 400, style: "normal" },
  { weight: 400, style: "italic" },
  { weight: 600, style: "normal" },
  { weight: 700, style: "normal" },
] as const;

const fontFile = ({ weight, style }: (typeof FONT_FACES)[number]) => require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`);

export function fontFiles(): string[] {
  return FONT_FACES.map(fontFile);
}

/** The print font ships with the project, so every machine prints the same glyphs. */
export async function readFonts(): Promise<FontFile[]> {
  return Promise.all(FONT_FACES.map(async (face) => ({ family: "Source Sans 3", ...face, woff2: await readFile(fontFile(face)) })));
}
