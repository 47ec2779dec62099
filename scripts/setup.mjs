// One command from a fresh clone to a built example: system packages where needed, npm ci,
// compile, build the editions of data/ (on a fresh clone: the example). Only Node built-ins: it runs
// before node_modules exists.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { installSystemPackages } from "./system-packages.mjs";

const require = createRequire(import.meta.url);

/** The browser .puppeteerrc.cjs finds now: read afresh, since apt-get may have installed one meanwhile. */
function systemBrowser() {
  const config = require.resolve("../.puppeteerrc.cjs");
  delete require.cache[config];
  return require(config).executablePath;
}

function run(command, args) {
  console.log(`\n> ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`Einrichtung abgebrochen: „${[command, ...args].join(" ")}“ ist fehlgeschlagen.`);
    process.exit(result.status ?? 1);
  }
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function missingPackages() {
  const missing = [];
  if (!systemBrowser()) missing.push("chromium");
  if (!has("pdftoppm")) missing.push("poppler-utils");
  return missing;
}

/** Runs a command, showing its output, and returns whether it succeeded and what it printed. */
function attempt(command, args) {
  console.log(`\n> ${[command, ...args].join(" ")}`);
  // English messages whatever the system's language: the lock is recognised by them.
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

try {
  installSystemPackages({
    missing: missingPackages(),
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasAptGet: has("apt-get"),
    run,
    attempt,
    sleep: (seconds) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000),
    log: (line) => console.log(line),
  });
} catch (error) {
  // installSystemPackages has said why; anything else is shown as it is.
  if (!(error instanceof Error && error.message === "apt-get update")) console.error(error);
  process.exit(1);
}
run("npm", [existsSync("package-lock.json") ? "ci" : "install", "--no-fund", "--no-audit"]);
// Without a system browser Puppeteer needs its own Chrome; npm may have skipped its install script.
if (!systemBrowser()) run("npx", ["puppeteer", "browsers", "install", "chrome"]);
run("npm", ["run", "build"]);
// Every edition that is not archived, as a plain build does: after `archive 2018` naming 2018 would
// be refused. The program beside this script, whatever folder setup is run from.
run("node", [relative(process.cwd(), fileURLToPath(new URL("../dist/cli/main.js", import.meta.url))), "build"]);
