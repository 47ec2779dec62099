import { afterEach, describe, expect, it } from "vitest";
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
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Daten in Ordnung: Ausgabe 2018");
  });

  it("exits 1 on a typo'd key, naming file and field in German", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("  integrationen:", "  integrationnen:"));
    const result = await runCli(["check", "--data", folder.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2018\.yaml, Zeile \d+, Spalte 3 › kennzahlen › integrationnen: unbekanntes Feld/);
    expect(result.stdout).toBe("");
  });

  it("exits 1 when persons are fewer than households", async () => {
    const folder = await dataFolder();
    await folder.edit("2018.yaml", (text) => text.replace("    2012: 31871", "    2012: 1871"));
    const result = await runCli(["check", "2018", "--data", folder.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("› kennzahlen › personen_in_bedarfsgemeinschaften › 2012: 1871 Personen sind weniger als 18460 Bedarfsgemeinschaften");
  });

  it("exits 1 for a year without a data file", async () => {
    const result = await runCli(["check", "2017"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/data\/2017\.yaml: Die Datei wurde nicht gefunden/);
  });
});

describe("usage", () => {
  it("explains itself with --help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("pressemappe build [JAHR …] [--data ORDNER] [--out ORDNER]");
  });

  it.each([
    [["bauen"], "Unbekannter Befehl „bauen“"],
    [["build", "--ausgabe", "x"], "Unbekannte Option „--ausgabe“"],
    [["build", "18"], "„18“ ist kein Berichtsjahr"],
    [["check", "--out", "x"], "kennt daher kein --out"],
  ])("exits 2 on %j", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
