import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bagitViolations } from "../helpers/bagit.js";
import { runCli } from "../helpers/run-cli.js";

let first: string;
let second: string;

async function hashes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const pairs = await Promise.all(files.map(async (file) => [file.slice(dir.length), createHash("sha256").update(await readFile(file)).digest("hex")]));
  return Object.fromEntries(pairs.sort());
}

beforeAll(async () => {
  [first, second] = await Promise.all([mkdtemp(join(tmpdir(), "pressemappe-a-")), mkdtemp(join(tmpdir(), "pressemappe-b-"))]);
  for (const out of [first, second]) {
    const result = await runCli(["build", "2018", "--out", out]);
    if (result.code !== 0) throw new Error(result.stderr);
  }
});
afterAll(() => Promise.all([first, second].map((dir) => rm(dir, { recursive: true, force: true }))));

describe("reproducible, verifiable editions", () => {
  it("builds byte-identical files into two different folders", async () => {
    const [a, b] = await Promise.all([hashes(first), hashes(second)]);
    expect(Object.keys(a)).toEqual([
      "/2018/faktenblatt.html",
      "/2018/faktenblatt.pdf",
      "/2018/herkunft.json",
      "/2018/manifest-sha256.txt",
      "/2018/pressemitteilung.html",
      "/2018/pressemitteilung.pdf",
      "/2018/pressemitteilung.txt",
      "/index.html",
    ]);
    expect(a).toEqual(b);
  });

  it("records what the edition was built from", async () => {
    const record = JSON.parse(await readFile(join(first, "2018/herkunft.json"), "utf8"));
    expect(record).toMatchObject({ berichtsjahr: 2018, veroeffentlichung: "2019-01-15", herausgeber: "Landratsamt Erzgebirgskreis", pressemappe: expect.any(String) });
    expect(record.chromium).toMatch(/^\d+\.\d+/);
    expect(record.daten_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.vorlagen_sha256).toMatch(/^[0-9a-f]{64}$/);
    const manifest = await readFile(join(first, "2018/manifest-sha256.txt"), "utf8");
    expect(manifest.split("\n").filter(Boolean).map((line) => line.slice(66))).toEqual([
      "faktenblatt.html", "faktenblatt.pdf", "herkunft.json", "pressemitteilung.html", "pressemitteilung.pdf", "pressemitteilung.txt",
    ]);
  });

  it("verify passes on a fresh edition and fails after one changed byte", async () => {
    expect(await runCli(["verify", "--out", second])).toMatchObject({ code: 0, stdout: "Prüfsummen in Ordnung: 2018.\n" });
    const pdf = join(second, "2018/faktenblatt.pdf");
    const bytes = await readFile(pdf);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 1;
    await writeFile(pdf, bytes);
    await writeFile(join(second, "2018/notiz.txt"), "dazugelegt");
    await rm(join(second, "2018/pressemitteilung.txt"));
    const result = await runCli(["verify", "2018", "--out", second]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("faktenblatt.pdf: wurde verändert (Prüfsumme weicht ab).");
    expect(result.stderr).toContain("pressemitteilung.txt: fehlt.");
    expect(result.stderr).toContain("notiz.txt: gehört nicht zur Ausgabe");
  });

  it("archive freezes an edition as a valid BagIt bag that build then leaves alone", async () => {
    const archived = await runCli(["archive", "2018", "--out", first]);
    expect(archived.code).toBe(0);
    const bag = join(first, "archiv/2018");
    expect(await bagitViolations(bag)).toEqual([]);
    expect((await readdir(join(bag, "data/eingaben"))).sort()).toEqual(["2018.yaml", "herausgeber.yaml"]);
    expect(await runCli(["verify", "--out", first])).toMatchObject({ code: 0, stdout: "Prüfsummen in Ordnung: 2018, archiv/2018.\n" });

    const before = await hashes(first);
    const refused = await runCli(["build", "2018", "--out", first]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Die Ausgabe 2018 ist archiviert");
    expect(await hashes(first)).toEqual(before);
    expect((await runCli(["archive", "2018", "--out", first])).stderr).toContain("schon archiviert");

    const revision = await runCli(["build", "2018", "--out", first, "--neu-auflage"]);
    expect(revision.code).toBe(0);
    const after = await hashes(first);
    for (const [file, hash] of Object.entries(before)) if (file !== "/index.html") expect(after[file]).toBe(hash);
    expect(after["/2018-auflage-2/pressemitteilung.pdf"]).toBe(before["/2018/pressemitteilung.pdf"]);

    const index = await readFile(join(first, "index.html"), "utf8");
    expect(index).toContain('<a href="2018/pressemitteilung.pdf">');
    expect(index).toContain('<a href="2018-auflage-2/pressemitteilung.txt">');
    expect(index).toContain("2018 (2. Auflage)");
    expect(index).toContain("archiviert");

    await writeFile(join(bag, "data/faktenblatt.pdf"), "überschrieben");
    const broken = await runCli(["verify", "--out", first]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("archiv/2018/data/faktenblatt.pdf: wurde verändert");
    expect(await bagitViolations(bag)).toEqual(["manifest-sha256.txt: checksum of data/faktenblatt.pdf", "bag-info.txt: Payload-Oxum does not match (§2.2.2)"]);
  });
});
