import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionResult, Progress } from "../../src/pipeline/outcome.js";
import { planEditions } from "../../src/pipeline/plan-editions.js";
import { runEditions } from "../../src/pipeline/run-editions.js";
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
  const seen = { warnings: [] as Problem[], printing: [] as number[], printed: [] as number[], editions: [] as EditionResult[] };
  const progress: Progress = {
    warnings: (warnings) => seen.warnings.push(...warnings),
    printing: (job) => seen.printing.push(job.year),
    printed: (job) => seen.printed.push(job.year),
    edition: (result) => seen.editions.push(result),
  };
  return { seen, progress };
}

async function run(dataDirs: string[], stop: "print" | "file", outDir?: string, using: Printer = printer, years: number[] = []) {
  const plan = await planEditions({ years, dataDirs, templatesDir: undefined, outDir });
  const { seen, progress } = collecting();
  const base = { jobs: plan.jobs, templatesDir: undefined, strict: false, tooling: plan.tooling };
  const request = stop === "file" ? { ...base, stop, outDir: outDir ?? "", newRevision: false } : { ...base, stop };
  const outcome = await runEditions(request, progress, using);
  return { outcome, seen };
}

/** The example as the edition of 2017 (it is then its own reporting year). */
const asYear2017 = (text: string) =>
  text
    .replace("berichtsjahr: 2018", "berichtsjahr: 2017")
    .replaceAll(/(bis|stand): 2018/g, "$1: 2017")
    .replace("    2018: 9922", "    2017: 10500")
    .replace("    2018: 16726", "    2017: 17800");

const overflowing = (text: string) => text.replace(/^quelle:\n {2}name: .*$/m, `quelle:\n  name: ${"Sonderauswertung der Statistik für den Landkreis ".repeat(30).trim()}`);

describe("runEditions", () => {
  it("reports a failure of the program as a problem, so the caller still learns what was written", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const plan = await planEditions({ years: [], dataDirs: [await folder()], templatesDir: undefined, outDir: out });
    const { progress } = collecting();
    // A fault after the edition was filed: the caller must still learn that it was written.
    const faulty: Progress = {
      ...progress,
      edition: () => {
        throw new TypeError("kaputt");
      },
    };
    const request = { stop: "file" as const, jobs: plan.jobs, templatesDir: undefined, strict: false, tooling: plan.tooling, outDir: out, newRevision: false };
    const outcome = await runEditions(request, faulty, printer);
    expect(outcome.problems).toEqual([expect.objectContaining({ kind: "program", message: "Unerwarteter Fehler (nicht in den Daten): kaputt. Bitte diese Meldung an die Betreuung von pressemappe weitergeben." })]);
    expect(outcome.written).toEqual([join(out, "2018")]);
  });

  it("prints but writes nothing when it stops after printing, and finds the overflow there", async () => {
    const { outcome, seen } = await run([await folder(overflowing)], "print");
    expect(outcome.problems.map((problem) => problem.message)).toEqual([expect.stringContaining("braucht auch eng gesetzt 2 Seiten, erlaubt ist eine")]);
    expect(seen.printing).toEqual([2018]);
    expect(outcome).toMatchObject({ written: [], printed: false });
  });

  it("hands each edition on printed, within its page limit, when it stops after printing", async () => {
    const { outcome, seen } = await run([await folder()], "print");
    expect(outcome).toMatchObject({ problems: [], written: [], printed: true });
    expect(seen.editions.map((result) => [result.job.year, result.written, result.printed.documents.map((document) => document.name)])).toEqual([
      [2018, undefined, ["pressemitteilung.html", "pressemitteilung.pdf", "faktenblatt.html", "faktenblatt.pdf", "pressemitteilung.txt"]],
    ]);
  });

  it("says exactly which folders it wrote when a later folder fails", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const good = await folder();
    const bad = await folder(overflowing);
    // The overflowing fact sheet prints last, so the good folder is written before it fails.
    const late: Printer = { ...printer, print: async (html) => (html.includes("Sonderauswertung") ? new Promise((resolve) => setTimeout(resolve, 1500)).then(() => printer.print(html)) : printer.print(html)) };
    const { outcome, seen } = await run([good, bad], "file", out, late);
    expect(outcome.problems).toEqual([expect.objectContaining({ kind: "print", message: expect.stringContaining("braucht auch eng gesetzt 2 Seiten, erlaubt ist eine") })]);
    expect(outcome.written).toEqual([join(out, good.split("/").at(-1) ?? "", "2018")]);
    expect(outcome.overviews).toEqual([join(out, good.split("/").at(-1) ?? "", "index.html")]);
    expect(await readdir(join(out, good.split("/").at(-1) ?? ""))).toEqual(["2018", "index.html"]);
    expect((await readdir(out)).filter((name) => !name.startsWith("."))).toEqual([good.split("/").at(-1)]);
    expect(seen.printed).toEqual([2018]);
  });

  it("writes no overview of a folder whose later edition fails, and says so", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const data = await copyDataFolder();
    cleanups.push(data.remove);
    const text = await readFile(join(data.dir, "2018.yaml"), "utf8");
    await writeFile(join(data.dir, "2017.yaml"), asYear2017(text));
    await data.edit("2018.yaml", overflowing);
    const late: Printer = { ...printer, print: async (html) => (html.includes("Sonderauswertung") ? new Promise((resolve) => setTimeout(resolve, 1500)).then(() => printer.print(html)) : printer.print(html)) };
    const { outcome } = await run([data.dir], "file", out, late);
    expect(outcome.written).toEqual([join(out, "2017")]);
    expect(outcome.overviews).toEqual([]);
    expect((await readdir(out)).filter((name) => !name.startsWith("."))).toEqual(["2017"]);
  });

  it("refuses an archived edition only when it would write it", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    await mkdir(join(out, "archiv", "2018"), { recursive: true });
    const data = await folder();
    // Named: refused. Unnamed, a plain build leaves it out before the run (see plan-editions.ts).
    const filed = await run([data], "file", out, printer, [2018]);
    expect(filed.outcome.problems).toEqual([expect.objectContaining({ kind: "output", message: expect.stringContaining("ist archiviert") })]);
    expect(filed.seen.printing).toEqual([]);
    const plain = await planEditions({ years: [], dataDirs: [data], templatesDir: undefined, outDir: out });
    expect(plain.jobs).toEqual([]);
    expect(plain.archived).toEqual([expect.objectContaining({ year: 2018, changed: "unknown" })]);
    const printed = await run([data], "print", out, printer, [2018]);
    expect(printed.outcome.problems).toEqual([]);
  });
});
