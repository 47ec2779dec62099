import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../helpers/pdf-text.js";
import { markedChromium, processMarker, survivingChromium } from "../helpers/processes.js";
import { nodeFlags, runCli } from "../helpers/run-cli.js";

const main = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const FILES = ["faktenblatt.html", "faktenblatt.pdf", "pressemitteilung.html", "pressemitteilung.pdf"];
let out: string;

async function snapshot(): Promise<Record<string, string>> {
  const entries = await Promise.all(FILES.map(async (file) => [file, createHash("sha256").update(await readFile(join(out, "2018", file))).digest("hex")]));
  return Object.fromEntries(entries);
}

/** Starts a build in its own process group (so the group, Chromium included, can be killed) and resolves once it prints. */
function startBuild(env?: NodeJS.ProcessEnv): { child: ChildProcess; printing: Promise<void>; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [main, "build", "2018", "--force", "--out", out], { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const printing = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => String(chunk).includes("drucke") && resolve());
    child.once("exit", () => reject(new Error(`build ended before printing: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, printing, exited, stderr: () => stderr };
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  const first = await runCli(["build", "2018", "--out", out]);
  if (first.code !== 0) throw new Error(first.stderr);
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe("an interrupted build leaves the previous edition as it was", () => {
  it("survives SIGKILL during PDF printing, byte for byte, and the next build recovers", async () => {
    const before = await snapshot();
    const { env, marker } = processMarker();
    const build = startBuild(env);
    await build.printing;
    process.kill(-(build.child.pid ?? 0), "SIGKILL");
    await build.exited;
    // A killed process cannot close its browser; Chromium, in a process group of its own, ends
    // when the pipe to the build closes. Its profile folder stays until the next run.
    const orphans = await markedChromium(marker);
    expect(orphans.length).toBeGreaterThan(0); // the marker finds this build's browser
    const profiles = new Set<string>();
    for (const pid of orphans) {
      const profile = /--user-data-dir=([^\0]+)/.exec(await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => ""))?.[1];
      if (profile) profiles.add(profile);
    }
    expect(profiles.size).toBe(1);
    expect(await survivingChromium(marker, 10_000)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect((await readPdf(join(out, "2018/pressemitteilung.pdf"))).pages).toBeGreaterThan(0);
    // The killed build's lock is stale: the next build takes it over and finishes.
    const next = await runCli(["build", "2018", "--force", "--out", out]);
    expect(next.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["2018", "index.html"]);
    // ... and removes the profile the killed build left.
    for (const profile of profiles) await expect(stat(profile)).rejects.toThrow();
  });

  it("stops cleanly on Ctrl-C: exit 130, lock released, output untouched", async () => {
    const before = await snapshot();
    const { env, marker } = processMarker();
    const build = startBuild(env);
    await build.printing;
    build.child.kill("SIGINT");
    expect(await build.exited).toBe(130);
    expect(await survivingChromium(marker)).toEqual([]);
    expect(build.stderr()).toContain("Abgebrochen (SIGINT). Keine Ausgabe ist halb geschrieben: jede ist die bisherige oder vollständig neu.");
    expect(await snapshot()).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(["2018", "index.html"]);
  });

  it("refuses a second build into the same folder while one runs", async () => {
    const build = startBuild();
    await build.printing;
    // Paused while it holds the lock, so the second build meets it however fast the first prints.
    build.child.kill("SIGSTOP");
    const second = await runCli(["build", "2018", "--force", "--out", out]);
    build.child.kill("SIGCONT");
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Ein anderer Lauf von pressemappe \(Prozess \d+\) schreibt gerade in diesen Ordner/);
    expect(await build.exited).toBe(0);
  });

  it("finishes the build when the reader of its output goes away (| head -1)", async () => {
    const target = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    try {
      const child = spawn(process.execPath, [...nodeFlags, main, "build", "2018", "--out", target], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += String(chunk)));
      // Like `head -1`: read the first line, then close the pipe while the build still prints.
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code, stderr).toBe(0);
      expect((await readdir(target)).sort()).toEqual(["2018", "index.html"]);
      expect(await runCli(["verify", "--out", target])).toMatchObject({ code: 0 });
    } finally {
      await rm(target, { recursive: true, force: true });
    }
  });
});
