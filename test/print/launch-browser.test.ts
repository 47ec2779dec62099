import { chown, mkdir, readdir, readlink, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import puppeteer from "puppeteer";
import { describe, expect, it } from "vitest";
import { markedChromium, processMarker, survivingChromium } from "../helpers/processes.js";
import { CHROMIUM_ARGS, PUPPETEER_DEFAULT_ARGS, startBrowser } from "../../src/print/launch-browser.js";

/** This process's Chromium profiles: the name carries the id of the process that started it. */
const profiles = async () => (await readdir(tmpdir())).filter((name) => name.startsWith(`pressemappe-chromium-${process.pid}-`));

describe("startBrowser", () => {
  it("starts Chromium with the switches puppeteer.launch would use", () => {
    const expected = puppeteer.defaultArgs({ headless: true, args: CHROMIUM_ARGS }).filter((arg) => arg !== "about:blank");
    expect([...PUPPETEER_DEFAULT_ARGS, ...CHROMIUM_ARGS]).toEqual(expected);
  });

  it("prints, and closing leaves neither a process nor its profile", async () => {
    const before = await profiles();
    const { marker } = processMarker();
    const [key = "", value = ""] = marker.split("=");
    process.env[key] = value;
    const chromium = startBrowser();
    delete process.env[key];
    const browser = await chromium.ready;
    expect((await markedChromium(marker)).length).toBeGreaterThan(0);
    const [profile] = (await profiles()).filter((name) => !before.includes(name));
    // Chromium's singleton socket lives in a folder of its own in the temp folder.
    const socketDir = dirname(await readlink(join(tmpdir(), profile ?? "", "SingletonSocket")));
    expect(socketDir).toMatch(/org\.chromium\.Chromium\./);
    const page = await browser.newPage();
    await page.setContent("<p>Probe</p>");
    const pdf = await page.pdf();
    expect(Buffer.from(pdf).toString("latin1", 0, 5)).toBe("%PDF-");
    await chromium.close();
    expect(browser.connected).toBe(false);
    expect(await survivingChromium(marker, 0)).toEqual([]);
    expect((await profiles()).filter((name) => !before.includes(name))).toEqual([]);
    await expect(stat(socketDir)).rejects.toThrow();
  });

  it("can be closed while Chromium is still starting", async () => {
    const before = await profiles();
    const chromium = startBrowser();
    await chromium.close();
    await expect(chromium.ready).rejects.toThrow(/Browser für den PDF-Druck/);
    expect((await profiles()).filter((name) => !before.includes(name))).toEqual([]);
  });

  it("removes the profile a killed run left, but not another user's, and starts either way", async () => {
    // Profiles of a process that no longer runs (pid 999999999); one of them belongs to someone else.
    const own = join(tmpdir(), "pressemappe-chromium-999999999-eigen");
    const foreign = join(tmpdir(), "pressemappe-chromium-999999999-fremd");
    await mkdir(join(own, "Default"), { recursive: true });
    await mkdir(foreign);
    const root = process.getuid?.() === 0;
    if (root) await chown(foreign, 65534, 65534);
    try {
      const chromium = startBrowser();
      await chromium.ready;
      await chromium.close();
      await expect(stat(own)).rejects.toThrow();
      if (root) expect((await stat(foreign)).uid).toBe(65534);
    } finally {
      await Promise.all([own, foreign].map((path) => rm(path, { recursive: true, force: true })));
    }
  });
});
