import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExample } from "../helpers/data-folder.js";
import { flat, readPdf, type PdfFacts } from "../helpers/pdf-text.js";
import { runCli, type CliResult } from "../helpers/run-cli.js";

const A4 = { width: 595.28, height: 841.89 };
let out: string;
let result: CliResult;
let release: PdfFacts;
let factSheet: PdfFacts;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  result = await runCli(["build", "2018", "--out", out]);
  if (result.code !== 0) throw new Error(`build failed: ${result.stderr}`);
  [release, factSheet] = await Promise.all([readPdf(join(out, "2018/pressemitteilung.pdf")), readPdf(join(out, "2018/faktenblatt.pdf"))]);
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe("pressemappe build 2018 (real Chromium, real PDFs)", () => {
  it("writes the documents with their record and manifest, and says so, one line each", async () => {
    expect((await readdir(join(out, "2018"))).sort()).toEqual([
      "eingaben",
      "faktenblatt.html",
      "faktenblatt.pdf",
      "herkunft.json",
      "manifest-sha256.txt",
      "pressemitteilung.html",
      "pressemitteilung.pdf",
      "pressemitteilung.txt",
    ]);
    for (const file of ["pressemitteilung.html", "pressemitteilung.pdf", "pressemitteilung.txt", "faktenblatt.html", "faktenblatt.pdf"]) {
      expect(result.stdout).toContain(join("2018", file));
    }
    expect(result.stdout).toMatch(/pressemitteilung\.pdf {2}\(\d+,\d\d s\)/);
  });

  it.each(["31.775", "9.664", "18.460", "31.871", "9.922", "16.726", "407", "104"])("shows %s in both PDFs", (figure) => {
    const pattern = new RegExp(`(^|[^\\d.])${figure.replace(".", "\\.")}(?![\\d.]\\d)`);
    expect(flat(release.text.join(" "))).toMatch(pattern);
    expect(flat(factSheet.text.join(" "))).toMatch(pattern);
  });

  it("phrases the share and the halving from the data", () => {
    const text = flat(release.text.join(" "));
    expect(text).toContain("Von den 407 Jobcentern in Deutschland (Stand 2018) werden 104 – gut ein Viertel –");
    expect(text).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem um 46,3 Prozent auf 9.922 gesunken und hat sich damit nahezu halbiert.");
    expect(text).toContain("Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert");
    expect(flat(factSheet.text.join(" "))).toContain("Gut ein Viertel aller Jobcenter wird");
  });

  it("quotes the data's quote in German quotation marks, with its speaker", async () => {
    const [zitat] = (parse(await readExample("2018.yaml")) as { zitate: { name: string; text: string }[] }).zitate;
    // German drops the quote's full stop before ", sagt …".
    expect(flat(release.text.join(" "))).toContain(`„${zitat?.text.replace(/\.$/, "")}“, sagt ${zitat?.name}`);
  });

  it("reads as a press release: letterhead, place and date, contact, page numbers", () => {
    const [first = ""] = release.text;
    const text = flat(first);
    expect(text).toContain("Landratsamt Erzgebirgskreis Pressestelle des Landratsamtes Pressemitteilung Annaberg-Buchholz, 15. Januar 2019");
    expect(text).toContain("Annaberg-Buchholz, 15. Januar 2019. Das Kommunale Jobcenter Erzgebirgskreis legt seine Bilanz für das Jahr 2018 vor.");
    // The contact closes the release, after the boilerplate and the source.
    expect(flat(release.text.join(" "))).toMatch(/Über das Kommunale Jobcenter .* Quelle der Zahlen: .* Pressekontakt: Pressestelle des Landratsamtes Telefon \+49 0000 000000, E-Mail presse@example\.org/);
    expect(flat(release.text.at(-1) ?? "")).toContain(`Seite ${release.pages} von ${release.pages}`);
    expect(release.info.Title).toBe("Kommunales Jobcenter Erzgebirgskreis: Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert");
  });

  it("prints both documents on A4, the fact sheet on exactly one page", () => {
    expect(factSheet.pages).toBe(1);
    for (const size of [...release.sizes, ...factSheet.sizes]) {
      expect(size.width).toBeCloseTo(A4.width, 0);
      expect(size.height).toBeCloseTo(A4.height, 0);
    }
    expect(flat(factSheet.text[0] ?? "")).toContain("Seite 1 von 1");
  });

  it("uses only German quotation marks in the printed text", () => {
    for (const pdf of [release, factSheet]) {
      const text = pdf.text.join(" ");
      expect(text).not.toMatch(/["'\u201d\u00ab\u00bb\u2039\u203a]/);
    }
    expect(release.text.join(" ")).toMatch(/„[^“]+“/);
  });

  it("hyphenates the printed body text, but not the HTML a journalist copies", async () => {
    const raw = await readPdf(join(out, "2018/pressemitteilung.pdf"), { rejoin: false });
    expect(raw.text.join("\n")).toMatch(/\p{Ll}[\u2010-]\n\p{Ll}/u);
    for (const file of ["pressemitteilung.html", "faktenblatt.html"]) {
      expect(await readFile(join(out, "2018", file), "utf8")).not.toContain("\u00ad");
    }
  });

  it("writes HTML documents that stand alone: German, fonts inlined, no script", async () => {
    const html = await readFile(join(out, "2018/pressemitteilung.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(html).toContain("src: url(data:font/woff2;base64,");
    expect(html).not.toMatch(/<script|file:\/\//);
  });
});

describe("the same inputs give the same bytes", () => {
  it("alone, with --parallel 1, and inside a batch whose other editions print first in the same tabs", async () => {
    const { copyDataFolder } = await import("../helpers/data-folder.js");
    const folders = await Promise.all([1, 2, 3].map(() => copyDataFolder()));
    const [alone, serial, batch] = await Promise.all([1, 2, 3].map(() => mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"))));
    try {
      const data = folders[0]?.dir ?? "";
      expect((await runCli(["build", "--data", data, "--out", alone as string])).code).toBe(0);
      expect((await runCli(["build", "--data", data, "--out", serial as string, "--parallel", "1"])).code).toBe(0);
      // Several folders and one tab: every edition after the first prints where others printed before.
      const many = folders.flatMap((folder) => ["--data", folder.dir]);
      expect((await runCli(["build", ...many, "--out", batch as string, "--parallel", "1"])).code).toBe(0);
      const name = data.split("/").at(-1) ?? "";
      const last = folders.at(-1)?.dir.split("/").at(-1) ?? "";
      const files = (await readdir(join(alone as string, "2018"), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      expect(files.length).toBeGreaterThan(10);
      for (const file of files.map((entry) => relative(join(alone as string, "2018"), join(entry.parentPath, entry.name)))) {
        const bytes = await readFile(join(alone as string, "2018", file));
        expect(bytes.equals(await readFile(join(serial as string, "2018", file))), `--parallel 1: ${file}`).toBe(true);
        expect(bytes.equals(await readFile(join(batch as string, name, "2018", file))), `batch, first: ${file}`).toBe(true);
        expect(bytes.equals(await readFile(join(batch as string, last, "2018", file))), `batch, last: ${file}`).toBe(true);
      }
    } finally {
      await Promise.all([...folders.map((folder) => folder.remove()), ...[alone, serial, batch].map((dir) => rm(dir as string, { recursive: true, force: true }))]);
    }
  });

  it("refuses two data folders that would write into the same output folder, before anything runs", async () => {
    const target = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    const twins = await Promise.all(["a", "b"].map((side) => mkdtemp(join(tmpdir(), `pressemappe-${side}-`))));
    try {
      const { cp, mkdir } = await import("node:fs/promises");
      const { exampleDataDir } = await import("../helpers/data-folder.js");
      const dirs = [];
      for (const twin of twins) {
        await mkdir(join(twin, "daten"));
        await cp(exampleDataDir, join(twin, "daten"), { recursive: true });
        dirs.push(join(twin, "daten"));
      }
      const result = await runCli(["build", "--data", dirs[0] as string, "--data", dirs[1] as string, "--out", target]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("heißen gleich und würden beide nach");
      expect(await readdir(target)).toEqual([]);
      const twice = await runCli(["build", "--data", dirs[0] as string, "--data", dirs[0] as string, "--out", target]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain("ist zweimal angegeben");
    } finally {
      await Promise.all([target, ...twins].map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
