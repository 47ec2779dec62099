import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { templatesDir } from "../../src/paths.js";
import { copyDataFolder } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function dataFolder() {
  const folder = await copyDataFolder();
  cleanups.push(folder.remove);
  return folder;
}

describe("pressemappe check", () => {
  it("accepts the example data", async () => {
    const result = await runCli(["check", "--data", "data"], { cwd: process.cwd() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Daten und Vorlagen in Ordnung: Ausgabe 2018");
    // The example's press contact is a placeholder until a press office enters its own.
    expect(result.stderr.split("\n").filter((line) => line.startsWith("Warnung:"))).toEqual([
      expect.stringMatching(/^Warnung: data\/herausgeber\.yaml, Zeile \d+, Spalte \d+ › pressestelle › email: „presse@example\.org“ ist eine Beispieladresse/),
      expect.stringMatching(/^Warnung: data\/herausgeber\.yaml, Zeile \d+, Spalte \d+ › pressestelle › telefon: „\+49 0000 000000“ sieht nach einem Platzhalter aus/),
    ]);
  });

  it("exits 1 on a typo'd key, naming file and field in German", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("  integrationen:", "  integrationnen:"));
    const result = await runCli(["check", "--data", folder.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2018\.yaml, Zeile \d+, Spalte 3 › kennzahlen › integrationnen: „integrationnen“ ist keine bekannte Kennzahl: weder eingebaut noch in .*kennzahlen\.yaml beschrieben\. Tippfehler für „integrationen“\?/);
    expect(result.stdout).toBe("");
  });

  it("exits 1 when persons are fewer than households", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("    2012: 31871", "    2012: 1871"));
    const result = await runCli(["check", "2018", "--data", folder.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("› kennzahlen › personen_in_bedarfsgemeinschaften › 2012: 1871 Personen sind weniger als 18460 Bedarfsgemeinschaften");
  });

  it("exits 1 on a figure typed into a template, naming template and line", async () => {
    const templates = await mkdtemp(join(tmpdir(), "pressemappe-vorlagen-"));
    cleanups.push(() => rm(templates, { recursive: true, force: true }));
    await cp(templatesDir, templates, { recursive: true });
    const release = join(templates, "pressemitteilung.md.hbs");
    const text = await readFile(release, "utf8");
    await writeFile(release, text.replace("verzeichnete das Jobcenter", "verzeichnete das Jobcenter (31.775 im Zeitraum)"));
    const result = await runCli(["check", "--templates", templates]);
    expect(result.code).toBe(1);
    const line = text.split("\n").findIndex((row) => row.includes("verzeichnete das Jobcenter")) + 1;
    expect(result.stderr).toContain(`pressemitteilung.md.hbs, Zeile ${line}, Spalte `);
    expect(result.stderr).toContain("Die Zahl „31.775“ steht als Ziffern im Vorlagentext");
  });

  it("exits 1 on a template syntax error, naming template and line", async () => {
    const templates = await mkdtemp(join(tmpdir(), "pressemappe-vorlagen-"));
    cleanups.push(() => rm(templates, { recursive: true, force: true }));
    await cp(templatesDir, templates, { recursive: true });
    await writeFile(join(templates, "partials/schlagzeile.hbs"), "Zeile eins\n{{#with werte}}offen");
    const result = await runCli(["check", "--templates", templates]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/partials\/schlagzeile\.hbs, Zeile 2: Die Vorlage ist fehlerhaft/);
  });

  it("exits 1 for a year without a data file", async () => {
    const result = await runCli(["check", "2017"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/data\/2017\.yaml: Die Datei wurde nicht gefunden/);
  });
});

describe("figures as written", () => {
  it("refuses a count written with a German thousands point in check and build, writing nothing", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("    anzahl: 9664", "    anzahl: 11.000"));
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    for (const args of [["check", "--data", folder.dir], ["build", "--data", folder.dir, "--out", out]]) {
      const result = await runCli(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/2018\.yaml, Zeile \d+, Spalte 13 › kennzahlen › gefoerderte › anzahl: „11\.000“ liest das Dateiformat als 11, .* schreiben: 11000\./);
    }
    expect((await readdir(out)).filter((name) => !name.startsWith("."))).toEqual([]);
  });
});

describe("check and build agree", () => {
  const longSource = (text: string) => text.replace(/^quelle:\n  name: .*$/m, `quelle:\n  name: ${"Sonderauswertung der Statistik für den Landkreis ".repeat(30).trim()}`);
  const longNote = (text: string) => text.replace("</main>", `<p>${"Hinweis zur Statistik der Grundsicherung und ihren Begriffen. ".repeat(60)}</p>\n</main>`);

  it.each([
    ["a long source name in the data", longSource, undefined],
    ["a long note in the fact sheet template", undefined, longNote],
  ])("both refuse a fact sheet that would run over its one page: %s", async (_, editData, editTemplate) => {
    const folder = await dataFolder();
    if (editData) await folder.edit("2018.yaml", editData);
    const templates = await mkdtemp(join(tmpdir(), "pressemappe-vorlagen-"));
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(templates, { recursive: true, force: true }), () => rm(out, { recursive: true, force: true }));
    await cp(templatesDir, templates, { recursive: true });
    if (editTemplate) await writeFile(join(templates, "faktenblatt.html.hbs"), editTemplate(await readFile(join(templates, "faktenblatt.html.hbs"), "utf8")));
    const options = ["--data", folder.dir, "--templates", templates];
    const [checked, built] = [await runCli(["check", ...options]), await runCli(["build", ...options, "--out", out])];
    const problems = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("  "));
    expect(checked.code).toBe(1);
    expect(built.code).toBe(1);
    expect(problems(checked.stderr)).toEqual([expect.stringMatching(/faktenblatt\.html\.hbs: Das Dokument „faktenblatt“ 2018 braucht auch eng gesetzt \d Seiten, erlaubt ist eine\./)]);
    expect(problems(built.stderr)).toEqual(problems(checked.stderr));
    expect(checked.stdout).toBe("");
  });

  it("both accept the example and report the same warnings", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("status: endgueltig", "status: vorlaeufig"));
    const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const checked = await runCli(["check", "--data", folder.dir]);
    const built = await runCli(["build", "--data", folder.dir, "--out", out]);
    expect([checked.code, built.code]).toEqual([0, 0]);
    expect(checked.stderr).toMatch(/^Warnung: .*quelle › status: Die Zahlen sind vorläufig/m);
    expect(built.stderr).toBe(checked.stderr);
  });
});

describe("across the edition files of a folder", () => {
  const lineOf = (text: string, start: string, from = 0) => text.split("\n").findIndex((line, index) => index >= from && line.startsWith(start)) + 1;
  const warningLines = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("Warnung:"));
  /** The example carried to 2019 by hand: berichtsjahr and the 2019 values, nothing else (the copy). */
  const copy2019 = (text: string) => text.replace("berichtsjahr: 2018", "berichtsjahr: 2019").replace("    2018: 9922", "    2018: 9922\n    2019: 9410").replace("    2018: 16726", "    2018: 16726\n    2019: 15900");
  /** The same, but done with care: dates, periods and texts of 2019. */
  const done2019 = (text: string) =>
    copy2019(text)
      .replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: 2020-01-14")
      .replace("  stand: 2019-01-15", "  stand: 2020-01-10")
      .replace("  stand: 2018", "  stand: 2019")
      .replaceAll("    bis: 2018", "    bis: 2019")
      .replace(/    text: Das Jobcenter .*/, "    text: Wir bleiben an der Seite der Menschen, die Arbeit suchen.")
      .replace(/  - >-\n(    .*\n)+/, "  - Der Kreistag hat das Budget für 2020 bestätigt.\n");

  async function withYear2019(make: (text: string) => string) {
    const folder = await copyDataFolder({ realContact: true });
    cleanups.push(folder.remove);
    const text = make(await readFile(join(folder.dir, "2018.yaml"), "utf8"));
    await writeFile(join(folder.dir, "2019.yaml"), text);
    return { folder, text, example: await readFile(join(folder.dir, "2018.yaml"), "utf8") };
  }

  it("warns once, with both files and lines, when 2019.yaml holds another 2018 value than 2018.yaml", async () => {
    const { folder, text, example } = await withYear2019((original) => `# Zahlen vom Januar 2020\n${done2019(original).replace("    2018: 9922", "    2018: 9950")}`);
    const all = await runCli(["check", "--data", folder.dir]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain("Daten und Vorlagen in Ordnung: Ausgaben 2018, 2019.");
    const file = (year: number) => join(folder.dir, `${year}.yaml`);
    expect(warningLines(all.stderr)).toEqual([
      `Warnung: ${file(2019)}, Zeile ${lineOf(text, "    2018: 9950")}, Spalte 11 › kennzahlen › bedarfsgemeinschaften › 2018: Hier steht 9.950, in ${file(2018)} (Zeile ${lineOf(example, "    2018: 9922")}) aber 9.922. Statistiken werden nachträglich berichtigt; es gilt deshalb der Wert der neueren Datei, 9.950. Ist es keine Berichtigung, sondern ein Tippfehler, bitte den falschen der beiden Werte korrigieren.`,
    ]);
    // Checking only one of the two years still compares it with the other file.
    for (const year of ["2019", "2018"]) expect(warningLines((await runCli(["check", year, "--data", folder.dir])).stderr)).toEqual(warningLines(all.stderr));
  });

  it("warns of everything the issue's copied file kept from last year", async () => {
    const { folder, text, example } = await withYear2019(copy2019);
    const result = await runCli(["check", "2019", "--data", folder.dir]);
    expect(result.code, result.stderr).toBe(0);
    const at = (start: string, from = 0) => `Warnung: ${join(folder.dir, "2019.yaml")}, Zeile ${lineOf(text, start, from)}, Spalte`;
    expect(warningLines(result.stderr)).toEqual([
      expect.stringContaining(`${at("veroeffentlichung:")} 20 › veroeffentlichung: Die Veröffentlichung am 2019-01-15 liegt im Berichtsjahr 2019;`),
      expect.stringContaining(`${at("  stand: 2018")} 10 › bundesvergleich › stand: Der Bundesvergleich hat den Stand 2018, vor dem Berichtsjahr 2019.`),
      expect.stringContaining(`${at("    bis: 2018", lineOf(text, "  integrationen:"))} 10 › kennzahlen › integrationen › bis: Der Zeitraum 2012 bis 2018 endet vor dem Berichtsjahr 2019.`),
      expect.stringContaining(`${at("    bis: 2018", lineOf(text, "  gefoerderte:"))} 10 › kennzahlen › gefoerderte › bis: Der Zeitraum 2012 bis 2018 endet vor dem Berichtsjahr 2019.`),
      expect.stringContaining(`${at("    text: Das Jobcenter")} 11 › zitate › 0 › text: Dieses Zitat („Das Jobcenter bietet ein Gesamtpaket an …“) steht wortgleich schon in ${join(folder.dir, "2018.yaml")} (Zeile ${lineOf(example, "    text: Das Jobcenter")})`),
      expect.stringContaining(`${at("  - >-")} 5 › absaetze › 0: Dieser Absatz („Landrat Frank Vogel dankte der …“) steht wortgleich schon in ${join(folder.dir, "2018.yaml")} (Zeile ${lineOf(example, "  - >-")})`),
    ]);
    const strict = await runCli(["check", "2019", "--strict", "--data", folder.dir]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("6 Fehler in den Eingaben");
  });

  it("has no warning for a 2019 done with care", async () => {
    const { folder } = await withYear2019(done2019);
    const result = await runCli(["check", "--data", folder.dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("exits 1 when quelle.stand lies after veroeffentlichung", async () => {
    const { folder, text } = await withYear2019((original) => done2019(original).replace("veroeffentlichung: 2020-01-14", "veroeffentlichung: 2020-01-09"));
    const result = await runCli(["check", "--data", folder.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `1 Fehler in den Eingaben:\n  ${join(folder.dir, "2019.yaml")}, Zeile ${lineOf(text, "  stand: 2020-01-10")}, Spalte 10 › quelle › stand: der Stand 2020-01-10 liegt nach der Veröffentlichung am 2020-01-09; die Zahlen können nicht neuer sein als die Pressemitteilung. Ist eines der beiden Daten aus der Datei des Vorjahres stehen geblieben?\n`,
    );
    expect(result.stdout).toBe("");
  });
});

describe("usage", () => {
  it("explains itself with --help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("pressemappe build [JAHR …] [--data ORDNER …] [--out ORDNER]");
  });

  it.runIf(process.platform !== "win32")("starts through its #! line, flags and all, as the installed command does", async () => {
    const main = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
    const [interpreter = "", argument = ""] = /^#!(\S+) (.*)$/.exec((await readFile(main, "utf8")).split("\n", 1)[0] ?? "")?.slice(1) ?? [];
    // Linux hands everything after the interpreter over as one argument.
    const { stdout } = await promisify(execFile)(interpreter, [argument, main, "--help"]);
    expect(stdout).toContain("pressemappe build [JAHR …]");
    expect(argument).toContain("--max-semi-space-size");
  });

  it.each([
    [["bauen"], "Unbekannter Befehl „bauen“"],
    [["build", "--ausgabe", "x"], "Unbekannte Option „--ausgabe“"],
    [["build", "18"], "„18“ ist kein Berichtsjahr"],
    [["check", "--out", "x"], "Die Option „--out“ gibt es für „check“ nicht. „check“ kennt: --data, --templates, --strict, --help."],
  ])("exits 2 on %j", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
