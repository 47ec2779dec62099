import { readFileSync, rmSync } from "node:fs";
import { link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ProblemError } from "../problem.js";
import { isRunning } from "../process-alive.js";

const LOCK_FILE = ".pressemappe.lock";
/** A takeover of a stale lock lasts milliseconds; one this old was left by a killed process. */
const ABANDONED_TAKEOVER_MS = 10_000;
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
 * One build at a time per output folder: the lock file holds the builder's process id. It comes
 * into being whole (a hard link to a file already written), so no one ever reads it empty. A lock
 * whose process no longer runs is removed under a second, short-lived lock, and only if it is
 * still the same dead lock then; among several builds that found it stale, the atomic link
 * decides which one holds it.
 */
export async function acquireLock(outDir: string, shownDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await create(path)) {
      held.add(path);
      await removeLeftovers(outDir);
      return async () => {
        const holder = await readFile(path, "utf8").catch(() => "");
        if (holder === String(process.pid)) await rm(path, { force: true });
        // Only now: an exit in between still finds the lock to remove.
        held.delete(path);
      };
    }
    const holder = await readFile(path, "utf8").catch(() => undefined);
    if (holder !== undefined && isRunning(Number(holder))) {
      throw new ProblemError([
        { kind: "output", file: shownDir, field: [], message: `Ein anderer Lauf von pressemappe (Prozess ${holder}) schreibt gerade in diesen Ordner. Bitte warten, bis er fertig ist.` },
      ]);
    }
    if (holder !== undefined) await removeStale(path, holder);
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  }
  throw new ProblemError([{ kind: "output", file: shownDir, field: [], message: "Der Ausgabeordner ließ sich nicht sperren." }]);
}

/** A process killed between writing its own file and linking it leaves `.pressemappe.lock.<pid>` behind. */
async function removeLeftovers(outDir: string): Promise<void> {
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    const pid = Number(/^\.pressemappe\.lock\.(\d+)$/.exec(name)?.[1]);
    if (pid > 0 && !isRunning(pid)) await rm(join(outDir, name), { force: true });
  }
}

/** Creates the lock with this process's id in it, or returns false when there is one. */
async function create(path: string): Promise<boolean> {
  const own = `${path}.${process.pid}`;
  await writeFile(own, String(process.pid));
  try {
    await link(own, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    // A file system without hard links: create exclusively; the lock is empty for a moment.
    return writeFile(path, String(process.pid), { flag: "wx" }).then(
      () => true,
      (failure: NodeJS.ErrnoException) => (failure.code === "EEXIST" ? false : Promise.reject(failure)),
    );
  } finally {
    await rm(own, { force: true });
  }
}

/** Removes the lock if it still names the dead `holder`; several builds may try, one at a time. */
async function removeStale(path: string, holder: string): Promise<void> {
  const takeover = `${path}.uebernahme`;
  const age = await stat(takeover).then((info) => Date.now() - info.mtimeMs, () => 0);
  if (age > ABANDONED_TAKEOVER_MS) await rm(takeover, { recursive: true, force: true });
  try {
    await mkdir(takeover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    throw error;
  }
  try {
    if ((await readFile(path, "utf8").catch(() => undefined)) === holder) await rm(path, { force: true });
  } finally {
    await rm(takeover, { recursive: true, force: true });
  }
}

