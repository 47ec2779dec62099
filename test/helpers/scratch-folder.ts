import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The test run's own temp folder: every test and every process it starts (builds, Chromium)
 * finds it as TMPDIR, and the cache goes there too, so a test run never touches the user's cache.
 * At the end it must be empty but for the cache: whatever a test or a build left behind fails the run.
 */
export default function setup(): () => Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "pressemappe-tests-"));
  process.env.TMPDIR = scratch;
  process.env.PRESSEMAPPE_CACHE = join(scratch, "cache");
  return async () => {
    // Chromium's shared-memory files live for an instant; one killed in that instant leaves an empty
    // one behind, and pressemappe cannot tell it from those of other Chromium-based programs.
    const left = (await readdir(scratch)).filter((name) => name !== "cache" && !/^\.org\.chromium\.Chromium\.\w+$/.test(name));
    await rm(scratch, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0.
    process.exitCode = 1;
    throw new Error(`Tests haben im temporären Ordner liegen lassen: ${left.join(", ")}`);
  };
}
