/// <reference lib="dom" />
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrowser } from "../../src/print/launch-browser.js";
import { copyDataFolder } from "../helpers/data-folder.js";
import { processMarker, survivingChromium } from "../helpers/processes.js";
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

beforeAll(async () => {
  data = await copyDataFolder();
  server = spawn(process.execPath, [main, "preview", "--data", data.dir, "--port", "0"], { env: marker.env, stdio: ["ignore", "pipe", "pipe"] });
  exited = new Promise((resolve) => server.once("exit", resolve));
  address = await new Promise<string>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const found = /Vorschau läuft: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (found) resolve(found);
    });
    server.once("exit", () => reject(new Error(`preview ended: ${output}`)));
  });
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

  it("serves the HTML byte for byte as build writes it", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-vergleich-"));
    try {
      expect((await runCli(["build", "2018", "--data", data.dir, "--out", out])).code).toBe(0);
      for (const name of ["pressemitteilung", "faktenblatt"]) {
        const served = Buffer.from(await (await fetch(`${address}2018/${name}.html`)).arrayBuffer());
        expect(served.equals(await readFile(join(out, "2018", `${name}.html`)))).toBe(true);
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
