/// <reference lib="dom" />
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowser } from "../../src/print/launch-browser.js";
import { CATALOGUE } from "../helpers/catalogue-folder.js";
import { copyDataFolder } from "../helpers/data-folder.js";
import { markedChromium, processMarker, survivingChromium } from "../helpers/processes.js";
import { runCli } from "../helpers/run-cli.js";

const main = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
let data: Awaited<ReturnType<typeof copyDataFolder>>;
let server: ChildProcess;
let address: string;
let exited: Promise<number | null>;
const chromium = startBrowser();
let browser: Browser;
let page: Page;
const marker = processMarker();

/** Starts `pressemappe preview` on a free port; resolves with its address once it serves. */
function startPreview(args: readonly string[], env?: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [main, "preview", ...args, "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const ready = new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const found = /Vorschau läuft: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (found) resolve(found);
    });
    child.once("exit", () => reject(new Error(`preview ended: ${output}`)));
  });
  return { child, exited, ready };
}

beforeAll(async () => {
  data = await copyDataFolder({ realContact: true });
  const started = startPreview(["--data", data.dir], marker.env);
  server = started.child;
  exited = started.exited;
  address = await started.ready;
  browser = await chromium.ready;
  page = await browser.newPage();
});
afterAll(async () => {
  await chromium.close();
  server?.kill("SIGINT");
  await data.remove();
});

const frameText = () => page.evaluate(() => document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "");
const overlay = () => page.evaluate(() => {
  const box = document.getElementById("fehler");
  return box && !box.hidden ? box.innerText : "";
});

describe("pressemappe preview", () => {
  it("serves on 127.0.0.1 an overview and the release in a frame", async () => {
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(address);
    expect(await page.evaluate(() => document.body.innerText)).toContain("2018");
    await page.goto(`${address}2018/pressemitteilung`);
    await page.waitForFunction(() => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("9.922"), { timeout: 10_000 });
  });

  it("serves the HTML and the PDFs byte for byte as build writes them", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-vergleich-"));
    try {
      expect((await runCli(["build", "2018", "--data", data.dir, "--out", out])).code).toBe(0);
      for (const file of ["pressemitteilung.html", "faktenblatt.html", "pressemitteilung.pdf", "faktenblatt.pdf"]) {
        const served = Buffer.from(await (await fetch(`${address}2018/${file}`)).arrayBuffer());
        expect(served.equals(await readFile(join(out, "2018", file))), file).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("shows a changed figure without a manual reload", async () => {
    await data.edit("2018.yaml", (text) => text.replace("    2018: 9922", "    2018: 9933"));
    await page.waitForFunction(() => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("9.933"), { timeout: 10_000 });
    expect(await frameText()).not.toContain("9.922");
  });

  it("overlays a German error on the last good render, and clears it when fixed", async () => {
    await data.edit("2018.yaml", (text) => text.replace("    2018: 16726", "    2018: 1672"));
    await page.waitForFunction(() => !document.getElementById("fehler")?.hidden, { timeout: 10_000 });
    expect(await overlay()).toContain("1672 Personen sind weniger als 9933 Bedarfsgemeinschaften");
    expect(await overlay()).toMatch(/2018\.yaml, Zeile \d+, Spalte \d+ › kennzahlen › personen_in_bedarfsgemeinschaften › 2018/);
    expect(await frameText()).toContain("9.933"); // the last good state stays visible underneath
    await data.edit("2018.yaml", (text) => text.replace("    2018: 1672", "    2018: 16726"));
    await page.waitForFunction(() => document.getElementById("fehler")?.hidden === true, { timeout: 10_000 });
  });

  it("shows the data's warnings beside the current state", async () => {
    await page.goto(`${address}2018/faktenblatt`);
    await data.edit("2018.yaml", (text) => text.replace("status: endgueltig", "status: vorlaeufig"));
    await page.waitForFunction(() => document.getElementById("warnungen")?.hidden === false, { timeout: 10_000 });
    expect(await page.evaluate(() => document.getElementById("warnungen")?.innerText)).toMatch(/2018\.yaml, Zeile \d+, Spalte \d+ › quelle › status: Die Zahlen sind vorläufig/);
    expect(await overlay()).toBe("");
    await data.edit("2018.yaml", (text) => text.replace("status: vorlaeufig", "status: endgueltig"));
    await page.waitForFunction(() => document.getElementById("warnungen")?.hidden === true, { timeout: 10_000 });
  });

  it("overlays a fact sheet that would run over its one page, as build refuses it", async () => {
    await page.waitForFunction(() => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("Erzgebirgskreis"), { timeout: 10_000 });
    await data.edit("2018.yaml", (text) => text.replace(/^  name: (.*)$/m, `  name: ${"Sehr langer Name einer Quelle der Statistik ".repeat(40)}`));
    await page.waitForFunction(() => !document.getElementById("fehler")?.hidden, { timeout: 10_000 });
    expect(await overlay()).toMatch(/faktenblatt\.html\.hbs: Das Dokument „faktenblatt“ 2018 braucht auch eng gesetzt \d Seiten, erlaubt ist eine\./);
    expect(await frameText()).toContain("Kommunales Jobcenter Erzgebirgskreis"); // the last good state
    await data.edit("2018.yaml", (text) => text.replace(/^  name: Sehr langer .*$/m, "  name: Kommunales Jobcenter Erzgebirgskreis"));
    await page.waitForFunction(() => document.getElementById("fehler")?.hidden === true, { timeout: 10_000 });
  });

  it("reloads when kennzahlen.yaml is added, edited or removed, and overlays its errors on the last good render", async () => {
    const catalogue = join(data.dir, "kennzahlen.yaml");
    await page.goto(`${address}2018/faktenblatt`);
    const shows = (text: string) => page.waitForFunction((text) => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes(text), { timeout: 10_000 }, text);
    await data.edit("2018.yaml", (text) => text.replace("    2018: 16726\n", "    2018: 16726\n  integrationsquote: { 2017: 23.8, 2018: 24.1 }\n"));
    await shows("24,1");
    expect(await frameText()).toContain("Integrationsquote");

    await writeFile(catalogue, CATALOGUE.replace("bezeichnung: Integrationsquote", "bezeichnung: Quote der Integrationen (K2)"));
    await shows("Quote der Integrationen (K2)");

    await writeFile(catalogue, CATALOGUE.replace("art: quote", "art: prozent"));
    await page.waitForFunction(() => !document.getElementById("fehler")?.hidden, { timeout: 10_000 });
    const line = CATALOGUE.split("\n").indexOf("  art: quote") + 1;
    expect(await overlay()).toMatch(new RegExp(`kennzahlen\\.yaml, Zeile ${line}, Spalte 8 › integrationsquote › art: muss anzahl, euro oder quote sein \\(gefunden: „prozent“\\)`));
    expect(await frameText()).toContain("Quote der Integrationen (K2)"); // the last good state stays visible underneath

    await rm(catalogue);
    await page.waitForFunction(() => document.getElementById("fehler")?.hidden === true, { timeout: 10_000 });
    await page.waitForFunction(() => !(document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("(K2)"), { timeout: 10_000 });
    await data.edit("2018.yaml", (text) => text.replace("  integrationsquote: { 2017: 23.8, 2018: 24.1 }\n", ""));
    await page.waitForFunction(() => !(document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("24,1"), { timeout: 10_000 });
  });

  it("answers only requests addressed to this machine (no DNS rebinding)", async () => {
    const { request } = await import("node:http");
    const status = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        request(address, { headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on("error", reject)
          .end();
      });
    const { port } = new URL(address);
    expect(await status("evil.example")).toBe(403);
    expect(await status(`evil.example:${port}`)).toBe(403);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
  });

  it("answers 404 for a year without an edition", async () => {
    expect((await fetch(`${address}2017/pressemitteilung`)).status).toBe(404);
    expect((await fetch(`${address}2017/pressemitteilung.pdf`)).status).toBe(404);
  });

  it("with --strict, overlays warnings as errors, on the page of the year that has them", async () => {
    const strictData = await copyDataFolder({ realContact: true });
    await strictData.edit("2018.yaml", (text) => text.replace("status: endgueltig", "status: vorlaeufig"));
    const { env, marker: strictMarker } = processMarker();
    const strict = startPreview(["--data", strictData.dir, "--strict"], env);
    try {
      const address = await strict.ready;
      // No good state yet: the year's page still opens, to show what is wrong.
      const yearPage = await fetch(`${address}2018/pressemitteilung`);
      expect(yearPage.status).toBe(200);
      expect(await yearPage.text()).toMatch(/<div id="fehler" role="alert">.*quelle › status: Die Zahlen sind vorläufig/s);
      expect((await fetch(`${address}2018/pressemitteilung.pdf`)).status).toBe(404);
      expect((await fetch(`${address}2017/pressemitteilung`)).status).toBe(404);
    } finally {
      strict.child.kill("SIGINT");
      expect(await strict.exited).toBe(0);
      expect(await survivingChromium(strictMarker)).toEqual([]);
      await strictData.remove();
    }
  });

  it("stops on Ctrl-C while it is still starting, with its browser", async () => {
    const { env, marker: startMarker } = processMarker();
    const starting = startPreview(["--data", data.dir], env);
    starting.ready.catch(() => undefined);
    // Chromium is up, the first run still printing.
    const deadline = Date.now() + 10_000;
    while ((await markedChromium(startMarker)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    starting.child.kill("SIGINT");
    expect(await starting.exited).toBe(0);
    expect(await survivingChromium(startMarker)).toEqual([]);
  });

  it("prints the PDF on request", async () => {
    const response = await fetch(`${address}2018/faktenblatt.pdf`);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("stops on Ctrl-C, with its browser", async () => {
    server.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(await survivingChromium(marker.marker)).toEqual([]);
  });
});
