import { createHash } from "node:crypto";
import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bagitViolations } from "../helpers/bagit.js";
import { copyDataFolder, exampleDataDir } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

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
    const templates = (await readdir(templatesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(templatesDir, join(entry.parentPath, entry.name)));
    expect(Object.keys(a)).toEqual(
      [
        "/2018/eingaben/daten/2018.yaml",
        "/2018/eingaben/daten/herausgeber.yaml",
        ...templates.map((name) => `/2018/eingaben/vorlagen/${name}`),
        "/2018/faktenblatt.html",
        "/2018/faktenblatt.pdf",
        "/2018/herkunft.json",
        "/2018/manifest-sha256.txt",
        "/2018/pressemitteilung.html",
        "/2018/pressemitteilung.pdf",
        "/2018/pressemitteilung.txt",
        "/index.html",
      ].sort(),
    );
    expect(a).toEqual(b);
  });

  it("keeps a byte-for-byte copy of the data and templates that made the documents", async () => {
    for (const name of ["2018.yaml", "herausgeber.yaml"]) {
      expect(await readFile(join(first, "2018/eingaben/daten", name))).toEqual(await readFile(join(exampleDataDir, name)));
    }
    expect(await readFile(join(first, "2018/eingaben/vorlagen/styles/druck.css"))).toEqual(await readFile(join(templatesDir, "styles/druck.css")));
  });

  it("records what the edition was built from", async () => {
    const record = JSON.parse(await readFile(join(first, "2018/herkunft.json"), "utf8"));
    expect(record).toMatchObject({ berichtsjahr: 2018, veroeffentlichung: "2019-01-15", herausgeber: "Landratsamt Erzgebirgskreis", pressemappe: expect.any(String) });
    expect(record.chromium).toMatch(/^\d+\.\d+/);
    expect(record.daten_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.vorlagen_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.programm_sha256).toMatch(/^[0-9a-f]{64}$/);
    const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");
    expect(record.kopien_sha256["eingaben/daten/2018.yaml"]).toBe(sha(await readFile(join(exampleDataDir, "2018.yaml"))));
    expect(record.kopien_sha256["eingaben/vorlagen/faktenblatt.html.hbs"]).toBe(sha(await readFile(join(templatesDir, "faktenblatt.html.hbs"))));
    const manifest = await readFile(join(first, "2018/manifest-sha256.txt"), "utf8");
    const listed = manifest.split("\n").filter(Boolean).map((line) => line.slice(66));
    expect(listed.filter((name) => !name.startsWith("eingaben/"))).toEqual([
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
    expect((await readdir(join(bag, "data/eingaben/daten"))).sort()).toEqual(["2018.yaml", "herausgeber.yaml"]);
    expect(await readFile(join(bag, "data/eingaben/vorlagen/layout.html.hbs"))).toEqual(await readFile(join(templatesDir, "layout.html.hbs")));
    expect(await runCli(["verify", "--out", first])).toMatchObject({ code: 0, stdout: "Prüfsummen in Ordnung: 2018, archiv/2018.\n" });

    const before = await hashes(first);
    const refused = await runCli(["build", "2018", "--out", first]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Die Ausgabe 2018 ist archiviert");
    expect(await hashes(first)).toEqual(before);
    expect((await runCli(["archive", "2018", "--out", first])).stderr).toContain("schon archiviert");

    const unchanged = await runCli(["build", "2018", "--out", first, "--neu-auflage"]);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain("Keine neue Auflage");
    expect(await hashes(first)).toEqual(before);
    // Forced, a new Auflage of the same inputs is the same document.
    const revision = await runCli(["build", "2018", "--out", first, "--neu-auflage", "--force"]);
    expect(revision.code).toBe(0);
    const after = await hashes(first);
    for (const [file, hash] of Object.entries(before)) if (file !== "/index.html") expect(after[file]).toBe(hash);
    expect(after["/2018-auflage-2/pressemitteilung.pdf"]).toBe(before["/2018/pressemitteilung.pdf"]);

    const index = await readFile(join(first, "index.html"), "utf8");
    expect(index).toContain('<a href="2018/pressemitteilung.pdf">');
    expect(index).toContain('<a href="2018-auflage-2/pressemitteilung.txt">');
    expect(index).toContain("2018 (2. Auflage)");
    expect(index).toContain('<a href="archiv/2018/">Archiv 2018</a>');

    await writeFile(join(bag, "data/faktenblatt.pdf"), "überschrieben");
    const broken = await runCli(["verify", "--out", first]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("archiv/2018/data/faktenblatt.pdf: wurde verändert");
    expect(await bagitViolations(bag)).toEqual(["manifest-sha256.txt: checksum of data/faktenblatt.pdf", "bag-info.txt: Payload-Oxum does not match (§2.2.2)"]);
  });
});

describe("archive files the inputs that built the documents", () => {
  it("refuses after an edit without a rebuild, naming the file, and archives once rebuilt", async () => {
    const [data, out] = [await copyDataFolder(), await mkdtemp(join(tmpdir(), "pressemappe-c-"))];
    const templates = join(out, "..", `${basename(out)}-vorlagen`);
    try {
      await cp(templatesDir, templates, { recursive: true });
      const args = ["--data", data.dir, "--templates", templates, "--out", out];
      expect((await runCli(["build", "2018", ...args])).code).toBe(0);
      await data.edit("2018.yaml", (text) => text.replace("    anzahl: 9664", "    anzahl: 9665"));
      const edited = await runCli(["archive", "2018", ...args]);
      expect(edited.code).toBe(1);
      expect(edited.stderr).toContain(`1 Fehler beim Archivieren:\n  ${join(data.dir, "2018.yaml")}: wurde geändert, nachdem die Ausgabe 2018 gebaut wurde`);
      expect(edited.stderr).toContain(`Bitte zuerst neu bauen (pressemappe build 2018 --data ${data.dir} --out ${out} --templates ${templates}), dann archivieren.`);
      expect(edited.stderr).toContain("Es wurde nichts geschrieben.");
      await expect(stat(join(out, "archiv"))).rejects.toThrow();

      expect((await runCli(["build", "2018", ...args])).code).toBe(0);
      await appendFile(join(templates, "styles", "druck.css"), "\n/* geändert */\n");
      await writeFile(join(templates, "partials", "neu.hbs"), "neu");
      const styled = await runCli(["archive", "2018", ...args]);
      expect(styled.code).toBe(1);
      expect(styled.stderr).toContain(`${join(templates, "styles", "druck.css")}: wurde geändert`);
      expect(styled.stderr).toContain(`${join(templates, "partials", "neu.hbs")}: ist hinzugekommen, seit die Ausgabe 2018 gebaut wurde.`);

      expect((await runCli(["build", "2018", ...args])).code).toBe(0);
      // What editors and file managers leave in a folder shaped no document.
      await writeFile(join(templates, ".DS_Store"), "x");
      await writeFile(join(templates, "styles", "druck.css~"), "x");
      expect((await runCli(["build", "2018", ...args])).stdout).toContain("Nichts zu tun");
      const archived = await runCli(["archive", "2018", ...args]);
      expect(archived.code, archived.stderr).toBe(0);
      const kept = await readFile(join(out, "archiv/2018/data/eingaben/daten/2018.yaml"), "utf8");
      expect(kept).toContain("    anzahl: 9665");
      expect(await readFile(join(out, "archiv/2018/data/eingaben/vorlagen/partials/neu.hbs"), "utf8")).toBe("neu");
    } finally {
      await Promise.all([data.remove(), rm(out, { recursive: true, force: true }), rm(templates, { recursive: true, force: true })]);
    }
  });
});

describe("verify says no when it cannot say yes", () => {
  it("fails on a folder that does not exist or holds no edition", async () => {
    const empty = await mkdtemp(join(tmpdir(), "pressemappe-leer-"));
    try {
      const typo = await runCli(["verify", "--out", join(empty, "tippfehler")]);
      expect(typo.code).toBe(1);
      expect(typo.stderr).toContain("Den Ausgabeordner gibt es nicht");
      const none = await runCli(["verify", "--out", empty]);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain("Hier liegt keine gebaute Ausgabe");
      expect(none.stdout).toBe("");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("names a missing or damaged build record, and a damaged one breaks no other build", async () => {
    const out = await mkdtemp(join(tmpdir(), "pressemappe-d-"));
    const data = await copyDataFolder();
    try {
      await writeFile(join(data.dir, "2017.yaml"), (await readFile(join(data.dir, "2018.yaml"), "utf8")).replace("berichtsjahr: 2018", "berichtsjahr: 2017").replaceAll(/(bis|stand): 2018/g, "$1: 2017").replace("    2018: 9922", "    2017: 10500").replace("    2018: 16726", "    2017: 17800"));
      expect((await runCli(["build", "--data", data.dir, "--out", out])).code).toBe(0);
      await writeFile(join(out, "2017/herkunft.json"), "{kaputt");
      const damaged = await runCli(["verify", "--out", out]);
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toContain(`${join(out, "2017/herkunft.json")}: ist beschädigt`);

      const other = await runCli(["build", "2018", "--data", data.dir, "--out", out, "--force"]);
      expect(other.code, other.stderr).toBe(0);
      expect(await readFile(join(out, "index.html"), "utf8")).toContain("2018/pressemitteilung.pdf");

      await rm(join(out, "2018/herkunft.json"));
      const missing = await runCli(["verify", "2018", "--out", out]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`${join(out, "2018/herkunft.json")}: fehlt.`);
    } finally {
      await Promise.all([data.remove(), rm(out, { recursive: true, force: true })]);
    }
  });
});

/** The next year's file as a press office writes it: 2018's copied, the new year's values added. */
function nextYear(text: string): string {
  return text
    .replace("berichtsjahr: 2018", "berichtsjahr: 2019")
    .replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: 2020-01-15")
    .replace("  stand: 2019-01-15", "  stand: 2020-01-15")
    .replace("    2018: 9922", "    2018: 9922\n    2019: 9410")
    .replace("    2018: 16726", "    2018: 16726\n    2019: 15980")
    .replaceAll("bis: 2018", "bis: 2019");
}

/** Every link of a page, with its text; and whether each table row has as many cells as the header. */
function linksAndRows(html: string): { links: { href: string; text: string }[]; rowsOk: boolean } {
  const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((match) => ({ href: match[1] ?? "", text: match[2] ?? "" }));
  const header = (/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? "").match(/<th\b/g)?.length ?? 0;
  const rows = [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "").matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => row[1]?.match(/<t[hd]\b/g)?.length);
  return { links, rowsOk: header > 0 && rows.length > 0 && rows.every((cells) => cells === header) };
}

describe("archived years stay out of the way", () => {
  it("a plain build skips an unchanged archived year and builds the next; a new Auflage only when the inputs changed", async () => {
    const [data, out] = [await copyDataFolder(), await mkdtemp(join(tmpdir(), "pressemappe-reihe-"))];
    try {
      const args = ["--data", data.dir, "--out", out];
      expect((await runCli(["build", "2018", ...args])).code).toBe(0);
      expect((await runCli(["archive", "2018", ...args])).code).toBe(0);
      await writeFile(join(data.dir, "2019.yaml"), nextYear(await readFile(join(data.dir, "2018.yaml"), "utf8")));
      const archived = await hashes(out);

      const plain = await runCli(["build", ...args]);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).toContain(`Archiviert und seit der letzten Auflage unverändert (Daten und Vorlagen), nicht gebaut: 2018 (${join(out, "archiv/2018")})\n`);
      // Progress lines show paths relative to the working folder where that is shorter.
      expect(plain.stdout).toMatch(/2019\/pressemitteilung\.pdf {2}\(/);
      const built = await hashes(out);
      for (const [file, hash] of Object.entries(archived)) if (file !== "/index.html") expect(built[file], file).toBe(hash);

      const same = await runCli(["build", "2018", ...args, "--neu-auflage"]);
      expect(same.code, same.stderr).toBe(0);
      expect(same.stdout).toBe(`Keine neue Auflage, Daten und Vorlagen sind dieselben wie in der letzten Auflage (--force schreibt trotzdem eine): 2018 (${join(out, "archiv/2018")})\nNichts zu tun.\n`);
      expect(await hashes(out)).toEqual(built);

      await data.edit("2018.yaml", (text) => text.replace("    anzahl: 9664", "    anzahl: 9665"));
      const changed = await runCli(["build", ...args]);
      expect(changed.code, changed.stderr).toBe(0);
      expect(changed.stdout).toContain(
        `Archiviert, nicht gebaut: 2018 – seit der letzten Auflage (${join(out, "archiv/2018")}) geändert: ${join(data.dir, "2018.yaml")}. Eine neue Auflage schreibt: pressemappe build 2018 --data ${data.dir} --out ${out} --neu-auflage\n`,
      );
      expect(changed.stdout).toMatch(/Übersprungen .*2019/);
      expect(await hashes(out)).toEqual(built);

      const revision = await runCli(["build", "2018", ...args, "--neu-auflage"]);
      expect(revision.code, revision.stderr).toBe(0);
      expect(await readFile(join(out, "2018-auflage-2/eingaben/daten/2018.yaml"), "utf8")).toContain("    anzahl: 9665");
      const again = await runCli(["build", "2018", ...args, "--neu-auflage"]);
      expect(again.stdout).toContain(`Keine neue Auflage, Daten und Vorlagen sind dieselben wie in der letzten Auflage (--force schreibt trotzdem eine): 2018 (${join(out, "2018-auflage-2")})`);
      const forced = await runCli(["build", "2018", ...args, "--neu-auflage", "--force"]);
      expect(forced.code, forced.stderr).toBe(0);
      expect((await readdir(out)).filter((name) => name.startsWith("2018")).sort()).toEqual(["2018", "2018-auflage-2", "2018-auflage-3"]);
      expect((await runCli(["build", ...args])).stdout).toContain(`nicht gebaut: 2018 (${join(out, "2018-auflage-3")})`);

      const named = await runCli(["build", "2018", ...args]);
      expect(named.code).toBe(1);
      expect(named.stderr).toContain("Die Ausgabe 2018 ist archiviert");

      const index = await readFile(join(out, "index.html"), "utf8");
      const rows = [...index.matchAll(/<tr>\s*<th scope="row">([\s\S]*?)<\/tr>/g)].map((match) => match[1] ?? "");
      expect(rows.map((cells) => /^[^<]*/.exec(cells)?.[0])).toEqual(["2019", "2018 (3. Auflage)", "2018 (2. Auflage)", "2018"]);
      const [latest, , , first] = rows;
      expect(latest).toContain("<td>9.410</td>");
      expect(latest).toContain("<td>−5,2\u00a0% (2018: 9.922)</td>");
      expect(latest).toContain("Bedarfsgemeinschaften: 5,2\u00a0Prozent weniger als im Vorjahr");
      expect(first).toContain("<td>9.922</td>");
      expect(first).toContain("Vorjahr nicht in den Daten");
      expect(first).toContain('<a href="archiv/2018/">Archiv 2018</a>');
      expect(latest).not.toContain("archiv/");
      const { links, rowsOk } = linksAndRows(index);
      expect(rowsOk).toBe(true);
      for (const link of links) {
        expect(link.text.trim(), link.href).not.toBe("");
        await expect(stat(join(out, link.href)), link.href).resolves.toBeDefined();
      }
      expect(links.map((link) => link.href)).not.toContain("2019/manifest-sha256.txt");
    } finally {
      await Promise.all([data.remove(), rm(out, { recursive: true, force: true })]);
    }
  });
});
