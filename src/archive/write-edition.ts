import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

const NEW = (folder: string) => `.${folder}.neu-${process.pid}`;
const OLD = (folder: string) => `.${folder}.alt-${process.pid}`;
const LEFTOVER = /^\.(.+)\.(neu|alt)-\d+$/;

/**
 * Writes all files of one edition into a temporary folder beside the target and swaps it into
 * place only when every file is written, so `<out>/<jahr>/` is never half old and half new.
 * Call under the output folder's lock.
 */
export async function writeEdition(outDir: string, folder: string, files: readonly OutputFile[]): Promise<string> {
  const target = join(outDir, folder);
  const temporary = join(outDir, NEW(folder));
  const previous = join(outDir, OLD(folder));
  await mkdir(outDir, { recursive: true });
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary);
    for (const folder of new Set(files.map((file) => dirname(join(temporary, file.name))))) await mkdir(folder, { recursive: true });
    await Promise.all(files.map((file) => writeFile(join(temporary, file.name), file.data)));
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
 * Cleans up after a build that was killed (it cannot clean up itself): a half-written new folder
 * goes, and a previous edition caught between its two renames goes back in place.
 * Call under the output folder's lock, so no other build owns these folders.
 */
export async function recoverInterrupted(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const existing = new Set(names);
  for (const name of names) {
    const match = LEFTOVER.exec(name);
    if (!match) continue;
    const [, folder = "", kind] = match;
    if (kind === "alt" && !existing.has(folder)) {
      await rename(join(outDir, name), join(outDir, folder));
      existing.add(folder);
    } else {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
}
