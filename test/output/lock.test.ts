import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock } from "../../src/output/lock.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-sperre-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe("acquireLock", () => {
  it("lets one build in at a time and takes over the lock of a dead one", async () => {
    const release = await acquireLock(out, "ausgabe");
    await expect(acquireLock(out, "ausgabe")).rejects.toThrow(/Ein anderer Lauf von pressemappe \(Prozess \d+\) schreibt gerade/);
    await release();
    await writeFile(join(out, ".pressemappe.lock"), "999999999");
    const again = await acquireLock(out, "ausgabe");
    expect(await readFile(join(out, ".pressemappe.lock"), "utf8")).toBe(String(process.pid));
    await again();
    expect(await readdir(out)).toEqual([]);
  });

  it("clears the file a build killed while taking the lock left behind, and only a dead build's", async () => {
    await writeFile(join(out, ".pressemappe.lock.999999999"), "999999999");
    await writeFile(join(out, `.pressemappe.lock.${process.ppid}`), String(process.ppid));
    const release = await acquireLock(out, "ausgabe");
    await release();
    expect(await readdir(out)).toEqual([`.pressemappe.lock.${process.ppid}`]);
  });

  it("goes with the process when it exits without releasing (Ctrl-C)", async () => {
    const lock = new URL("../../dist/output/lock.js", import.meta.url).href;
    const script = `const { acquireLock } = await import(${JSON.stringify(lock)}); await acquireLock(${JSON.stringify(out)}, "x"); process.exit(130);`;
    const exited = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]).catch((error: { code?: number }) => error.code);
    expect(exited).toBe(130);
    expect(await readdir(out)).toEqual([]);
  });
});

describe("acquireLock under contention", () => {
  it("gives a stale lock to exactly one of four builds starting at once, twenty times over", async () => {
    const lock = new URL("../../dist/output/lock.js", import.meta.url).href;
    // Each contender holds what it got long enough for the others to have tried.
    const script = (dir: string) =>
      `const { acquireLock } = await import(${JSON.stringify(lock)});` +
      `try { await acquireLock(${JSON.stringify(dir)}, "x"); process.stdout.write("gehalten"); await new Promise((r) => setTimeout(r, 1500)); } catch { process.stdout.write("abgewiesen"); }`;
    const run = promisify(execFile);
    for (let trial = 0; trial < 20; trial++) {
      const dir = join(out, String(trial));
      await mkdir(dir);
      await writeFile(join(dir, ".pressemappe.lock"), "999999999");
      const results = await Promise.all(Array.from({ length: 4 }, () => run(process.execPath, ["--input-type=module", "-e", script(dir)])));
      expect(results.map((result) => result.stdout).filter((said) => said === "gehalten"), `trial ${trial}`).toHaveLength(1);
    }
  }, 120_000);
});
