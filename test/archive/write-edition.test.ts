import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock } from "../../src/archive/lock.js";
import { recoverInterrupted, writeEdition } from "../../src/archive/write-edition.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-archiv-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe("writeEdition", () => {
  it("replaces an edition as a whole and leaves nothing beside it", async () => {
    await writeEdition(out, "2018", [{ name: "a.txt", data: "alt" }, { name: "b.txt", data: "alt" }]);
    await writeEdition(out, "2018", [{ name: "a.txt", data: "neu" }]);
    expect(await readdir(out)).toEqual(["2018"]);
    expect(await readdir(join(out, "2018"))).toEqual(["a.txt"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("neu");
  });

  it("keeps the previous edition when writing fails", async () => {
    await writeEdition(out, "2018", [{ name: "a.txt", data: "alt" }]);
    await expect(writeEdition(out, "2018", [{ name: "a.txt", data: "x" }, { name: "a.txt/b.txt", data: "x" }])).rejects.toThrow();
    expect(await readdir(out)).toEqual(["2018"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("alt");
  });
});

describe("recoverInterrupted", () => {
  it("puts back an edition caught between the two renames and drops half-written folders", async () => {
    await mkdir(join(out, ".2018.alt-4242"));
    await writeFile(join(out, ".2018.alt-4242/a.txt"), "vorher");
    await mkdir(join(out, ".2018.neu-4242"));
    await mkdir(join(out, ".2019.neu-77"));
    await mkdir(join(out, "2017"));
    await recoverInterrupted(out);
    expect((await readdir(out)).sort()).toEqual(["2017", "2018"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("vorher");
  });
});

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
});
