import { mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { catalogueFolder } from "../helpers/catalogue-folder.js";
import { copyDataFolder } from "../helpers/data-folder.js";
import { flat, readPdf } from "../helpers/pdf-text.js";
import { runCli } from "../helpers/run-cli.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});
async function scratch() {
  const data = await copyDataFolder({ realContact: true });
  const out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  cleanups.push(data.remove, () => rm(out, { recursive: true, force: true }));
  return { data, out };
}

const GAPS = [
  "veroeffentlichung",
  "sperrfrist",
  "nummer",
  "kennzahlen › bedarfsgemeinschaften › 2020",
  "kennzahlen › personen_in_bedarfsgemeinschaften › 2020",
  "kennzahlen › integrationen › anzahl",
  "kennzahlen › gefoerderte › anzahl",
  "quelle › stand",
  "quelle › status",
];

describe("pressemappe neu", () => {
  it("writes a file check refuses at each gap; filled in, it passes check and builds", async () => {
    const { data, out } = await scratch();
    const created = await runCli(["neu", "2020", "--data", data.dir]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`angelegt aus ${join(data.dir, "2018.yaml")}`);
    const file = join(data.dir, "2020.yaml");
    const text = await readFile(file, "utf8");
    expect(text).toContain("veroeffentlichung: ??? # Datum der Pressemitteilung (Beispieldatum)");
    expect(text).toContain("# genus: n");

    const refused = await runCli(["check", "2020", "--data", data.dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${GAPS.length} Fehler in den Eingaben:`);
    const gapLines = text.split("\n").flatMap((line, index) => (line.includes(": ???") ? [index + 1] : []));
    expect(gapLines).toHaveLength(GAPS.length);
    const reported = refused.stderr.split("\n").filter((line) => line.includes("noch nicht eingetragen"));
    expect(reported.map((line) => [Number(/Zeile (\d+)/.exec(line)?.[1]), / › (.+?): noch nicht eingetragen/.exec(line)?.[1]])).toEqual(GAPS.map((field, index) => [gapLines[index], field]));
    // Each gap once: what the field takes belongs to that one message.
    expect(refused.stderr.split("\n").filter((line) => line.startsWith("  "))).toHaveLength(GAPS.length);
    // The reported line is the one the file shows.
    for (const line of reported) expect(text.split("\n")[Number(/Zeile (\d+)/.exec(line)?.[1]) - 1]).toContain("???");

    const doc = parseDocument(text);
    const filled: [(string | number)[], unknown][] = [
      [["veroeffentlichung"], "2021-01-14"],
      [["sperrfrist"], null],
      [["nummer"], "3/2021"],
      [["kennzahlen", "bedarfsgemeinschaften", 2020], 9100],
      [["kennzahlen", "personen_in_bedarfsgemeinschaften", 2020], 15400],
      [["kennzahlen", "integrationen", "anzahl"], 36100],
      [["kennzahlen", "gefoerderte", "anzahl"], 11020],
      [["quelle", "stand"], "2021-01-12"],
      [["quelle", "status"], "endgueltig"],
      // Not a gap, but `check` warns of last year's federal comparison, as the README says.
      [["bundesvergleich", "stand"], 2020],
    ];
    for (const [path, value] of filled) doc.setIn(path, value);
    await writeFile(file, doc.toString());

    const checked = await runCli(["check", "2020", "--data", data.dir]);
    expect(checked.stderr).toBe("");
    expect(checked).toMatchObject({ code: 0, stdout: "Daten und Vorlagen in Ordnung: Ausgabe 2020.\n" });
    const built = await runCli(["build", "2020", "--data", data.dir, "--out", out]);
    expect(built.code).toBe(0);
    const release = flat((await readPdf(join(out, "2020/pressemitteilung.pdf"))).text.join(" "));
    expect(release).toContain("14. Januar 2021");
    expect(release).toContain("9.100");
    expect(release).toContain("Nr. 3/2021");
    // Last year's quote and paragraph stay with last year.
    expect(release).not.toContain("Reißmann");
    expect(release).not.toContain("kommunalen Familie");
    expect((await readPdf(join(out, "2020/faktenblatt.pdf"))).pages).toBe(1);
  });

  it("never overwrites an edition file", async () => {
    const { data } = await scratch();
    for (const year of ["2018", "2020"]) {
      if (year === "2020") expect((await runCli(["neu", "2020", "--data", data.dir])).code).toBe(0);
      const before = await readFile(join(data.dir, `${year}.yaml`));
      const refused = await runCli(["neu", year, "--data", data.dir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${join(data.dir, `${year}.yaml`)}: Die Datei gibt es schon. „pressemappe neu“ überschreibt keine Ausgabe`);
      expect(refused.stderr).toMatch(/Es wurde nichts geschrieben\.\n$/);
      expect(await readFile(join(data.dir, `${year}.yaml`))).toEqual(before);
    }
  });

  it("says what to do when there is no earlier edition to start from", async () => {
    const { data } = await scratch();
    const before = await runCli(["neu", "2017", "--data", data.dir]);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain("keine Ausgabe vor 2017, nur 2018.yaml; „pressemappe neu“ legt ein Jahr nach einer vorhandenen Ausgabe an. 2017.yaml bitte von Hand anlegen");
    await unlink(join(data.dir, "2018.yaml"));
    const none = await runCli(["neu", "2019", "--data", data.dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Die erste Ausgabe bitte von Hand anlegen, nach dem Vorbild von data/2018.yaml");
  });

  it("gives every catalogue series of the edition before a gap, in braces as it was written, check names each, and keeps the fact-sheet lists", async () => {
    const data = await catalogueFolder();
    cleanups.push(data.remove);
    const lists = "faktenblatt:\n  kacheln: [bedarfsgemeinschaften, integrationsquote]\n  diagramm: [langzeitleistungsbeziehende]\n\n";
    await data.edit("2019.yaml", (text) => text.replace("quelle:", `${lists}quelle:`));
    const created = await runCli(["neu", "2020", "--data", data.dir]);
    expect(created.code, created.stderr).toBe(0);
    const text = await readFile(join(data.dir, "2020.yaml"), "utf8");
    const series = [
      "  langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870, 2020: ??? } # noch eintragen",
      "  integrationsquote: { 2018: 24.1, 2019: 25.4, 2020: ??? } # noch eintragen",
      "  eingliederungsmittel: { 2019: 12400000, 2020: ??? } # noch eintragen",
    ];
    expect(text).toContain(`${series.join("\n")}\n`);
    expect(text).toContain("faktenblatt:\n  kacheln: [ bedarfsgemeinschaften, integrationsquote ]\n  diagramm: [ langzeitleistungsbeziehende ]\n");
    const lineOf = (row: string) => text.split("\n").indexOf(row) + 1;
    for (const [index, name] of ["langzeitleistungsbeziehende", "integrationsquote", "eingliederungsmittel"].entries()) {
      expect(created.stdout).toContain(`  Zeile ${lineOf(series[index] as string)} › kennzahlen › ${name} › 2020\n`);
    }
    const checked = await runCli(["check", "2020", "--data", data.dir]);
    expect(checked.code).toBe(1);
    const column = (series[1] as string).indexOf("???") + 1;
    expect(checked.stderr).toContain(`${join(data.dir, "2020.yaml")}, Zeile ${lineOf(series[1] as string)}, Spalte ${column} › kennzahlen › integrationsquote › 2020: noch nicht eingetragen`);
  });
});
