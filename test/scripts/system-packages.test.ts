import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installSystemPackages } from "../../scripts/system-packages.mjs";

describe("installSystemPackages", () => {
  it("waits for another apt-get holding the dpkg lock instead of giving up at once, and says so", async () => {
    // A stand-in for apt-get that fails as the real one does while the lock is held, unless told to wait.
    const dir = await mkdtemp(join(tmpdir(), "pressemappe-apt-"));
    try {
      const fake = join(dir, "apt-get");
      await writeFile(fake, `#!/bin/sh\necho "$@" >> "${dir}/aufrufe"\ncase "$*" in *DPkg::Lock::Timeout=*) exit 0;; esac\necho "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2\nexit 100\n`);
      await chmod(fake, 0o755);
      const log: string[] = [];
      // As setup runs it: one command after the other, a failure stops setup.
      const run = (command: string, args: string[]) => execFileSync(command === "apt-get" ? fake : command, args);
      installSystemPackages({ missing: ["chromium"], platform: "linux", isRoot: true, hasAptGet: true, run, log: (line) => log.push(line) });
      const lines = (await readFile(join(dir, "aufrufe"), "utf8")).trim().split("\n");
      expect(lines).toEqual(["-o DPkg::Lock::Timeout=300 update -qq", "-o DPkg::Lock::Timeout=300 install -y -qq chromium"]);
      expect(log.join("\n")).toContain("wartet die Einrichtung bis zu 5 Minuten");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("only says what to install when it is not root", () => {
    const log: string[] = [];
    const run = () => {
      throw new Error("not to be run");
    };
    installSystemPackages({ missing: ["poppler-utils"], platform: "linux", isRoot: false, hasAptGet: true, run, log: (line) => log.push(line) });
    expect(log).toEqual(["Hinweis: poppler-utils fehlt. Mit Root-Rechten: apt-get install -y poppler-utils"]);
  });
});
