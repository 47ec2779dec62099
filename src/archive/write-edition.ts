import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

/**
 * Writes all files of one edition into a temporary folder beside the target and swaps it into
 * place only when every file is written, so `<out>/<jahr>/` is never half old and half new.
 */
export async function writeEdition(outDir: string, jahr: number, files: readonly OutputFile[]): Promise<string> {
  const target = join(outDir, String(jahr));
  const temporary = join(outDir, `.${jahr}.neu-${process.pid}`);
  const previous = join(outDir, `.${jahr}.alt-${process.pid}`);
  await mkdir(outDir, { recursive: true });
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary);
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
