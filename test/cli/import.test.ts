import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { catalogueFolder } from "../helpers/catalogue-folder.js";
import { copyDataFolder, exampleDataDir } from "../helpers/data-folder.js";
import { readPdf, flat } from "../helpers/pdf-text.js";
import { runCli } from "../helpers/run-cli.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});
async function scratch() {
  const data = await copyDataFolder();
  const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  cleanups.push(data.remove, () => rm(out, { recursive: true, force: true }));
  return { data, out };
}

const CSV_2019 = "\uFEFFKennzahl;Zeitraum;Wert\r\nBedarfsgemeinschaften;2019;9.100\r\nPersonen in Bedarfsgemeinschaften;2019;15.400\r\nIntegrationen;2012–2019;35.900\r\nGeförderte;2012–2019;10.900\r\n";

describe("pressemappe import", () => {
  it("updates an edition's figures from the Windows-1252 example and keeps its texts and comments", async () => {
    const { data } = await scratch();
    const before = await readFile(join(data.dir, "2018.yaml"), "utf8");
    const refused = await runCli(["import", join(exampleDataDir, "import-beispiel.csv"), "--jahr", "2018", "--data", data.dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Die Ausgabe gibt es schon. Mit --force");
    expect(await readFile(join(data.dir, "2018.yaml"), "utf8")).toBe(before);

    const result = await runCli(["import", join(exampleDataDir, "import-beispiel.csv"), "--jahr", "2018", "--data", data.dir, "--force"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Windows-1252");
    const after = await readFile(join(data.dir, "2018.yaml"), "utf8");
    expect(parse(after)).toEqual(parse(before));
    expect(after).toContain("# vorlaeufig | endgueltig");
    expect(after).toMatch(/^# Zahlen aus import-beispiel\.csv übernommen/);
  });

  it("creates a new year that builds once its gaps are filled, marked provisional, with the rest of the year before", async () => {
    const { data, out } = await scratch();
    const csv = join(data.dir, "zahlen-2019.csv");
    await writeFile(csv, CSV_2019);
    const result = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir, "--veroeffentlichung", "2020-01-14", "--stand", "2020-01-10"]);
    expect(result.code).toBe(0);
    const file = join(data.dir, "2019.yaml");
    const text = await readFile(file, "utf8");
    const edition = parse(text) as Record<string, any>;
    expect(edition).toMatchObject({
      berichtsjahr: 2019,
      veroeffentlichung: "2020-01-14",
      zitate: [],
      absaetze: [],
      quelle: { stand: "2020-01-10", status: "vorlaeufig" },
      kennzahlen: { bedarfsgemeinschaften: { 2012: 18460, 2018: 9922, 2019: 9100 }, integrationen: { von: 2012, bis: 2019, anzahl: 35900 } },
    });
    // As `neu` starts a year: what the CSV cannot know is left to fill in, not copied from 2018.
    const lineOf = (start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;
    expect(result.stdout).toContain(`Noch einzutragen, jeweils statt ???:\n  Zeile ${lineOf("sperrfrist: ???")} › sperrfrist\n  Zeile ${lineOf("nummer: ???")} › nummer\nDanach prüfen mit: pressemappe check 2019 --data`);
    await writeFile(file, text.replace("sperrfrist: ???", "sperrfrist: null").replace("nummer: ???", "nummer: null"));
    const built = await runCli(["build", "2019", "--data", data.dir, "--out", out]);
    expect(built.code).toBe(0);
    expect(built.stderr).toContain("quelle › status: Die Zahlen sind vorläufig");
    const release = flat((await readPdf(join(out, "2019/pressemitteilung.pdf"))).text.join(" "));
    expect(release).toContain("35.900");
    expect(release).toContain("vorläufige Werte");
    expect(release).toContain("Stand 10. Januar 2020");
  });

  it("never takes a date from the clock: without --stand the stand is a gap check refuses", async () => {
    const { data } = await scratch();
    const csv = join(data.dir, "zahlen-2019.csv");
    await writeFile(csv, CSV_2019);
    const result = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir]);
    expect(result.code).toBe(0);
    const text = await readFile(join(data.dir, "2019.yaml"), "utf8");
    expect(parse(text)).toMatchObject({ veroeffentlichung: "???", quelle: { stand: "???" } });
    const standLine = text.split("\n").findIndex((line) => line.startsWith("  stand: ???")) + 1;
    expect(result.stdout).toContain(`  Zeile ${standLine} › quelle › stand\n`);
    const checked = await runCli(["check", "2019", "--data", data.dir]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`2019.yaml, Zeile ${standLine}, Spalte 10 › quelle › stand: noch nicht eingetragen`);

    // Figures replaced in an existing edition: its stand described the old ones.
    const before = await readFile(join(data.dir, "2018.yaml"), "utf8");
    await writeFile(csv, "Kennzahl;Zeitraum;Wert\nBedarfsgemeinschaften;2018;9.950\n");
    expect((await runCli(["import", csv, "--jahr", "2018", "--data", data.dir, "--force"])).code).toBe(0);
    expect(parse(await readFile(join(data.dir, "2018.yaml"), "utf8")).quelle).toEqual({ ...parse(before).quelle, stand: "???" });
    expect((await runCli(["import", csv, "--jahr", "2018", "--data", data.dir, "--force", "--stand", "2019-01-14", "--endgueltig"])).code).toBe(0);
    expect(parse(await readFile(join(data.dir, "2018.yaml"), "utf8")).quelle).toEqual({ ...parse(before).quelle, stand: "2019-01-14", status: "endgueltig" });
  });

  it("reports an earlier year's value that differs from that year's own file, and takes it as revised", async () => {
    const { data } = await scratch();
    const csv = join(data.dir, "zahlen-2019.csv");
    const earlier = await readFile(join(data.dir, "2018.yaml"), "utf8");
    await writeFile(csv, `${CSV_2019}Bedarfsgemeinschaften;2018;9.950\r\nPersonen in Bedarfsgemeinschaften;2018;16.726\r\n`);
    const result = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir, "--stand", "2020-01-10"]);
    expect(result.code).toBe(0);
    const line = earlier.split("\n").indexOf("    2018: 9922") + 1;
    const warnings = result.stderr.split("\n").filter((text) => text.startsWith("Warnung:") && text.includes("nennt für"));
    expect(warnings).toEqual([
      `Warnung: ${join(data.dir, "2018.yaml")}, Zeile ${line}, Spalte 11 › kennzahlen › bedarfsgemeinschaften › 2018: zahlen-2019.csv nennt für 2018 9.950, diese Datei 9.922. 2019.yaml übernimmt 9.950 als berichtigten Wert; diese Datei bleibt, wie sie ist. Ist 9.922 richtig, in 2019.yaml den Wert zurücksetzen.`,
    ]);
    expect(parse(await readFile(join(data.dir, "2019.yaml"), "utf8")).kennzahlen.bedarfsgemeinschaften).toEqual({ 2012: 18460, 2018: 9950, 2019: 9100 });
    expect(await readFile(join(data.dir, "2018.yaml"), "utf8")).toBe(earlier);
  });

  it("refuses a new year the CSV does not fully cover, and a wrong cell, writing nothing", async () => {
    const { data } = await scratch();
    const csv = join(data.dir, "zahlen.csv");
    await writeFile(csv, "Kennzahl;Zeitraum;Wert\nBedarfsgemeinschaften;2019;9.100\n");
    const partial = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain("fehlen in der CSV-Datei: Personen in Bedarfsgemeinschaften 2019, Integrationen bis 2019, Geförderte bis 2019");

    await writeFile(csv, CSV_2019.replace("15.400", "15,4"));
    const wrong = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/zahlen\.csv, Zeile 3 › Wert: „15,4“ ist keine ganze Zahl/);

    await writeFile(csv, CSV_2019.replace("15.400", "5.400"));
    const implausible = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir]);
    expect(implausible.code).toBe(1);
    expect(implausible.stderr).toContain("2019: 5400 Personen sind weniger als 9100 Bedarfsgemeinschaften");
    expect((await readdir(data.dir)).filter((name) => name.startsWith("2019"))).toEqual([]);
  });

  it("explains its usage", async () => {
    expect(await runCli(["import", "zahlen.csv"])).toMatchObject({ code: 2, stderr: expect.stringContaining("„import“ braucht --jahr") });
    expect(await runCli(["build", "--jahr", "2019"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--jahr gehört zu „import“") });
  });

  describe("with a figure catalogue", () => {
    const CSV_2020 = [
      "Kennzahl;Zeitraum;Wert",
      "Bedarfsgemeinschaften;2020;9.100",
      "Personen;2020;15.400",
      "Integrationen;2012–2020;35.900",
      "Geförderte;2012–2020;10.900",
      "Langzeitleistungsbeziehende;2020;4.700",
      "integrationsquote;2020;26,1 %",
      "Ausgaben für Eingliederungsleistungen;2020;12,9 Mio. €",
      "Integrationsquote;2019;25,6",
      "",
    ].join("\r\n");
    async function folder() {
      const data = await catalogueFolder();
      cleanups.push(data.remove);
      return data;
    }

    it("takes catalogue figures by key and by bezeichnung, each in German notation, into the series as the file writes them", async () => {
      const data = await folder();
      const csv = join(data.dir, "zahlen-2020.csv");
      await writeFile(csv, CSV_2020);
      const earlier = await readFile(join(data.dir, "2019.yaml"), "utf8");
      const result = await runCli(["import", csv, "--jahr", "2020", "--data", data.dir, "--veroeffentlichung", "2021-01-14", "--stand", "2021-01-10"]);
      expect(result.code, result.stderr).toBe(0);
      const text = await readFile(join(data.dir, "2020.yaml"), "utf8");
      expect(text).toContain("  langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870, 2020: 4700 }\n  integrationsquote: { 2018: 24.1, 2019: 25.6, 2020: 26.1 }\n  eingliederungsmittel: { 2019: 12400000, 2020: 12900000 }\n");
      // A revised 2019 value: the warning stands at 2019's own file, which stays as it was.
      const line = earlier.split("\n").findIndex((row) => row.startsWith("  integrationsquote:")) + 1;
      const column = (earlier.split("\n")[line - 1] ?? "").indexOf("25.4") + 1;
      expect(result.stderr).toContain(`Warnung: ${join(data.dir, "2019.yaml")}, Zeile ${line}, Spalte ${column} › kennzahlen › integrationsquote › 2019: zahlen-2020.csv nennt für 2019 25,6, diese Datei 25,4.`);
      expect(await readFile(join(data.dir, "2019.yaml"), "utf8")).toBe(earlier);
      await writeFile(join(data.dir, "2020.yaml"), text.replace("sperrfrist: ???", "sperrfrist: null").replace("nummer: ???", "nummer: null"));
      const checked = await runCli(["check", "2020", "--data", data.dir]);
      expect(checked.code, checked.stderr).toBe(0);
    });

    it("takes a figure only the folder's kennzahlen.yaml describes, as a new series after the others", async () => {
      const data = await folder();
      await data.edit("kennzahlen.yaml", (text) => `${text}gefluechtete:\n  art: anzahl\n  bezeichnung: Geflüchtete\n  satz: { subjekt: die Zahl der Geflüchteten, genus: f, numerus: sg }\n  messung: jahresdurchschnitt\n`);
      const csv = join(data.dir, "zahlen.csv");
      await writeFile(csv, "Kennzahl;Zeitraum;Wert\nGEFLUECHTETE;2019;1.250\n");
      const result = await runCli(["import", csv, "--jahr", "2019", "--data", data.dir, "--force", "--stand", "2020-01-10"]);
      expect(result.code, result.stderr).toBe(0);
      expect(await readFile(join(data.dir, "2019.yaml"), "utf8")).toContain("  eingliederungsmittel: { 2019: 12400000 }\n  gefluechtete: { 2019: 1250 }\n  integrationen:");
    });

    it("refuses a value that does not fit its figure, an unknown name and a broken kennzahlen.yaml, writing nothing", async () => {
      const data = await folder();
      const csv = join(data.dir, "zahlen-2020.csv");
      await writeFile(csv, CSV_2020.replace("26,1 %", "126,1 %").replace("Langzeitleistungsbeziehende;", "Langzeitleistungsbezieher;"));
      const wrong = await runCli(["import", csv, "--jahr", "2020", "--data", data.dir]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain(`${csv}, Zeile 6 › Kennzahl: „Langzeitleistungsbezieher“ ist keine bekannte Kennzahl – Tippfehler für „Langzeitleistungsbeziehende“?`);
      expect(wrong.stderr).toContain(`${csv}, Zeile 7 › Wert: „126,1 %“: darf höchstens 100 sein: eine Quote in Prozent, von 0 bis 100.`);

      await writeFile(csv, CSV_2020);
      await data.edit("kennzahlen.yaml", (text) => text.replace("art: quote", "art: prozent"));
      const broken = await runCli(["import", csv, "--jahr", "2020", "--data", data.dir]);
      expect(broken.code).toBe(1);
      const line = (await readFile(join(data.dir, "kennzahlen.yaml"), "utf8")).split("\n").indexOf("  art: prozent") + 1;
      expect(broken.stderr).toContain(`${join(data.dir, "kennzahlen.yaml")}, Zeile ${line}, Spalte 8 › integrationsquote › art: muss anzahl, euro oder quote sein (gefunden: „prozent“)`);
      expect((await readdir(data.dir)).filter((name) => name.startsWith("2020"))).toEqual([]);
    });
  });
});
