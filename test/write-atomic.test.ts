import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileAtomic, recoverInterrupted, writeFileAtomic, writeFolderAtomic } from "../src/write-atomic.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-archiv-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe("writeFolderAtomic", () => {
  it("replaces an edition as a whole and leaves nothing beside it", async () => {
    await writeFolderAtomic(out, "2018", [{ name: "a.txt", data: "alt" }, { name: "b.txt", data: "alt" }]);
    await writeFolderAtomic(out, "2018", [{ name: "a.txt", data: "neu" }]);
    expect(await readdir(out)).toEqual(["2018"]);
    expect(await readdir(join(out, "2018"))).toEqual(["a.txt"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("neu");
  });

  it("keeps the previous edition when writing fails", async () => {
    await writeFolderAtomic(out, "2018", [{ name: "a.txt", data: "alt" }]);
    await expect(writeFolderAtomic(out, "2018", [{ name: "a.txt", data: "x" }, { name: "a.txt/b.txt", data: "x" }])).rejects.toThrow();
    expect(await readdir(out)).toEqual(["2018"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("alt");
  });
});

describe("writeFileAtomic", () => {
  it("replaces a file whole and leaves no temporary file beside it", async () => {
    await writeFile(join(out, "index.html"), "alt");
    await writeFileAtomic(join(out, "index.html"), "neu");
    expect(await readdir(out)).toEqual(["index.html"]);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("neu");
  });

  it("keeps the old file and removes its temporary one when the new one cannot take its place", async () => {
    await mkdir(join(out, "ziel"));
    await writeFile(join(out, "ziel", "a.txt"), "alt");
    // A folder in the way: the rename fails after the new bytes were written.
    await expect(writeFileAtomic(join(out, "ziel"), "neu")).rejects.toThrow();
    expect(await readdir(out)).toEqual(["ziel"]);
    expect(await readFile(join(out, "ziel", "a.txt"), "utf8")).toBe("alt");
  });
});

describe("createFileAtomic", () => {
  it("creates a new file whole, and refuses one that exists, leaving it and nothing else", async () => {
    const file = join(out, "2019.yaml");
    await createFileAtomic(file, "neu");
    expect(await readFile(file, "utf8")).toBe("neu");
    await expect(createFileAtomic(file, "zweiter Versuch")).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(file, "utf8")).toBe("neu");
    expect(await readdir(out)).toEqual(["2019.yaml"]);
  });
});

describe("recoverInterrupted", () => {
  it("puts back an edition caught between the two renames and drops half-written folders", async () => {
    await mkdir(join(out, ".2018.alt-4242"));
    await writeFile(join(out, ".2018.alt-4242/a.txt"), "vorher");
    await mkdir(join(out, ".2018.neu-4242"));
    await mkdir(join(out, ".2019.neu-77"));
    await writeFile(join(out, ".index.html.neu-77"), "halb");
    await mkdir(join(out, "2017"));
    await recoverInterrupted(out);
    expect((await readdir(out)).sort()).toEqual(["2017", "2018"]);
    expect(await readFile(join(out, "2018/a.txt"), "utf8")).toBe("vorher");
  });
});
