// Puppeteer reads this at install time (download or not) and at launch (which browser).
// A system Chromium (Debian's package, or PUPPETEER_EXECUTABLE_PATH) wins, so `npm ci`
// on a server skips the download; on a laptop without one, Puppeteer fetches its Chrome.
const { existsSync } = require("node:fs");

const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];
const systemBrowser = candidates.find((file) => file && existsSync(file));

/** @type {import("puppeteer").Configuration} */
module.exports = systemBrowser ? { executablePath: systemBrowser, skipDownload: true } : {};
