import { readFileSync, rmSync } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { ProblemError } from "../problem.js";

const LOCK_FILE = ".pressemappe.lock";
/** Locks this process holds: an exit on Ctrl-C releases them too, however deep the run was. */
const held = new Set<string>();
process.on("exit", () => {
  for (const path of held) {
    try {
      if (readFileSync(path, "utf8") === String(process.pid)) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
});

/**
 * One build at a time per output folder: the lock file holds the builder's process id. A lock
 * whose process no longer exists (a killed build) is taken over.
 */
export async function acquireLock(outDir: string, shownDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(path);
      return async () => {
        const holder = await readFile(path, "utf8").catch(() => "");
        if (holder === String(process.pid)) await rm(path, { force: true });
        // Only now: an exit in between still finds the lock to remove.
        held.delete(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(path, "utf8").catch(() => "0"));
      if (isRunning(holder)) {
        throw new ProblemError([
          { file: shownDir, field: [], message: `Ein anderer Lauf von pressemappe (Prozess ${holder}) schreibt gerade in diesen Ordner. Bitte warten, bis er fertig ist.` },
        ]);
      }
      await rm(path, { force: true });
    }
  }
  throw new ProblemError([{ file: shownDir, field: [], message: "Der Ausgabeordner ließ sich nicht sperren." }]);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
