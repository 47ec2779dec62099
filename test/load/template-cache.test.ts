import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readTemplateCache } from "../../src/load/template-cache.js";
import { loadDocumentSet, loadEditions, renderEdition } from "../../src/pipeline/steps.js";

let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), "pressemappe-cache-"));
  process.env.PRESSEMAPPE_CACHE = cache;
});
afterEach(async () => {
  delete process.env.PRESSEMAPPE_CACHE;
  await rm(cache, { recursive: true, force: true });
});

const render = async () => {
  const [loaded] = (await loadEditions("data", [2018])).editions;
  if (!loaded) throw new Error("the example did not load");
  const documents = renderEdition(await loadDocumentSet(), loaded.edition);
  return [...documents.pages.map((page) => page.html), documents.plainText].join("\n");
};

describe("the compiled-template cache", () => {
  it("is written on the first run and gives the same documents on the next", async () => {
    const fresh = await render();
    const [file] = await readdir(join(cache, "vorlagen"));
    expect(file).toMatch(/^[0-9a-f]{32}\.json$/);
    expect(await render()).toBe(fresh);
  });

  it("is ignored when damaged, and rewritten", async () => {
    const fresh = await render();
    const [file = ""] = await readdir(join(cache, "vorlagen"));
    await writeFile(join(cache, "vorlagen", file), "{ kaputt");
    expect(await render()).toBe(fresh);
    const set = await loadDocumentSet();
    expect(Object.keys(await readTemplateCache(set.files)).length).toBeGreaterThan(0);
  });

  it("is only a speed-up: an unwritable cache folder changes nothing", async () => {
    const fresh = await render();
    await writeFile(join(cache, "datei"), "");
    process.env.PRESSEMAPPE_CACHE = join(cache, "datei", "darunter");
    expect(await render()).toBe(fresh);
  });
});
