import { lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { isRunning } from "../process-alive.js";

/** Chromium's profile folder in the temp folder; the name carries the id of the process that made it. */
const PROFILE_PREFIX = "pressemappe-chromium-";

/** A fresh profile for this process; a killed run's leftovers go first. */
export function createProfile(): string {
  removeStaleProfiles();
  return mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
}

/**
 * Removes a profile and the folder Chromium keeps its singleton socket in: a short path in the temp
 * folder (org.chromium.Chromium.*), linked from the profile, which a killed Chromium cannot remove.
 */
export function removeProfile(profile: string): void {
  const socket = attempt(() => readlinkSync(join(profile, "SingletonSocket")));
  const socketDir = socket === undefined ? undefined : dirname(socket);
  if (socketDir !== undefined && /^org\.chromium\.Chromium\.\w+$/.test(basename(socketDir))) rmSync(socketDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * A run killed with SIGKILL cannot remove its profile; the next run that prints does, for every
 * profile of this user whose process is gone. Another user's profiles (a shared temp folder) and
 * those of runs still going are left alone, and a profile that cannot be removed never stops a run.
 */
function removeStaleProfiles(): void {
  const uid = process.getuid?.();
  for (const name of attempt(() => readdirSync(tmpdir())) ?? []) {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!(pid > 0) || isRunning(pid)) continue;
    const path = join(tmpdir(), name);
    if (uid !== undefined && attempt(() => lstatSync(path).uid) !== uid) continue;
    attempt(() => removeProfile(path));
  }
}

function attempt<T>(task: () => T): T | undefined {
  try {
    return task();
  } catch {
    return undefined;
  }
}
