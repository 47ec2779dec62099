import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionResult, Progress } from "../../src/pipeline/outcome.js";
import { planEditions } from "../../src/pipeline/plan-editions.js";
import { runEditions, type Stop } from "../../src/pipeline/run-editions.js";
import { openPrinter, type Printer } from "../../src/print/printer.js";
import type { Problem } from "../../src/problem.js";
import { copyDataFolder } from "../helpers/data-folder.js";

let printer: Printer;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(() => {
  printer = openPrinter(2);
});
afterAll(async () => {
  await printer.close();
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function folder(edit?: (text: string) => string) {
  const data = await copyDataFolder();
  cleanups.push(data.remove);
  if (edit) await data.edit("2018.yaml", edit);
  return data.dir;
}

function collecting() {
  const seen = { warnings: [] as Problem[], printing: [] as number[], editions: [] as EditionResult[] };
  const progress: Progress = {
    warnings: (warnings) => seen.warnings.push(...warnings),
    printing: (job) => seen.printing.push(job.year),
    edition: (result) => seen.editions.push(result),
  };
  return { seen, progress };
}

async function run(dataDirs: string[], stop: Stop, outDir?: string) {
  const plan = await planEditions({ years: [], dataDirs, templatesDir: undefined, outDir });
  const { seen, progress } = collecting();
  const outcome = await runEditions({ jobs: plan.jobs, templatesDir: undefined, strict: false, tooling: plan.tooling, outDir }, stop, progress, stop === "render" ? undefined : printer);
  return { outcome, seen };
}

const overflowing = (text: string) => text.replace(/^quelle:\n {2}name: .*$/m, `quelle:\n  name: ${"Sonderauswertung der Statistik für den Landkreis ".repeat(30).trim()}`);

describe("runEditions", () => {
  it("stops after rendering when asked, printing nothing", async () => {
    const { outcome, seen } = await run([await folder()], "render");
    expect(outcome).toMatchObject({ problems: [], printed: false, written: [] });
    expect(seen.printing).toEqual([]);
    expect(seen.editions.map((result) => [result.job.year, result.printed])).toEqual([[2018, undefined]]);
    expect(seen.editions[0]?.rendered.pages.map((page) => page.name)).toEqual(["pressemitteilung", "faktenblatt"]);
  });

  it("prints but writes nothing up to the layout check, and finds the overflow there", async () => {
    const { outcome, seen } = await run([await folder(overflowing)], "print");
    expect(outcome.problems.map((problem) => problem.message)).toEqual([expect.stringContaining("braucht 2 Seiten, erlaubt ist eine")]);
    expect(seen.printing).toEqual([2018]);
    expect(outcome.written).toEqual([]);
  });

  it("says exactly which folders it wrote when a later folder fails", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const good = await folder();
    const bad = await folder(overflowing);
    const { outcome } = await run([good, bad], "file", out);
    expect(outcome.problems).toHaveLength(1);
    const onDisk = [];
    for (const name of await readdir(out)) if (!name.startsWith(".")) for (const year of await readdir(join(out, name))) if (/^\d{4}$/.test(year)) onDisk.push(join(out, name, year));
    expect(outcome.written.sort()).toEqual(onDisk.sort());
    expect(onDisk.some((path) => path.includes(bad.split("/").at(-1) ?? "?"))).toBe(false);
  });

  it("refuses an archived edition only when it would write it", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    await mkdir(join(out, "archiv", "2018"), { recursive: true });
    const data = await folder();
    const filed = await run([data], "file", out);
    expect(filed.outcome.problems.map((problem) => problem.message)).toEqual([expect.stringContaining("ist archiviert")]);
    expect(filed.seen.printing).toEqual([]);
    const printed = await run([data], "print", out);
    expect(printed.outcome.problems).toEqual([]);
  });
});
