import { spawnSync } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const setup = fileURLToPath(new URL("../../scripts/setup.mjs", import.meta.url));

describe("npm run setup", () => {
  it("still passes after `archive 2018`: its last step builds what is not archived", async () => {
    // A press office's folder after a year: the example built and archived. npm, npx, apt-get and
    // pdftoppm are stand-ins that only note their calls: the tests run the compiled program already,
    // and a test installs nothing on the machine.
    const [work, data] = [await mkdtemp(join(tmpdir(), "pressemappe-setup-")), await copyDataFolder()];
    try {
      const bin = join(work, "bin");
      await mkdir(bin);
      for (const command of ["npm", "npx", "apt-get", "pdftoppm"]) {
        await writeFile(join(bin, command), `#!/bin/sh\necho "${command} $*" >> "${join(work, "aufrufe")}"\n`);
        await chmod(join(bin, command), 0o755);
      }
      const office = join(work, "pressestelle");
      await mkdir(office);
      await cp(data.dir, join(office, "data"), { recursive: true });
      expect((await runCli(["build", "2018"], { cwd: office })).code).toBe(0);
      expect((await runCli(["archive", "2018"], { cwd: office })).code).toBe(0);

      const result = spawnSync(process.execPath, [setup], { cwd: office, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` }, timeout: 120_000 });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("Archiviert und seit der letzten Auflage unverändert (Daten und Vorlagen), nicht gebaut: 2018 (output/archiv/2018)");
      expect(await readFile(join(work, "aufrufe"), "utf8")).toContain("npm run build");
    } finally {
      await Promise.all([data.remove(), rm(work, { recursive: true, force: true })]);
    }
  });
});
