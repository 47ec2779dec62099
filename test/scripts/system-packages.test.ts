import { execFileSync, spawnSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installSystemPackages } from "../../scripts/system-packages.mjs";

/**
 * A stand-in for apt-get that holds the lock of the package lists for the first `busy` updates (as
 * the boot-time update does), and the dpkg lock unless told to wait for it, as the real one fails then.
 */
async function fakeAptGet(dir: string, busy: number): Promise<string> {
  const fake = join(dir, "apt-get");
  await writeFile(
    fake,
    `#!/bin/sh
echo "$@" >> "${dir}/aufrufe"
case "$*" in
  *update*) n=$(grep -c update "${dir}/aufrufe"); if [ "$n" -le ${busy} ]; then echo "E: Could not get lock /var/lib/apt/lists/lock" >&2; exit 100; fi ;;
esac
case "$*" in *DPkg::Lock::Timeout=*) exit 0;; esac
echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2
exit 100
`,
  );
  await chmod(fake, 0o755);
  return fake;
}

describe("installSystemPackages", () => {
  it("waits for another apt-get holding apt's locks instead of giving up at once, and says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pressemappe-apt-"));
    try {
      const fake = await fakeAptGet(dir, 2);
      const log: string[] = [];
      const slept: number[] = [];
      installSystemPackages({
        missing: ["chromium"],
        platform: "linux",
        isRoot: true,
        hasAptGet: true,
        // As setup runs them: one command after the other; `run` stops setup when one fails.
        run: (command, args) => void execFileSync(command === "apt-get" ? fake : command, args),
        attempt: (command, args) => {
          const result = spawnSync(command === "apt-get" ? fake : command, args, { encoding: "utf8" });
          return { ok: result.status === 0, output: result.stdout + result.stderr };
        },
        sleep: (seconds) => void slept.push(seconds),
        log: (line) => log.push(line),
      });
      const calls = (await readFile(join(dir, "aufrufe"), "utf8")).trim().split("\n");
      expect(calls).toEqual([...Array(3).fill("-o DPkg::Lock::Timeout=300 update -qq"), "-o DPkg::Lock::Timeout=300 install -y -qq chromium"]);
      expect(slept).toEqual([5, 5]);
      expect(log.join("\n")).toContain("wartet die Einrichtung bis zu 5 Minuten");
      expect(log.join("\n")).toContain("hält gerade die Paketlisten gesperrt; warte");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives up after the timeout, and at once on other errors", () => {
    const log: string[] = [];
    let updates = 0;
    const options = {
      missing: ["chromium"],
      platform: "linux",
      isRoot: true,
      hasAptGet: true,
      run: () => undefined,
      sleep: () => undefined,
      log: (line: string) => log.push(line),
    };
    const locked = () => (updates++, { ok: false, output: "E: Could not get lock /var/lib/apt/lists/lock" });
    expect(() => installSystemPackages({ ...options, attempt: locked })).toThrow();
    expect(updates).toBe(61);
    updates = 0;
    expect(() => installSystemPackages({ ...options, attempt: () => (updates++, { ok: false, output: "E: Unable to locate package chromium" }) })).toThrow();
    expect(updates).toBe(1);
    expect(log.at(-1)).toContain("Unable to locate package");
  });

  it("only says what to install when it is not root", () => {
    const log: string[] = [];
    const refuse = () => {
      throw new Error("not to be run");
    };
    installSystemPackages({ missing: ["poppler-utils"], platform: "linux", isRoot: false, hasAptGet: true, run: refuse, attempt: refuse, sleep: refuse, log: (line) => log.push(line) });
    expect(log).toEqual(["Hinweis: poppler-utils fehlt. Mit Root-Rechten: apt-get install -y poppler-utils"]);
  });
});
