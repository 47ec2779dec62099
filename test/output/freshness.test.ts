import { appendFile, chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let work: string;
let out: string;
let data: Awaited<ReturnType<typeof copyDataFolder>>;
let env: NodeJS.ProcessEnv;
/** A "browser" that fails at once: a rebuild that should not start one fails loudly if it does. */
let noBrowser: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pressemappe-frisch-"));
  out = join(work, "ausgabe");
  data = await copyDataFolder({ realContact: true });
  env = { ...process.env, PRESSEMAPPE_CACHE: join(work, "cache") };
  const fake = join(work, "kein-browser");
  await writeFile(fake, "#!/bin/sh\necho 'nicht gestartet' >&2\nexit 3\n");
  await chmod(fake, 0o755);
  noBrowser = { ...env, PUPPETEER_EXECUTABLE_PATH: fake };
  const first = await runCli(["build", "2018", "--data", data.dir, "--out", out], { env });
  if (first.code !== 0) throw new Error(first.stderr);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await data.remove();
});

const build = (extra: string[] = [], environment = noBrowser) => runCli(["build", "2018", "--data", data.dir, "--out", out, ...extra], { env: environment });

describe("a rebuild with nothing changed", () => {
  it("skips the edition without starting a browser, and says why", async () => {
    const result = await build();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Übersprungen \(Daten, Vorlagen und Programm unverändert, Dateien vollständig; --force baut neu\): .*2018/);
    expect(result.stdout).toMatch(/Nichts zu tun\./);
    expect(await readdir(join(work, "cache", "stand"))).toHaveLength(1);
  });

  it("checks the bytes again when a file was touched, and still skips an intact edition", async () => {
    const pdf = join(out, "2018", "faktenblatt.pdf");
    await utimes(pdf, new Date(), new Date(Date.now() + 5000));
    expect((await build()).stdout).toMatch(/Nichts zu tun/);
  });

  it("rebuilds an edition whose file changed, even at the same size", async () => {
    const pdf = join(out, "2018", "faktenblatt.pdf");
    const bytes = await readFile(pdf);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 1;
    await writeFile(pdf, bytes);
    const failed = await build();
    expect(failed.stderr).toMatch(/^1 Fehler beim Drucken:\n {2}Chromium: Der Browser für den PDF-Druck ließ sich nicht starten \(Chromium endete beim Start \(Code 3\): nicht gestartet\)/);
    expect(failed.stderr).toMatch(/\nEs wurde nichts geschrieben\.\n$/);
    const rebuilt = await build([], env);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/faktenblatt\.pdf/);
    expect((await build()).stdout).toMatch(/Nichts zu tun/);
  });

  it("rebuilds an edition whose kept copy of an input was edited in the output folder", async () => {
    await appendFile(join(out, "2018", "eingaben", "daten", "2018.yaml"), "# in der Ausgabe geändert\n");
    expect((await build()).stderr).toMatch(/Browser für den PDF-Druck ließ sich nicht starten/);
    expect((await build([], env)).code).toBe(0);
    expect((await build()).stdout).toMatch(/Nichts zu tun/);
  });

  it("rebuilds when the data changed, and with --force", async () => {
    await data.edit("2018.yaml", (text) => `${text}\n# geändert\n`);
    expect((await build()).code).toBe(1);
    expect((await build([], env)).code).toBe(0);
    expect((await build()).stdout).toMatch(/Nichts zu tun/);
    expect((await build(["--force"])).code).toBe(1);
  });
});

describe("a program update", () => {
  /** A copy of the installed program, to be changed as an update would. */
  async function copyProgram(name: string): Promise<{ dir: string; run: (args: string[]) => ReturnType<typeof runCli> }> {
    const dir = join(work, name);
    await mkdir(dir);
    await Promise.all(["dist", "templates", "package.json", "package-lock.json", ".puppeteerrc.cjs"].map((file) => cp(join(root, file), join(dir, file), { recursive: true })));
    await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    return { dir, run: (args) => runCli(args, { env: noBrowser, main: join(dir, "dist", "cli", "main.js") }) };
  }

  it("rebuilds every edition, although the version number and the inputs are the same", async () => {
    // The same code finds the edition up to date, changed code does not.
    const { dir: copy, run: buildWith } = await copyProgram("programm");
    const args = ["build", "2018", "--data", data.dir, "--out", out];
    expect((await build()).stdout, "the edition is up to date before").toMatch(/Nichts zu tun/);
    expect((await buildWith(args)).stdout).toMatch(/Nichts zu tun/);
    await appendFile(join(copy, "dist", "german", "format.js"), "\n// eine neue Version\n");
    const updated = await buildWith(args);
    expect(updated.code).toBe(1);
    expect(updated.stderr).toMatch(/Browser für den PDF-Druck ließ sich nicht starten/);
  });

  it("asks no new Auflage of an archived year: the program is no input of an Auflage", async () => {
    const archived = join(work, "archiviert");
    const args = ["--data", data.dir, "--out", archived];
    expect((await runCli(["build", "2018", ...args], { env })).code).toBe(0);
    expect((await runCli(["archive", "2018", ...args], { env })).code).toBe(0);
    const { dir, run } = await copyProgram("programm-neu");
    await appendFile(join(dir, "dist", "german", "format.js"), "\n// eine neue Version\n");
    const plain = await run(["build", ...args]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain("Archiviert und seit der letzten Auflage unverändert (Daten und Vorlagen), nicht gebaut: 2018");
    const revision = await run(["build", "2018", ...args, "--neu-auflage"]);
    expect(revision.code, revision.stderr).toBe(0);
    expect(revision.stdout).toContain("Keine neue Auflage");
    // A template is an input, whoever changed it: an update that brings new templates is named.
    await appendFile(join(dir, "templates", "styles", "druck.css"), "\n/* neu */\n");
    const styled = await run(["build", ...args]);
    expect(styled.code, styled.stderr).toBe(0);
    expect(styled.stdout).toContain(`geändert sind nur Dateien, die alle Jahre teilen: ${join(dir, "templates", "styles", "druck.css")}.`);
    expect(styled.stdout).toContain("soll eine neu erscheinen: pressemappe build JAHR");
  });
});

describe("several data folders in one build", () => {
  it("gives each output folder its overview and stamps, so the next run skips them all", async () => {
    const [first, second] = [await copyDataFolder(), await copyDataFolder()];
    const many = join(work, "mehrere");
    const args = ["build", "2018", "--data", first.dir, "--data", second.dir, "--out", many];
    const stamps = async () => (await readdir(join(work, "cache", "stand"))).length;
    const before = await stamps();
    try {
      expect((await runCli(args, { env })).code).toBe(0);
      expect(await stamps()).toBe(before + 2);
      const folders = (await readdir(many)).filter((name) => !name.startsWith("."));
      expect(folders).toHaveLength(2);
      for (const folder of folders) {
        const overview = await readFile(join(many, folder, "index.html"), "utf8");
        expect(overview).toContain("2018/pressemitteilung.pdf");
        expect(overview).toContain("@font-face");
      }
      const again = await runCli(args, { env: noBrowser });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/Nichts zu tun/);
    } finally {
      await Promise.all([first.remove(), second.remove()]);
    }
  });
});
