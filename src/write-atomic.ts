import { link, mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

const NEW = (name: string) => `.${name}.neu-${process.pid}`;
const OLD = (name: string) => `.${name}.alt-${process.pid}`;
const LEFTOVER = /^\.(.+)\.(neu|alt)-\d+$/;

/**
 * Replaces one file as a whole: written beside the target under a temporary name, flushed to disk,
 * then renamed over it. A reader, a crash or a full disk sees the old file or the new one, never a
 * part of either.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), NEW(basename(path)));
  try {
    await writeDurably(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates a file that must not exist yet, whole or not at all: written beside it, then hard-linked
 * into place, which fails with EEXIST if another process created the file meanwhile.
 */
export async function createFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), NEW(basename(path)));
  try {
    await writeDurably(temporary, data);
    await link(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Replaces the folder `parent/name` as a whole: every file goes into a temporary folder beside it,
 * which is swapped into place only when all are written, so the folder is never half old and half
 * new. Call under the output folder's lock; `recoverInterrupted` cleans up after a killed process.
 */
export async function writeFolderAtomic(parent: string, name: string, files: readonly OutputFile[]): Promise<string> {
  const target = join(parent, name);
  const temporary = join(parent, NEW(name));
  const previous = join(parent, OLD(name));
  await mkdir(parent, { recursive: true });
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary);
    for (const folder of new Set(files.map((file) => dirname(join(temporary, file.name))))) await mkdir(folder, { recursive: true });
    await Promise.all(files.map((file) => writeDurably(join(temporary, file.name), file.data)));
    const hadPrevious = await rename(target, previous).then(() => true, () => false);
    await rename(temporary, target).catch(async (error: unknown) => {
      if (hadPrevious) await rename(previous, target);
      throw error;
    });
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/**
 * Cleans up after a process that was killed between writing and renaming (it cannot clean up
 * itself): a half-written new folder or file goes, and a previous folder caught between its two
 * renames goes back in place. Call under the folder's lock, so no other process owns these names.
 */
export async function recoverInterrupted(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const existing = new Set(names);
  for (const name of names) {
    const match = LEFTOVER.exec(name);
    if (!match) continue;
    const [, original = "", kind] = match;
    if (kind === "alt" && !existing.has(original)) {
      await rename(join(parent, name), join(parent, original));
      existing.add(original);
    } else {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}

/** Without the flush, a power cut after the rename can leave the new name pointing at empty blocks. */
async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
