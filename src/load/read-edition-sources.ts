import { open, readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { ProblemError } from "../problem.js";

/** A text file the user edits, as read. */
export interface Source {
  /** Path as the user should see it in messages, e.g. "data/2018.yaml". */
  file: string;
  text: string;
}

/** A source with the bytes it was decoded from: what an edition folder keeps as its input. */
export interface ReadSource extends Source {
  bytes: Uint8Array;
}

export const PUBLISHER_FILE = "herausgeber.yaml";
/** The figure catalogue: optional, shared by every edition like the publisher file. */
export const CATALOGUE_FILE = "kennzahlen.yaml";
const EDITION_FILE = /^(\d{4})\.yaml$/;
/** A year's figures fit in a few kilobytes; anything near this is a wrong file, not data. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The years with an edition file in the data folder, ascending. */
export async function listEditionYears(dataDir: string): Promise<number[]> {
  const names = await readdir(dataDir).catch(() => {
    throw new ProblemError([{ file: shown(dataDir), field: [], message: "Der Datenordner wurde nicht gefunden." }]);
  });
  return names.flatMap((name) => EDITION_FILE.exec(name)?.[1] ?? []).map(Number).sort((a, b) => a - b);
}

export async function readPublisherSource(dataDir: string): Promise<ReadSource> {
  return readSource(await insideFolder(dataDir, PUBLISHER_FILE));
}

/** The catalogue file, or undefined when the data folder has none: the built-in figures then suffice. */
export async function readCatalogueSource(dataDir: string): Promise<ReadSource | undefined> {
  const path = await insideFolder(dataDir, CATALOGUE_FILE);
  // Only a missing file means "none": one that cannot be read is reported by readSource.
  const exists = await stat(path).then(() => true, (error: NodeJS.ErrnoException) => error.code !== "ENOENT");
  return exists ? readSource(path) : undefined;
}

export async function readEditionSource(dataDir: string, year: number): Promise<ReadSource> {
  return readSource(await insideFolder(dataDir, `${year}.yaml`));
}

/**
 * The other edition files of the data folder, as far as they can be read: only compared with the
 * editions being made, never made themselves, so one that cannot be read is left out in silence.
 */
export async function readOtherEditionSources(dataDir: string, except: readonly number[]): Promise<{ year: number; source: ReadSource }[]> {
  const years = (await listEditionYears(dataDir).catch(() => [])).filter((year) => !except.includes(year));
  const read = await Promise.all(years.map(async (year) => ({ year, source: await readEditionSource(dataDir, year).catch(() => undefined) })));
  return read.flatMap(({ year, source }) => (source === undefined ? [] : [{ year, source }]));
}

/**
 * The path of `name` in `folder`, refused when it leads elsewhere: a symbolic link out of the
 * data folder would let a data file read anything the user can read.
 */
export async function insideFolder(folder: string, name: string): Promise<string> {
  const path = join(folder, name);
  const [base, real] = await Promise.all([realpath(folder).catch(() => resolve(folder)), realpath(path).catch(() => undefined)]);
  if (real !== undefined && real !== base && !real.startsWith(base + sep)) {
    throw new ProblemError([{ file: shown(path), field: [], message: "Die Datei verweist aus dem Datenordner hinaus (symbolischer Link) und wird nicht gelesen." }]);
  }
  return path;
}

/** The letterhead logo as a data: URL, so the HTML stays one self-contained file, and as read. */
export async function readLogo(dataDir: string, name: string): Promise<{ url: string; bytes: Uint8Array }> {
  const { file, bytes } = await readBounded(await insideFolder(dataDir, name));
  const text = decodeText(bytes, (message) => new ProblemError([{ file, field: [], message }]));
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) {
    throw new ProblemError([{ file, field: [], message: "Das Logo ist keine SVG-Datei." }]);
  }
  return { url: `data:image/svg+xml;base64,${Buffer.from(bytes).toString("base64")}`, bytes };
}

/** Reads a text file the user edits: UTF-8 (a BOM is dropped), bounded in size. */
export async function readSource(path: string): Promise<ReadSource> {
  const { file, bytes } = await readBounded(path);
  return { file, text: decodeText(bytes, (message) => new ProblemError([{ file, field: [], message }])), bytes };
}

/** Reads a file the user names, refusing anything larger than a data file can sensibly be. */
export async function readBounded(path: string): Promise<{ file: string; bytes: Uint8Array }> {
  const file = shown(path);
  const fail = (message: string) => new ProblemError([{ file, field: [], message }]);
  const handle = await open(path, "r").catch(() => {
    throw fail("Die Datei wurde nicht gefunden oder ist nicht lesbar.");
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) {
      throw fail(`Die Datei ist mit ${megabytes(size)} zu groß (höchstens ${megabytes(MAX_FILE_BYTES)}) – ist es die richtige Datei?`);
    }
    return { file, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

function decodeText(bytes: Uint8Array, fail: (message: string) => Error): string {
  if (bytes.includes(0)) throw fail("Die Datei ist keine Textdatei (sie enthält Binärdaten).");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fail("Die Datei ist nicht in UTF-8 gespeichert. Bitte im Editor als „UTF-8“ speichern.");
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}

/** Paths in messages are relative to where the user stands. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
