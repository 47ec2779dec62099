import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templatesDir } from "../../src/paths.js";
import { copyDataFolder } from "../helpers/data-folder.js";
import { processMarker, survivingChromium } from "../helpers/processes.js";
import { flat, readPdf, type PdfFacts } from "../helpers/pdf-text.js";
import { runCli } from "../helpers/run-cli.js";

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1f4e79"/></svg>\n';
const PARAGRAPH =
  "Die Beratung in den Geschäftsstellen des Jobcenters wurde im Berichtsjahr weiter ausgebaut; Fallmanagerinnen und Fallmanager begleiten Menschen mit mehreren Vermittlungshemmnissen über längere Zeit und stimmen sich dabei mit Schuldnerberatung, Suchtberatung und Kinderbetreuung ab.";

let data: Awaited<ReturnType<typeof copyDataFolder>>;
let out: string;
let release: PdfFacts;
let text: string;

beforeAll(async () => {
  data = await copyDataFolder();
  out = await mkdtemp(join(tmpdir(), "pressemappe-layout-"));
  await writeFile(join(data.dir, "logo.svg"), LOGO);
  await data.edit("herausgeber.yaml", (yaml) => `${yaml}\nlogo: logo.svg\n`);
  await data.edit("2018.yaml", (yaml) =>
    yaml
      .replace("sperrfrist: null", "sperrfrist: 2019-01-15T11:00")
      .replace("nummer: null", 'nummer: "12/2019"')
      .replace(/absaetze:[\s\S]*$/, `absaetze:\n${Array(8).fill(`  - ${PARAGRAPH}`).join("\n")}\n`),
  );
  const result = await runCli(["build", "2018", "--data", data.dir, "--out", out]);
  if (result.code !== 0) throw new Error(result.stderr);
  release = await readPdf(join(out, "2018/pressemitteilung.pdf"));
  text = await readFile(join(out, "2018/pressemitteilung.txt"), "utf8");
});
afterAll(async () => {
  await data.remove();
  await rm(out, { recursive: true, force: true });
});

describe("print layout", () => {
  it("repeats the embargo and numbers every page of a longer release", () => {
    expect(release.pages).toBeGreaterThanOrEqual(2);
    release.text.forEach((page, index) => {
      expect(flat(page)).toContain("Sperrfrist: Dienstag, 15. Januar 2019, 11.00 Uhr");
      expect(flat(page)).toContain(`Seite ${index + 1} von ${release.pages}`);
    });
    expect(flat(release.text[0] ?? "")).toContain("Pressemitteilung Nr. 12/2019");
  });

  it("puts the logo from the data folder into the letterhead, inlined", async () => {
    // Handlebars writes the base64 padding "=" as "&#x3D;", which HTML reads back as "=".
    const html = (await readFile(join(out, "2018/pressemitteilung.html"), "utf8")).replaceAll("&#x3D;", "=");
    expect(html).toContain(`<img class="logo" src="data:image/svg+xml;base64,${Buffer.from(LOGO).toString("base64")}" alt="">`);
  });
});

describe("the plain-text release", () => {
  it("holds every figure, the embargo and the quote, with short lines and no Markdown", () => {
    for (const figure of ["31.775", "9.664", "18.460", "31.871", "9.922", "16.726", "407", "104", "46,3", "gut ein Viertel"]) expect(text.replace(/\s+/g, " ")).toContain(figure);
    expect(text).toMatch(/^Landratsamt Erzgebirgskreis – Pressemitteilung Nr\. 12\/2019\nAnnaberg-Buchholz, 15\. Januar 2019\nSPERRFRIST: Dienstag, 15\. Januar 2019, 11\.00 Uhr\n\n/);
    expect(text).toContain("„Das Jobcenter bietet");
    for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(76);
    expect(text).not.toMatch(/\*\*|__|^#|\]\(|<\/?[a-z]|&[a-z]+;|\u00ad|\u00a0/m);
  });
});

describe("the one-page fact sheet", () => {
  it("fails the build with a clear message when it would spill over, writing nothing", async () => {
    // A press officer adds a long note to the fact sheet template.
    const templates = await mkdtemp(join(tmpdir(), "pressemappe-vorlagen-"));
    const target = await mkdtemp(join(tmpdir(), "pressemappe-lang-"));
    try {
      await cp(templatesDir, templates, { recursive: true });
      const factSheet = join(templates, "faktenblatt.html.hbs");
      const note = `<p>${"Hinweis zur Statistik der Grundsicherung und ihren Begriffen. ".repeat(60)}</p>`;
      await writeFile(factSheet, (await readFile(factSheet, "utf8")).replace("</main>", `${note}\n</main>`));
      const { env, marker } = processMarker();
      const result = await runCli(["build", "2018", "--templates", templates, "--out", target], { env });
      expect(result.code).toBe(1);
      // It failed after printing began: its Chromium must be gone with it.
      expect(await survivingChromium(marker)).toEqual([]);
      expect(result.stderr).toMatch(/faktenblatt\.html\.hbs: Das Dokument „faktenblatt“ 2018 braucht auch eng gesetzt \d Seiten, erlaubt ist eine\./);
      expect(await readdir(target)).toEqual([]);
    } finally {
      await rm(templates, { recursive: true, force: true });
      await rm(target, { recursive: true, force: true });
    }
  });
});
